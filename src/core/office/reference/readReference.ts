/**
 * Reads a firm's reference file, a .docx or a .pptx it prepared (docs/office-documents.md), into a
 * Brand: the theme's fonts and colours, the Word styles (merged with those the report needs), the
 * pictures and text of the Word header and footer, the logo of the PowerPoint master. The file is
 * untrusted input: sizes are capped (officeZip.ts), only images stored inside the package are
 * taken (an external target is ignored), and nothing else of it reaches the output.
 */
import { strToU8 } from 'fflate';
import { readZip, textOf } from '../zip/officeZip';
import type { Brand, BrandImage, CarriedPart } from './brand';

export type ReferenceKind = 'docx' | 'pptx';

export type ReferenceRead = { ok: true; kind: ReferenceKind; brand: Brand } | { ok: false; reason: 'not-office' | 'damaged' | 'too-large' };

export function readReference(bytes: Uint8Array): ReferenceRead {
  let entries: Map<string, Uint8Array>;
  try {
    entries = readZip(bytes);
  } catch (error) {
    return { ok: false, reason: error instanceof Error && /too large/.test(error.message) ? 'too-large' : 'damaged' };
  }
  const types = textOf(entries.get('[Content_Types].xml')) ?? '';
  if (entries.has('word/document.xml') || /wordprocessingml\.document\.main|wordprocessingml\.template\.main/.test(types)) return { ok: true, kind: 'docx', brand: readWordBrand(entries) };
  if (entries.has('ppt/presentation.xml')) return { ok: true, kind: 'pptx', brand: readDeckBrand(entries) };
  return { ok: false, reason: 'not-office' };
}

/** The theme's fonts and colours (DrawingML, the same in Word and PowerPoint). */
function themeBrand(themeXml: string | undefined): Brand {
  if (!themeXml) return {};
  const colour = (name: string) => {
    const element = new RegExp(`<a:${name}>([\\s\\S]*?)</a:${name}>`).exec(themeXml)?.[1] ?? '';
    return /<a:srgbClr val="([0-9A-Fa-f]{6})"/.exec(element)?.[1]?.toUpperCase() ?? /<a:sysClr[^>]*lastClr="([0-9A-Fa-f]{6})"/.exec(element)?.[1]?.toUpperCase();
  };
  const font = (name: string) => new RegExp(`<a:${name}>[\\s\\S]*?<a:latin typeface="([^"]*)"`).exec(themeXml)?.[1];
  const brand: Brand = {};
  const major = font('majorFont');
  const minor = font('minorFont');
  if (major) brand.headingFont = decodeXml(major);
  if (minor) brand.bodyFont = decodeXml(minor);
  const accent = colour('accent1');
  const accent2 = colour('accent2');
  const dark = colour('dk2') ?? colour('dk1');
  if (accent) brand.accent = accent;
  if (accent2) brand.accent2 = accent2;
  if (dark) brand.dark = dark;
  return brand;
}

function readWordBrand(entries: Map<string, Uint8Array>): Brand {
  const themePath = relationshipTargets(entries, 'word/document.xml').find((r) => r.type.endsWith('/theme'))?.path ?? 'word/theme/theme1.xml';
  const themeXml = textOf(entries.get(themePath));
  const brand = themeBrand(themeXml);
  const styles = textOf(entries.get('word/styles.xml')) ?? '';
  const styleIds = {
    title: styleIdNamed(styles, 'title') ?? 'Title',
    heading1: styleIdNamed(styles, 'heading 1') ?? 'Heading1',
    heading2: styleIdNamed(styles, 'heading 2') ?? 'Heading2',
    heading3: styleIdNamed(styles, 'heading 3') ?? 'Heading3',
  };
  // The heading font and colour as the firm styled them, when set directly on the style.
  const heading1 = styleXml(styles, styleIds.heading1);
  const headingFont = heading1 && /<w:rFonts [^>]*w:ascii="([^"]+)"/.exec(heading1)?.[1];
  const headingColour = heading1 && /<w:color [^>]*w:val="([0-9A-Fa-f]{6})"/.exec(heading1)?.[1];
  if (headingFont) brand.headingFont = decodeXml(headingFont);
  if (headingColour) brand.accent = headingColour.toUpperCase();
  const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0];
  const bodyFont = defaults && /<w:rFonts [^>]*w:ascii="([^"]+)"/.exec(defaults)?.[1];
  if (bodyFont) brand.bodyFont = decodeXml(bodyFont);

  const document = textOf(entries.get('word/document.xml')) ?? '';
  const section = /<w:sectPr[\s\S]*?<\/w:sectPr>\s*<\/w:body>/.exec(document)?.[0] ?? document;
  const partOf = (kind: 'header' | 'footer') => {
    const id = new RegExp(`<w:${kind}Reference [^>]*w:type="default"[^>]*r:id="([^"]+)"|<w:${kind}Reference [^>]*r:id="([^"]+)"[^>]*w:type="default"`).exec(section);
    const rid = id?.[1] ?? id?.[2];
    const rels = relationshipTargets(entries, 'word/document.xml');
    return rels.find((r) => r.id === rid)?.path ?? rels.find((r) => r.type.endsWith(`/${kind}`))?.path;
  };
  const header = partOf('header');
  const footer = partOf('footer');
  const headerText = header ? plainText(textOf(entries.get(header))) : undefined;
  const footerText = footer ? plainText(textOf(entries.get(footer))) : undefined;
  const headerPart = header ? carriedPart(entries, header) : undefined;
  const footerPart = footer ? carriedPart(entries, footer) : undefined;
  brand.docx = {
    stylesXml: mergeStyles(styles, styleIds),
    ...(headerPart ? { headerPart } : {}),
    ...(footerPart ? { footerPart } : {}),
    ...(themeXml ? { themeXml: strToU8(themeXml) } : {}),
    styleIds,
    headerImages: header ? picturesOf(entries, header, /<wp:extent cx="(\d+)" cy="(\d+)"/g) : [],
    footerImages: footer ? picturesOf(entries, footer, /<wp:extent cx="(\d+)" cy="(\d+)"/g) : [],
    ...(headerText ? { headerText } : {}),
    ...(footerText ? { footerText } : {}),
  };
  return brand;
}

function readDeckBrand(entries: Map<string, Uint8Array>): Brand {
  const sorted = (pattern: RegExp) => [...entries.keys()].filter((name) => pattern.test(name)).sort((a, b) => partNumber(a) - partNumber(b));
  const master = sorted(/^ppt\/slideMasters\/slideMaster\d+\.xml$/)[0];
  const themePath = (master && relationshipTargets(entries, master).find((r) => r.type.endsWith('/theme'))?.path) ?? 'ppt/theme/theme1.xml';
  const brand = themeBrand(textOf(entries.get(themePath)));
  // The logo: the first picture of the master, else of the first layout that has one (the
  // picture's size and place from its own transform).
  for (const candidate of [...(master ? [master] : []), ...sorted(/^ppt\/slideLayouts\/slideLayout\d+\.xml$/)]) {
    const logo = picturesOf(entries, candidate, /<a:off x="(-?\d+)" y="(-?\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/g, true)[0];
    if (logo) {
      brand.pptx = { logo };
      break;
    }
  }
  return brand;
}

/** Content types of the pictures a carried header or footer may hold. */
export const CARRIED_IMAGE_TYPES: Record<string, string> = {
  png: 'image/png', jpeg: 'image/jpeg', jpg: 'image/jpeg', gif: 'image/gif', bmp: 'image/bmp', emf: 'image/x-emf', wmf: 'image/x-wmf', svg: 'image/svg+xml',
};

const SAFE_FIELDS = new Set(['PAGE', 'NUMPAGES', 'SECTIONPAGES', 'DATE', 'TIME', 'CREATEDATE', 'SAVEDATE', 'PRINTDATE', 'STYLEREF', 'TITLE', 'SUBJECT', 'AUTHOR', 'DOCPROPERTY', 'MERGEFORMAT', '\\*']);

/**
 * A header or footer part that can be carried over whole: a well-formed `w:hdr`/`w:ftr` whose every
 * relationship is a picture stored in the package (a hyperlink, an external or linked target, an
 * embedded object refuse it: its pictures and text are then taken one by one instead).
 */
function carriedPart(entries: Map<string, Uint8Array>, part: string): CarriedPart | undefined {
  const xml = textOf(entries.get(part));
  if (!xml || !/<w:(hdr|ftr)\b[^>]*>[\s\S]*<\/w:\1>\s*$/.test(xml) || xml.length > 2_000_000) return undefined;
  // Nothing that reaches outside the package, even once Word updates fields: no address in an
  // attribute, no field but page numbers, dates and the document's own properties.
  // (A web address as plain text is only text; in an attribute other than a namespace's or a
  // drawing's type it could be fetched.)
  if (/="[^"]*:\/\//.test(xml.replace(/\s(?:xmlns(?::\w+)?|mc:Ignorable|uri)="[^"]*"/g, ''))) return undefined;
  const fields = [...xml.matchAll(/<w:instrText\b[^>]*>([^<]*)<\/w:instrText>|<w:fldSimple\b[^>]*w:instr="([^"]*)"/g)].map((m) => (m[1] ?? m[2] ?? '').trim().split(/\s+/)[0]!.toUpperCase());
  if (fields.some((field) => field !== '' && !SAFE_FIELDS.has(field))) return undefined;
  const slash = part.lastIndexOf('/');
  const rels = textOf(entries.get(`${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`)) ?? '';
  const all = [...rels.matchAll(/<Relationship\b[^>]*>/g)];
  const internal = relationshipTargets(entries, part);
  if (all.length !== internal.length) return undefined;
  const relationships: CarriedPart['relationships'] = [];
  for (const rel of internal) {
    const extension = /\.([a-z]+)$/i.exec(rel.path)?.[1]?.toLowerCase() ?? '';
    const data = entries.get(rel.path);
    if (!rel.type.endsWith('/image') || !data || !CARRIED_IMAGE_TYPES[extension] || !/^[\w-]+$/.test(rel.id)) return undefined;
    relationships.push({ id: rel.id, type: rel.type, data, extension });
  }
  return { xml, relationships, hasPageNumber: /<w:instrText\b[^>]*>\s*PAGE\b|<w:fldSimple\b[^>]*w:instr="\s*PAGE\b/.test(xml) };
}

const partNumber = (name: string) => Number(/(\d+)\.xml$/.exec(name)?.[1] ?? 0);

interface Relationship { id: string; type: string; path: string }

function relationshipTargets(entries: Map<string, Uint8Array>, part: string): Relationship[] {
  const slash = part.lastIndexOf('/');
  const folder = part.slice(0, slash);
  const rels = textOf(entries.get(`${folder}/_rels/${part.slice(slash + 1)}.rels`)) ?? '';
  const out: Relationship[] = [];
  for (const match of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const attrs = match[1]!;
    if (/TargetMode="External"/.test(attrs)) continue;
    const id = /\bId="([^"]+)"/.exec(attrs)?.[1];
    const type = /\bType="([^"]+)"/.exec(attrs)?.[1];
    const target = /\bTarget="([^"]+)"/.exec(attrs)?.[1];
    if (id && type && target) out.push({ id, type, path: resolvePart(folder, decodeXml(target)) });
  }
  return out;
}

function resolvePart(folder: string, target: string): string {
  const parts = target.startsWith('/') ? [] : folder.split('/');
  for (const piece of target.replace(/^\//, '').split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

/**
 * The pictures a part embeds (`r:embed`), in order, with the size (and, for slides, the place)
 * found before each in the drawing markup.
 */
function picturesOf(entries: Map<string, Uint8Array>, part: string, geometry: RegExp, positioned = false): BrandImage[] {
  const xml = textOf(entries.get(part)) ?? '';
  const rels = relationshipTargets(entries, part);
  const images: BrandImage[] = [];
  for (const match of xml.matchAll(/r:embed="([^"]+)"/g)) {
    const rel = rels.find((r) => r.id === match[1] && r.type.endsWith('/image'));
    const data = rel && entries.get(rel.path);
    const type = rel && imageType(rel.path);
    if (!rel || !data || !type) continue;
    // The geometry of the drawing this picture is in: the last one before it (Word) or the first after it (slides).
    const before = xml.slice(0, match.index);
    const after = xml.slice(match.index);
    geometry.lastIndex = 0;
    const found = positioned ? new RegExp(geometry.source).exec(after) : [...before.matchAll(new RegExp(geometry.source, 'g'))].pop();
    if (!found) continue;
    const numbers = found.slice(1).map(Number);
    const image: BrandImage = positioned
      ? { data, type, xEmu: numbers[0]!, yEmu: numbers[1]!, widthEmu: numbers[2]!, heightEmu: numbers[3]! }
      : { data, type, widthEmu: numbers[0]!, heightEmu: numbers[1]! };
    if (image.widthEmu > 0 && image.heightEmu > 0) images.push(image);
  }
  return images.slice(0, 4);
}

function imageType(path: string): BrandImage['type'] | undefined {
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  return ext === 'png' ? 'png' : ext === 'jpg' || ext === 'jpeg' ? 'jpg' : ext === 'gif' ? 'gif' : ext === 'bmp' ? 'bmp' : undefined;
}

function styleIdNamed(styles: string, name: string): string | undefined {
  for (const match of styles.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    if (new RegExp(`<w:name w:val="${name}"`, 'i').test(match[2]!)) return decodeXml(match[1]!);
  }
  return undefined;
}

function styleXml(styles: string, id: string): string | undefined {
  return [...styles.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>[\s\S]*?<\/w:style>/g)].find((m) => decodeXml(m[1]!) === id)?.[0];
}

/** The reference's styles, plus Word's built-in definitions of any heading or title style it lacks. */
function mergeStyles(styles: string, ids: { title: string; heading1: string; heading2: string; heading3: string }): string {
  if (!/<w:styles\b/.test(styles)) return FALLBACK_STYLES;
  const missing: string[] = [];
  const add = (id: string, name: string, level: number | undefined, size: number) => {
    if (styleXml(styles, id)) return;
    missing.push(`<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/>${level === undefined ? '' : `<w:outlineLvl w:val="${level}"/>`}</w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/><w:b/><w:color w:val="1D3B53" w:themeColor="accent1"/><w:sz w:val="${size}"/></w:rPr></w:style>`);
  };
  add(ids.title, 'Title', undefined, 44);
  add(ids.heading1, 'heading 1', 0, 32);
  add(ids.heading2, 'heading 2', 1, 26);
  add(ids.heading3, 'heading 3', 2, 22);
  return missing.length === 0 ? styles : styles.replace(/<\/w:styles>\s*$/, `${missing.join('')}</w:styles>`);
}

const FALLBACK_STYLES = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"></w:styles>';

/** The visible text of a header or footer, fields left out; paragraphs joined by " · ". */
function plainText(xml: string | undefined): string | undefined {
  if (!xml) return undefined;
  const paragraphs = [...xml.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].replace(/<w:instrText\b[\s\S]*?<\/w:instrText>/g, '').matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeXml(t[1]!)).join(''))
    .map((text) => text.trim()).filter((text) => text !== '' && !/^\d+$/.test(text));
  const text = paragraphs.join(' · ').slice(0, 300);
  return text === '' ? undefined : text;
}

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, entity: string) =>
    entity === 'lt' ? '<' : entity === 'gt' ? '>' : entity === 'amp' ? '&' : entity === 'quot' ? '"' : entity === 'apos' ? "'"
      : String.fromCodePoint(entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10)));
}
