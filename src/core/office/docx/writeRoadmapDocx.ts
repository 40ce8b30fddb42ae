/**
 * The roadmap as an editable Word report (the `docx` library): Word's own Title and Heading styles
 * (the navigation pane and the table of contents field work), real tables (wordTableXml.ts), the
 * radar and the timeline as PNG pictures rendered at twice their shown size, page numbers, client
 * and date in the header; with a firm's reference file, its styles, theme and its header and footer
 * (carried whole when they can be, carryReferenceParts.ts).
 */
import {
  AlignmentType, BorderStyle, Document, Footer, Header, ImageRun, LineRuleType, Packer, PageNumber, Paragraph,
  TableOfContents, TabStopType, TextRun, type IStylesOptions,
} from 'docx';
import { strFromU8, strToU8 } from 'fflate';
import { carryReferenceParts } from './carryReferenceParts';
import { TablePlaceholders, wordCardXml, wordTableXml } from './wordTableXml';
import type { Language } from '../../model/vocabulary';
import type { OfficeBlock, OfficeRoadmap } from '../officeRoadmap';
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
const GEOMETRY = { textTwips: TEXT_TWIPS };
const MAX_FIGURE_HEIGHT_PX = Math.floor(((PAGE.height - 2 * PAGE.margin - 1400) / 1440) * 96);

export async function writeRoadmapDocx(model: OfficeRoadmap, rasterise: Rasteriser, brand: Brand = {}): Promise<Uint8Array> {
  const accent = brand.accent ?? DEFAULT_ACCENT;
  const dark = brand.dark ?? DEFAULT_DARK;
  const ids = brand.docx?.styleIds ?? { title: 'Title', heading1: 'Heading1', heading2: 'Heading2', heading3: 'Heading3' };
  const children: (Paragraph | TableOfContents)[] = [
    new Paragraph({ style: ids.title, children: [new TextRun(model.title)] }),
  ];
  if (model.subtitle !== '') children.push(new Paragraph({ children: [new TextRun({ text: model.subtitle, italics: true, size: 26, color: dark })], spacing: { after: 200 } }));
  const pictures = new PictureStandIns();
  const tables = new TablePlaceholders();
  const context = { ids, accent, rasterise, pictures, tables };
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
  const packed = await Packer.toBuffer(document);
  const replace = new Map<string, Uint8Array>();
  if (brand.docx?.themeXml) replace.set('word/theme/theme1.xml', brand.docx.themeXml);
  const carried = { ...(reference?.headerPart ? { header: reference.headerPart } : {}), ...(reference?.footerPart ? { footer: reference.footerPart } : {}) };
  return normaliseOfficePackage(new Uint8Array(packed), { isoDate: model.isoDate, replace, pictures, edit: (entries) => {
    const name = 'word/document.xml';
    entries.set(name, strToU8(tables.fill(strFromU8(entries.get(name)!))));
    carryReferenceParts(entries, carried);
  } });
}

interface BlockContext {
  ids: { heading1: string; heading2: string; heading3: string };
  accent: string;
  rasterise: Rasteriser;
  pictures: PictureStandIns;
  tables: TablePlaceholders;
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
