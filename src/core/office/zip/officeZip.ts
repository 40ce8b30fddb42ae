/**
 * Office files are zip packages. This module reads them (a firm's reference file, hostile until
 * proven otherwise: entry count and inflated size are capped before anything is inflated) and
 * writes them deterministically: the libraries stamp the clock into zip entries and docProps, and
 * number charts and drawings with process-wide counters; `normaliseOfficePackage` removes every
 * one of those, so the same engagement gives the same bytes in any process, time zone or run.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { PictureStandIns } from './pictureStandIns';

export const MAX_ZIP_ENTRIES = 2000;
export const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

export class OfficeZipError extends Error {}

/** The entries of a zip, in their stored order; throws OfficeZipError on a damaged or oversized file. */
export function readZip(bytes: Uint8Array): Map<string, Uint8Array> {
  let count = 0;
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        count++;
        total += file.originalSize;
        if (count > MAX_ZIP_ENTRIES || total > MAX_INFLATED_BYTES) throw new OfficeZipError('the file is too large once unpacked');
        return !file.name.endsWith('/');
      },
    });
  } catch (error) {
    if (error instanceof OfficeZipError) throw error;
    throw new OfficeZipError('the file is not a readable Office (zip) file');
  }
  return new Map(Object.entries(files));
}

export const textOf = (bytes: Uint8Array | undefined): string | undefined => (bytes === undefined ? undefined : strFromU8(bytes));

/**
 * The zip's DOS timestamps have no time zone and fflate fills them from local-time getters: a date
 * built from local fields writes the same fields in every time zone. DOS time starts in 1980.
 */
function zipTimestamp(isoDate: string | undefined): Date {
  const match = isoDate ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate) : null;
  const year = match ? Math.max(1980, Number(match[1])) : 1980;
  return new Date(year, match ? Number(match[2]) - 1 : 0, match ? Number(match[3]) : 1, 0, 0, 0);
}

export interface NormaliseOptions {
  /** `engagement.date` (YYYY-MM-DD): the zip entries' time and docProps' created/modified; none: no clock anywhere. */
  isoDate?: string;
  /** Parts to put in place of the library's (a firm's theme), or to add. */
  replace?: ReadonlyMap<string, Uint8Array>;
  /** The real pictures of the stand-ins the library was given (pictureStandIns.ts). */
  pictures?: PictureStandIns;
  /** Last changes to the parts (the firm's header and footer carried over). */
  edit?: (entries: Map<string, Uint8Array>) => void;
}

export function normaliseOfficePackage(bytes: Uint8Array, options: NormaliseOptions): Uint8Array {
  const entries = readZip(bytes);
  for (const [name, data] of options.replace ?? []) entries.set(name, data);
  options.edit?.(entries);
  const renamed = renumberParts(entries);
  const mtime = zipTimestamp(options.isoDate);
  const ordered = [...renamed.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const zippable: Zippable = {};
  for (const name of ordered) {
    let data = renamed.get(name)!;
    data = options.pictures?.realFor(data) ?? data;
    if (name.endsWith('.xlsx')) data = normaliseOfficePackage(data, { isoDate: options.isoDate });
    else if (name === 'docProps/core.xml') data = strToU8(stampCoreProperties(strFromU8(data), options.isoDate));
    else if (name === 'word/document.xml') data = strToU8(renumberBookmarks(renumberDrawings(strFromU8(data))));
    else if (/^word\/(header\d+|footer\d+)\.xml$/.test(name)) data = strToU8(renumberDrawings(strFromU8(data)));
    // Pictures and embedded workbooks are stored; XML is deflated.
    zippable[name] = [data, { mtime, level: /\.(png|jpe?g|gif|xlsx|wasm)$/i.test(name) ? 0 : 6 }];
  }
  return zipSync(zippable, { mtime });
}

/** Office reads `[Content_Types].xml` and the package relationships first. */
const rank = (name: string) => (name === '[Content_Types].xml' ? 0 : name === '_rels/.rels' ? 1 : 2);

/** created/modified from the engagement date; without one, no timestamp at all. */
function stampCoreProperties(xml: string, isoDate: string | undefined): string {
  const valid = isoDate && /^\d{4}-\d{2}-\d{2}$/.test(isoDate);
  return xml.replace(/<dcterms:(created|modified)\b[^>]*>[^<]*<\/dcterms:\1>/g, (element, which: string) =>
    valid ? `<dcterms:${which} xsi:type="dcterms:W3CDTF">${isoDate}T00:00:00Z</dcterms:${which}>` : (void element, ''));
}

/** Drawing ids only need to be unique in their part; the library's counter lives across documents. */
function renumberDrawings(xml: string): string {
  let next = 1;
  return xml.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${next++}"`);
}

/**
 * The table of contents' bookmarks (`_Toc12`, `w:id="12"`) come from the library's counter too:
 * numbered from 1 in the order they appear, their names and the hyperlinks to them alike.
 */
function renumberBookmarks(xml: string): string {
  const names = new Map<string, string>();
  const ids = new Map<string, string>();
  const nameFor = (n: string) => names.get(n) ?? (names.set(n, String(names.size + 1)), names.get(n)!);
  const idFor = (n: string) => ids.get(n) ?? (ids.set(n, String(ids.size + 1)), ids.get(n)!);
  return xml
    .replace(/(<w:bookmark(?:Start|End)\b[^>]*\bw:id=")(\d+)"/g, (_, head: string, id: string) => `${head}${idFor(id)}"`)
    .replace(/(w:name="|w:anchor="|PAGEREF )_Toc(\d+)\b/g, (_, head: string, n: string) => `${head}_Toc${nameFor(n)}`);
}

/**
 * pptxgenjs numbers charts (and their workbooks) with a process-wide counter: the second deck of a
 * process has chart2.xml. Number them from 1 in each package, everywhere they are named.
 */
function renumberParts(entries: Map<string, Uint8Array>): Map<string, Uint8Array> {
  const numbers = new Set<number>();
  for (const name of entries.keys()) {
    const match = /^ppt\/charts\/chart(\d+)\.xml$/.exec(name);
    if (match) numbers.add(Number(match[1]));
  }
  const sorted = [...numbers].sort((a, b) => a - b);
  if (sorted.every((n, i) => n === i + 1)) return entries;
  const map = new Map(sorted.map((n, i) => [String(n), String(i + 1)]));
  const rename = (text: string) =>
    text.replace(/(charts\/(?:_rels\/)?chart|Microsoft_Excel_Worksheet)(\d+)(\.xml|\.xlsx)/g, (all, head: string, n: string, tail: string) =>
      map.has(n) ? `${head}${map.get(n)}${tail}` : all);
  const out = new Map<string, Uint8Array>();
  for (const [name, data] of entries) {
    const isText = /\.(xml|rels)$/.test(name);
    out.set(rename(name), isText ? strToU8(rename(strFromU8(data))) : data);
  }
  return out;
}
