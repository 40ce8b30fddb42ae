/**
 * The roadmap as an editable Word report (the `docx` library): Word's own Title and Heading styles
 * (the navigation pane and the table of contents field work), real tables (wordTableXml.ts), the
 * radar as a native Word chart with its embedded workbook (charts/radarChartPart.ts), the timeline
 * as a Gantt table (wordGanttXml.ts) — nothing rasterised —, page numbers, client and date in the
 * header; with a firm's reference file, its styles, theme and its header and footer
 * (carried whole when they can be, carryReferenceParts.ts).
 */
import {
  AlignmentType, BorderStyle, Document, Footer, Header, ImageRun, LineRuleType, Packer, PageNumber, Paragraph,
  TableOfContents, TabStopType, TextRun, type IStylesOptions,
} from 'docx';
import { strFromU8, strToU8 } from 'fflate';
import { carryReferenceParts } from './carryReferenceParts';
import { TablePlaceholders, wordCardXml, wordTableXml, xmlText } from './wordTableXml';
import { wordGanttXml } from './wordGanttXml';
import { radarChartRels, radarChartXml, radarWorkbook } from '../charts/radarChartPart';
import type { Language } from '../../model/vocabulary';
import type { OfficeBlock, OfficeRoadmap, RadarData } from '../officeRoadmap';
import { languageTag, officeLabel } from '../officeLabels';
import { DEFAULT_ACCENT, DEFAULT_DARK, type Brand, type BrandImage } from '../reference/brand';
import { normaliseOfficeEntries, readZip, zipTimestamp, type DeflateRaw } from '../zip/officeZip';

/** A4 with 2 cm margins: the text is 17 cm wide (9,638 twips, 643 CSS pixels). */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TEXT_TWIPS = PAGE.width - 2 * PAGE.margin;
const EMU_PER_PX = 9525;
const EMU_PER_TWIP = 635;
const GEOMETRY = { textTwips: TEXT_TWIPS };
/** The radar chart: the text's width, 11 cm high. */
const CHART = { cx: TEXT_TWIPS * EMU_PER_TWIP, cy: 3960000 };

export async function writeRoadmapDocx(model: OfficeRoadmap, brand: Brand = {}, deflateRaw?: DeflateRaw): Promise<Uint8Array> {
  const accent = brand.accent ?? DEFAULT_ACCENT;
  const dark = brand.dark ?? DEFAULT_DARK;
  const ids = brand.docx?.styleIds ?? { title: 'Title', heading1: 'Heading1', heading2: 'Heading2', heading3: 'Heading3' };
  const children: (Paragraph | TableOfContents)[] = [
    new Paragraph({ style: ids.title, children: [new TextRun(model.title)] }),
  ];
  if (model.subtitle !== '') children.push(new Paragraph({ children: [new TextRun({ text: model.subtitle, italics: true, size: 26, color: dark })], spacing: { after: 200 } }));
  const tables = new TablePlaceholders();
  const charts: RadarData[] = [];
  const context = { ids, accent, tables, charts, lang: model.lang };
  // The table of contents comes after the title block (title, subtitle, the engagement's facts),
  // before the executive summary, as in a board report.
  const firstHeading = model.blocks.findIndex((block) => block.kind === 'heading');
  model.blocks.forEach((block, index) => {
    if (index !== firstHeading) return void children.push(...blockToWord(block, context));
    // The executive summary then starts a page.
    children.push(...tableOfContents(model, accent), ...blockToWord(block, { ...context, pageBreakBefore: true }));
  });

  const reference = brand.docx;
  const small = { size: 16, color: '666666' };
  const headerRight = [model.client, model.dateText].filter(Boolean).join(' · ');
  const pageNumber = new TextRun({ children: [`${officeLabel('page', model.lang)} `, PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], ...small });
  // With the firm's own header and footer carried whole (carryReferenceParts), the report adds its
  // lines after theirs; otherwise it composes them, with the firm's pictures and text when it has some.
  const header = new Header({
    children: [
      reference?.headerPart
        ? new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: headerRight, ...small })] })
        : new Paragraph({
          tabStops: [{ type: TabStopType.RIGHT, position: TEXT_TWIPS }],
          children: [
            ...(reference?.headerImages ?? []).map((image) => brandImageRun(image)),
            ...(reference?.headerText ? [new TextRun({ text: reference.headerText, ...small })] : []),
            new TextRun({ text: `\t${headerRight}`, ...small }),
          ],
        }),
    ],
  });
  const footer = new Footer({
    children: reference?.footerPart
      ? (reference.footerPart.hasPageNumber ? [] : [new Paragraph({ alignment: AlignmentType.RIGHT, children: [pageNumber] })])
      : [new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_TWIPS }],
        children: [
          ...(reference?.footerImages ?? []).map((image) => brandImageRun(image)),
          new TextRun({ text: reference?.footerText ?? model.title, ...small }),
          new TextRun({ children: ['\t'], ...small }),
          pageNumber,
        ],
      })],
  });

  const document = new Document({
    creator: 'CX Maturity Toolkit',
    // Word offers to update the fields on opening: the table of contents gets its page numbers.
    features: { updateFields: true },
    lastModifiedBy: 'CX Maturity Toolkit',
    title: `${model.title} — ${model.client}`,
    description: model.subtitle || model.title,
    ...(brand.docx ? { externalStyles: brand.docx.stylesXml } : { styles: defaultStyles(accent, dark, model.lang) }),
    sections: [{
      properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: 567, footer: 567 } } },
      headers: { default: header },
      footers: { default: footer },
      children,
    }],
  });
  const parts = await documentParts(document);
  const replace = new Map<string, Uint8Array>();
  if (brand.docx?.themeXml) replace.set('word/theme/theme1.xml', brand.docx.themeXml);
  const carried = { ...(reference?.headerPart ? { header: reference.headerPart } : {}), ...(reference?.footerPart ? { footer: reference.footerPart } : {}) };
  const look = { colours: [accent, brand.accent2 ?? 'C0392B'], font: brand.bodyFont ?? 'Calibri' };
  return normaliseOfficeEntries(parts, { isoDate: model.isoDate, replace, ...(deflateRaw ? { deflateRaw } : {}), edit: (entries) => {
    const name = 'word/document.xml';
    entries.set(name, strToU8(tables.fill(strFromU8(entries.get(name)!))));
    addChartParts(entries, charts, look, zipTimestamp(model.isoDate));
    carryReferenceParts(entries, carried);
  } });
}

/**
 * The package's parts as the library compiles them, before it zips them: `Packer.toBuffer` would
 * deflate every part only for normaliseOfficeEntries to inflate and deflate them again (≈ 90 ms of
 * a fresh report). `Packer.compiler` is the library's own (docx 9); without it, the zip is read back.
 */
async function documentParts(document: Document): Promise<Map<string, Uint8Array>> {
  const compiler = (Packer as unknown as { compiler?: { compile?: (file: Document) => Map<string, string | Uint8Array> } }).compiler;
  if (typeof compiler?.compile !== 'function') return readZip(new Uint8Array(await Packer.toBuffer(document)));
  const encoder = new TextEncoder();
  const parts = new Map<string, Uint8Array>();
  for (const [path, data] of compiler.compile(document)) parts.set(path, typeof data === 'string' ? encoder.encode(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  return parts;
}

interface BlockContext {
  ids: { heading1: string; heading2: string; heading3: string };
  accent: string;
  tables: TablePlaceholders;
  /** The native charts, in order: chartN.xml is the N-th. */
  charts: RadarData[];
  lang: Language;
  pageBreakBefore?: boolean;
}

function blockToWord(block: OfficeBlock, context: BlockContext): (Paragraph | TableOfContents)[] {
  switch (block.kind) {
    case 'heading': {
      const style = block.level === 1 ? context.ids.heading1 : block.level === 2 ? context.ids.heading2 : context.ids.heading3;
      return [new Paragraph({ style, children: [new TextRun(block.text)], keepNext: true, ...(context.pageBreakBefore ? { pageBreakBefore: true } : {}) })];
    }
    case 'paragraph':
      return [new Paragraph({
        children: [new TextRun({ text: block.text, bold: block.strong === true || block.alert === true, ...(block.alert ? { color: 'C0392B' } : {}) })],
        spacing: { after: 120 },
        ...(block.alert ? { border: { left: { style: BorderStyle.SINGLE, size: 18, color: 'C0392B', space: 6 } } } : {}),
      })];
    case 'bullets':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item)] }));
    case 'table':
      return [new Paragraph({ style: context.tables.add(wordTableXml(block.table, context.accent, GEOMETRY)) }), new Paragraph({ children: [] })];
    case 'card':
      return [new Paragraph({ style: context.tables.add(wordCardXml(block.rows, context.accent, GEOMETRY)) }), new Paragraph({ children: [] })];
    case 'radar': {
      context.charts.push(block.chart);
      return [new Paragraph({ style: context.tables.add(chartParagraphXml(context.charts.length, block.alt)) })];
    }
    case 'timeline':
      return [new Paragraph({ style: context.tables.add(wordGanttXml(block.view, context.accent, GEOMETRY, officeLabel('initiative', context.lang))) }), new Paragraph({ children: [] })];
  }
}

const chartRelId = (n: number) => `rIdCxmChart${n}`;

/** A centred paragraph holding the N-th chart inline (its part is added with addChartParts). */
function chartParagraphXml(n: number, alt: string): string {
  return '<w:p><w:pPr><w:keepLines/><w:jc w:val="center"/></w:pPr><w:r><w:drawing>'
    + `<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${CHART.cx}" cy="${CHART.cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>`
    + `<wp:docPr id="${1000 + n}" name="Chart ${n}" descr="${xmlText(alt)}"/><wp:cNvGraphicFramePr/>`
    + '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
    + `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${chartRelId(n)}"/>`
    + '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>';
}

/** The chart parts, their workbooks, the document's relationships to them and their content types. */
function addChartParts(entries: Map<string, Uint8Array>, charts: RadarData[], look: { colours: string[]; font: string }, mtime: Date): void {
  if (charts.length === 0) return;
  const relsName = 'word/_rels/document.xml.rels';
  let rels = strFromU8(entries.get(relsName)!);
  let types = strFromU8(entries.get('[Content_Types].xml')!);
  charts.forEach((chart, index) => {
    const n = index + 1;
    const workbook = `Microsoft_Excel_Worksheet${n}.xlsx`;
    entries.set(`word/charts/chart${n}.xml`, strToU8(radarChartXml(chart, look)));
    entries.set(`word/charts/_rels/chart${n}.xml.rels`, strToU8(radarChartRels(workbook)));
    entries.set(`word/embeddings/${workbook}`, radarWorkbook(chart, mtime));
    rels = rels.replace('</Relationships>', `<Relationship Id="${chartRelId(n)}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="charts/chart${n}.xml"/></Relationships>`);
    types = types.replace('</Types>', `<Override PartName="/word/charts/chart${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`);
  });
  if (!/Extension="xlsx"/.test(types)) types = types.replace('</Types>', '<Default Extension="xlsx" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/></Types>');
  entries.set(relsName, strToU8(rels));
  entries.set('[Content_Types].xml', strToU8(types));
}

/** Word's TOC field (`TOC \o "1-3" \h \z \u`) under its heading, filled with the headings until Word updates it. */
function tableOfContents(model: OfficeRoadmap, accent: string): (Paragraph | TableOfContents)[] {
  return [
    new Paragraph({ children: [new TextRun({ text: officeLabel('contents', model.lang), bold: true, size: 32, color: accent })], spacing: { before: 360, after: 120 }, keepNext: true }),
    new TableOfContents(officeLabel('contents', model.lang), { headingStyleRange: '1-3', hyperlink: true, hideTabAndPageNumbersInWebView: true, useAppliedParagraphOutlineLevel: true }),
  ];
}

function brandImageRun(image: BrandImage): ImageRun {
  const width = Math.max(1, Math.round(image.widthEmu / EMU_PER_PX));
  const height = Math.max(1, Math.round(image.heightEmu / EMU_PER_PX));
  return new ImageRun({ type: image.type, data: image.data, transformation: { width, height } });
}

/** The toolkit's own look: Word's built-in style ids, with outline levels so the navigation pane lists them. */
function defaultStyles(accent: string, dark: string, lang: Language): IStylesOptions {
  const language = { value: languageTag(lang) };
  const font = 'Calibri';
  return {
    default: {
      document: { run: { font, size: 21, language }, paragraph: { spacing: { after: 80, line: 276, lineRule: LineRuleType.AUTO } } },
      title: { run: { font, size: 44, bold: true, color: dark }, paragraph: { spacing: { after: 120 } } },
      heading1: { run: { font, size: 32, bold: true, color: accent }, paragraph: { outlineLevel: 0, spacing: { before: 360, after: 120 }, keepNext: true, border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: accent, space: 2 } } } },
      heading2: { run: { font, size: 26, bold: true, color: dark }, paragraph: { outlineLevel: 1, spacing: { before: 240, after: 100 }, keepNext: true } },
      heading3: { run: { font, size: 22, bold: true, color: accent }, paragraph: { outlineLevel: 2, spacing: { before: 200, after: 80 }, keepNext: true } },
    },
  };
}
