/**
 * The report's tables written as WordprocessingML directly. Measured on the bundled example: the
 * `docx` library took 240 of its 376 ms (warm; over a second in a fresh process) turning the
 * tables' hundreds of cell objects into 500 KB of XML. Here the borders and cell margins are set
 * once on the table rather than on every cell, and the library is given a placeholder paragraph
 * per table (`TablePlaceholders`), replaced by the table's XML once the package is written.
 */
import type { OfficeTable } from '../officeRoadmap';

/** The text width the tables span, in twips. */
export interface TableGeometry {
  textTwips: number;
}

const GREY = 'BFBFBF';

/** Without given widths, each column as wide as its content asks (its longest word at least). */
export function columnWidths(table: OfficeTable, textTwips: number): number[] {
  const weights = table.widths ?? table.columns.map((header, i) => {
    const cells = [header, ...table.rows.map((row) => row[i] ?? '')];
    const longestWord = Math.max(...cells.flatMap((text) => text.split(/\s+/).map((w) => w.length)));
    const average = cells.reduce((sum, text) => sum + text.length, 0) / cells.length;
    return Math.max(longestWord * 0.9, Math.min(45, average), 3);
  });
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((textTwips * w) / total));
}

interface CellLook { header?: boolean; fill?: string; size: number }

/** XML 1.0 text: escaped, without the control characters XML cannot carry. */
export function xmlText(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function cellXml(text: string, width: number, look: CellLook): string {
  const shading = look.fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${look.fill}"/>` : '';
  const runProps = `<w:rPr>${look.header ? '<w:b/><w:bCs/><w:color w:val="FFFFFF"/>' : ''}<w:sz w:val="${look.size}"/><w:szCs w:val="${look.size}"/></w:rPr>`;
  const paragraphs = text.split('\n').map((line) => `<w:p><w:r>${runProps}<w:t xml:space="preserve">${xmlText(line)}</w:t></w:r></w:p>`).join('');
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${shading}</w:tcPr>${paragraphs}</w:tc>`;
}

function tableXml(widths: number[], textTwips: number, leftBorder: string, rows: string[]): string {
  const line = (side: string, size = 4, color = GREY) => `<w:${side} w:val="single" w:sz="${size}" w:space="0" w:color="${color}"/>`;
  return '<w:tbl><w:tblPr>'
    + `<w:tblW w:w="${textTwips}" w:type="dxa"/>`
    + `<w:tblBorders>${line('top')}${leftBorder}${line('bottom')}${line('right')}${line('insideH')}${line('insideV')}</w:tblBorders>`
    + '<w:tblLayout w:type="fixed"/>'
    + '<w:tblCellMar><w:top w:w="60" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="60" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar>'
    + '</w:tblPr>'
    + `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`
    + rows.join('')
    + '</w:tbl>';
}

const row = (cells: string[], header = false) => `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>${cells.join('')}</w:tr>`;

/** A table with its header row repeated on every page, banded rows, the matrix's row headers. */
export function wordTableXml(table: OfficeTable, accent: string, geometry: TableGeometry): string {
  const widths = columnWidths(table, geometry.textTwips);
  // Wide tables (the annex's) in a smaller size, so words are not cut across lines.
  const size = table.columns.length <= 4 ? 19 : table.columns.length <= 6 ? 17 : 15;
  const header = row(table.columns.map((c, i) => cellXml(c, widths[i]!, { header: true, fill: accent, size })), true);
  const body = table.rows.map((cells, r) => row(cells.map((value, i) =>
    cellXml(value, widths[i]!, table.rowHeaders && i === 0 ? { header: true, fill: accent, size } : r % 2 === 1 ? { fill: 'F2F6F9', size } : { size }))));
  return tableXml(widths, geometry.textTwips, `<w:left w:val="single" w:sz="4" w:space="0" w:color="${GREY}"/>`, [header, ...body]);
}

/** A pair of label and value per row, an accent bar on its left (the facts, an initiative's card). */
export function wordCardXml(rows: [string, string][], accent: string, geometry: TableGeometry): string {
  const labelWidth = Math.floor(geometry.textTwips * 0.24);
  const widths = [labelWidth, geometry.textTwips - labelWidth];
  const body = rows.map(([name, value]) => row([cellXml(name, widths[0]!, { fill: 'EEF4F8', size: 19 }), cellXml(value, widths[1]!, { size: 19 })]));
  return tableXml(widths, geometry.textTwips, `<w:left w:val="single" w:sz="24" w:space="0" w:color="${accent}"/>`, body);
}

/**
 * The tables' XML, each standing in the library's document as an empty paragraph of a style no
 * other paragraph has (a user string is text, never a paragraph style), swapped in afterwards.
 */
export class TablePlaceholders {
  private readonly tables: string[] = [];

  /** The style id of the placeholder paragraph for `xml`. */
  add(xml: string): string {
    this.tables.push(xml);
    return `CxmTablePlaceholder${this.tables.length}`;
  }

  /** document.xml with every placeholder paragraph replaced by its table. */
  fill(documentXml: string): string {
    return documentXml.replace(/<w:p>\s*<w:pPr>\s*<w:pStyle w:val="CxmTablePlaceholder(\d+)"\s*\/>\s*<\/w:pPr>\s*<\/w:p>/g, (all, n: string) => this.tables[Number(n) - 1] ?? all);
  }
}
