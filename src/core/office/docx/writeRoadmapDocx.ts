/**
 * The roadmap as an editable Word report (the `docx` library): Word's own Title and Heading styles
 * (the navigation pane and a table of contents work), real tables, the radar, journeys and timeline
 * as PNG pictures rendered at twice their shown size, page numbers, client and date in the
 * header; with a firm's reference file, its styles, theme and header/footer pictures.
 */
import {
  AlignmentType, BorderStyle, Document, Footer, Header, ImageRun, LineRuleType, Packer, PageNumber, Paragraph,
  ShadingType, Table, TableCell, TableLayoutType, TableRow, TabStopType, TextRun, WidthType, type IStylesOptions,
} from 'docx';
import type { Language } from '../../model/vocabulary';
import type { OfficeBlock, OfficeRoadmap, OfficeTable } from '../officeRoadmap';
import { languageTag, officeLabel } from '../officeLabels';
import type { Rasteriser } from '../raster/svgRasteriser';
import { DEFAULT_ACCENT, DEFAULT_DARK, type Brand, type BrandImage } from '../reference/brand';
import { normaliseOfficePackage } from '../zip/officeZip';
import { PictureStandIns } from '../zip/pictureStandIns';

/** A4 with 2 cm margins: the text is 17 cm wide (9,638 twips, 643 CSS pixels). */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TEXT_TWIPS = PAGE.width - 2 * PAGE.margin;
const TEXT_PX = Math.floor((TEXT_TWIPS / 1440) * 96);
const EMU_PER_PX = 9525;
const MAX_FIGURE_HEIGHT_PX = Math.floor(((PAGE.height - 2 * PAGE.margin - 1400) / 1440) * 96);

export async function writeRoadmapDocx(model: OfficeRoadmap, rasterise: Rasteriser, brand: Brand = {}): Promise<Uint8Array> {
  const accent = brand.accent ?? DEFAULT_ACCENT;
  const dark = brand.dark ?? DEFAULT_DARK;
  const ids = brand.docx?.styleIds ?? { title: 'Title', heading1: 'Heading1', heading2: 'Heading2', heading3: 'Heading3' };
  const children: (Paragraph | Table)[] = [
    new Paragraph({ style: ids.title, children: [new TextRun(model.title)] }),
  ];
  if (model.subtitle !== '') children.push(new Paragraph({ children: [new TextRun({ text: model.subtitle, italics: true, size: 26, color: dark })], spacing: { after: 200 } }));
  const pictures = new PictureStandIns();
  for (const block of model.blocks) children.push(...blockToWord(block, { ids, accent, rasterise, pictures }));

  const headerRight = [model.client, model.dateText].filter(Boolean).join(' · ');
  const header = new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_TWIPS }],
        children: [
          ...(brand.docx?.headerImages ?? []).map((image) => brandImageRun(image)),
          ...(brand.docx?.headerText ? [new TextRun({ text: brand.docx.headerText, size: 16, color: '666666' })] : []),
          new TextRun({ text: `\t${headerRight}`, size: 16, color: '666666' }),
        ],
      }),
    ],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_TWIPS }],
        children: [
          ...(brand.docx?.footerImages ?? []).map((image) => brandImageRun(image)),
          new TextRun({ text: brand.docx?.footerText ?? model.title, size: 16, color: '666666' }),
          new TextRun({ children: ['\t', `${officeLabel('page', model.lang)} `, PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: 16, color: '666666' }),
        ],
      }),
    ],
  });

  const document = new Document({
    creator: 'CX Maturity Toolkit',
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
  const packed = await Packer.toBuffer(document);
  const replace = new Map<string, Uint8Array>();
  if (brand.docx?.themeXml) replace.set('word/theme/theme1.xml', brand.docx.themeXml);
  return normaliseOfficePackage(new Uint8Array(packed), { isoDate: model.isoDate, replace, pictures });
}

interface BlockContext {
  ids: { heading1: string; heading2: string; heading3: string };
  accent: string;
  rasterise: Rasteriser;
  pictures: PictureStandIns;
}

function blockToWord(block: OfficeBlock, context: BlockContext): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading': {
      const style = block.level === 1 ? context.ids.heading1 : block.level === 2 ? context.ids.heading2 : context.ids.heading3;
      return [new Paragraph({ style, children: [new TextRun(block.text)], keepNext: true })];
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
      return [wordTable(block.table, context.accent), new Paragraph({ children: [] })];
    case 'card':
      return [cardTable(block.rows, context.accent), new Paragraph({ children: [] })];
    case 'figure': {
      const picture = context.rasterise(block.svg, TEXT_PX);
      // A tall drawing is also kept within a page's height.
      const ratio = Math.min(1, MAX_FIGURE_HEIGHT_PX / picture.displayHeight);
      const width = Math.round(picture.displayWidth * ratio);
      const height = Math.round(picture.displayHeight * ratio);
      return [new Paragraph({
        alignment: AlignmentType.CENTER,
        keepLines: true,
        children: [new ImageRun({ type: 'png', data: context.pictures.standIn(picture.png), transformation: { width, height }, altText: { name: block.alt, title: block.alt, description: block.alt } })],
      })];
    }
  }
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };
const borders = { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin };

/** Without given widths, each column as wide as its content asks (its longest word at least). */
function columnWidths(table: OfficeTable): number[] {
  const weights = table.widths ?? table.columns.map((header, i) => {
    const cells = [header, ...table.rows.map((row) => row[i] ?? '')];
    const longestWord = Math.max(...cells.flatMap((text) => text.split(/\s+/).map((w) => w.length)));
    const average = cells.reduce((sum, text) => sum + text.length, 0) / cells.length;
    return Math.max(longestWord * 0.9, Math.min(45, average), 3);
  });
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((TEXT_TWIPS * w) / total));
}

function cell(text: string, width: number, options: { header?: boolean; fill?: string; size?: number } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(options.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } } : {}),
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: options.header === true, color: options.header ? 'FFFFFF' : undefined, size: options.size ?? 19 })] })),
  });
}

function wordTable(table: OfficeTable, accent: string): Table {
  const widths = columnWidths(table);
  // Wide tables (the annex's) in a smaller size, so words are not cut across lines.
  const size = table.columns.length <= 4 ? 19 : table.columns.length <= 6 ? 17 : 15;
  return new Table({
    width: { size: TEXT_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: table.columns.map((c, i) => cell(c, widths[i]!, { header: true, fill: accent, size })) }),
      ...table.rows.map((row, r) => new TableRow({
        cantSplit: true,
        children: row.map((value, i) => cell(value, widths[i]!, table.rowHeaders && i === 0 ? { header: true, fill: accent, size } : r % 2 === 1 ? { fill: 'F2F6F9', size } : { size })),
      })),
    ],
  });
}

function cardTable(rows: [string, string][], accent: string): Table {
  const widths = [Math.floor(TEXT_TWIPS * 0.24), TEXT_TWIPS - Math.floor(TEXT_TWIPS * 0.24)];
  return new Table({
    width: { size: TEXT_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { ...borders, left: { style: BorderStyle.SINGLE, size: 24, color: accent } },
    rows: rows.map(([name, value]) => new TableRow({ cantSplit: true, children: [cell(name, widths[0]!, { fill: 'EEF4F8' }), cell(value, widths[1]!)] })),
  });
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
