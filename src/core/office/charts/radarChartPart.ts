/**
 * The radar as a native DrawingML chart for the Word report: the chart part (`c:radarChart`, one
 * series per assessment, the dimensions as categories, the axis from 0 to 5) and the workbook
 * embedded beside it, so Word's *Edit Data* opens the same numbers in a sheet. Written directly
 * (a few KB of XML): no library, no picture, nothing rasterised — a chart Word redraws itself when
 * its data changes. The deck keeps pptxgenjs's chart (that library is loaded for the deck anyway).
 */
import { zipSync } from 'fflate';
import { xmlText } from '../docx/wordTableXml';
import type { RadarData } from '../officeRoadmap';

const C_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const SHEET = 'Sheet1';
/** Series colours past the brand's two. */
const MORE_COLOURS = ['7F8C8D', '27AE60', '8E44AD', 'F39C12'];

/** The sheet's column letter for a 0-based column (A, B, … Z, AA…). */
function column(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const number = (value: number) => (Number.isFinite(value) ? String(value) : '0');
const runProps = (size: number, font: string) => `<a:defRPr sz="${size}"><a:solidFill><a:srgbClr val="404040"/></a:solidFill><a:latin typeface="${xmlText(font)}"/></a:defRPr>`;
const textProps = (size: number, font: string) => `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${runProps(size, font)}</a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>`;

export interface RadarLook { colours: string[]; font: string }

/** `word/charts/chartN.xml`: its data cached in the part (what Word and LibreOffice draw) and referenced in the sheet. */
export function radarChartXml(data: RadarData, look: RadarLook): string {
  const rows = data.labels.length;
  const categories = `<c:cat><c:strRef><c:f>${SHEET}!$A$2:$A$${rows + 1}</c:f><c:strCache><c:ptCount val="${rows}"/>${data.labels.map((label, i) => `<c:pt idx="${i}"><c:v>${xmlText(label)}</c:v></c:pt>`).join('')}</c:strCache></c:strRef></c:cat>`;
  const series = data.series.map((s, i) => {
    const col = column(i + 1);
    const colour = look.colours[i] ?? MORE_COLOURS[(i - look.colours.length) % MORE_COLOURS.length]!;
    const fill = `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>`;
    return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>`
      + `<c:tx><c:strRef><c:f>${SHEET}!$${col}$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${xmlText(s.name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>`
      + `<c:spPr><a:ln w="25400" cap="rnd">${fill}<a:round/></a:ln></c:spPr>`
      + `<c:marker><c:symbol val="circle"/><c:size val="7"/><c:spPr>${fill}<a:ln>${fill}</a:ln></c:spPr></c:marker>`
      + categories
      + `<c:val><c:numRef><c:f>${SHEET}!$${col}$2:$${col}$${rows + 1}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${rows}"/>${s.values.map((v, j) => `<c:pt idx="${j}"><c:v>${number(v)}</c:v></c:pt>`).join('')}</c:numCache></c:numRef></c:val>`
      + '</c:ser>';
  }).join('');
  const grid = '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>';
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + `<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}">`
    + '<c:date1904 val="0"/><c:roundedCorners val="0"/>'
    + '<c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>'
    + `<c:radarChart><c:radarStyle val="marker"/><c:varyColors val="0"/>${series}<c:axId val="1"/><c:axId val="2"/></c:radarChart>`
    + `<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>${grid}<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProps(900, look.font)}<c:crossAx val="2"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`
    + `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/><c:max val="5"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>${grid}<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="cross"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProps(800, look.font)}<c:crossAx val="1"/><c:crosses val="autoZero"/><c:crossBetween val="between"/><c:majorUnit val="1"/></c:valAx>`
    + '</c:plotArea>'
    + `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProps(1000, look.font)}</c:legend>`
    + '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>'
    + '<c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData>'
    + '</c:chartSpace>';
}

/** The chart part's relationship to its embedded workbook (inside the package: no external target). */
export const radarChartRels = (workbook: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
  + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R_NS}/package" Target="../embeddings/${workbook}"/></Relationships>`;

const enc = (text: string) => new TextEncoder().encode(text);

/**
 * The embedded workbook: one sheet, the dimensions down column A, one column per series (its name
 * in row 1). Inline strings, no shared strings or styles: the smallest package Excel opens. Its zip
 * entries carry the fixed DOS epoch (deterministic, like the report's).
 */
export function radarWorkbook(data: RadarData, mtime: Date): Uint8Array {
  const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlText(text)}</t></is></c>`;
  const header = `<row r="1">${cell('A1', '')}${data.series.map((s, i) => cell(`${column(i + 1)}1`, s.name)).join('')}</row>`;
  const body = data.labels.map((label, r) => `<row r="${r + 2}">${cell(`A${r + 2}`, label)}${data.series.map((s, i) => `<c r="${column(i + 1)}${r + 2}"><v>${number(s.values[r] ?? 0)}</v></c>`).join('')}</row>`).join('');
  const SS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const files = {
    '[Content_Types].xml': head + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    '_rels/.rels': head + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': head + `<workbook xmlns="${SS}" xmlns:r="${R_NS}"><sheets><sheet name="${SHEET}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': head + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R_NS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': head + `<worksheet xmlns="${SS}"><cols><col min="1" max="1" width="40" customWidth="1"/></cols><sheetData>${header}${body}</sheetData></worksheet>`,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, [enc(text), { mtime }]])), { mtime, level: 6 });
}
