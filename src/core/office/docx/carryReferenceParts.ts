/**
 * A firm's header and footer carried over whole: the reference's own part (its logo, its lines,
 * its fields, its layout) takes the place of the report's, and the report's own paragraphs (the
 * client and date, the page number) are added after the firm's, so nothing of theirs is lost.
 * The part's pictures come along under names of their own, with their relationship ids unchanged.
 */
import { strFromU8, strToU8 } from 'fflate';
import type { CarriedPart } from '../reference/brand';
import { CARRIED_IMAGE_TYPES } from '../reference/readReference';

export interface CarriedParts {
  header?: CarriedPart;
  footer?: CarriedPart;
}

const RELS_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';

export function carryReferenceParts(entries: Map<string, Uint8Array>, carried: CarriedParts): void {
  const documentRels = strFromU8(entries.get('word/_rels/document.xml.rels') ?? new Uint8Array(0));
  const types = new Set<string>();
  for (const kind of ['header', 'footer'] as const) {
    const part = carried[kind];
    if (!part) continue;
    const target = new RegExp(`Type="[^"]*/${kind}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Type="[^"]*/${kind}"`).exec(documentRels);
    const name = target ? `word/${target[1] ?? target[2]}` : undefined;
    const ours = name ? entries.get(name) : undefined;
    if (!name || !ours) continue;
    const ourParagraphs = /<w:(?:hdr|ftr)\b[^>]*>([\s\S]*)<\/w:(?:hdr|ftr)>/.exec(strFromU8(ours))?.[1] ?? '';
    entries.set(name, strToU8(part.xml.replace(/<\/w:(hdr|ftr)>\s*$/, (end) => `${ourParagraphs}${end}`)));
    const relationships = part.relationships.map((rel, index) => {
      const media = `media/reference-${kind}-${index + 1}.${rel.extension}`;
      entries.set(`word/${media}`, rel.data);
      types.add(rel.extension);
      return `<Relationship Id="${rel.id}" Type="${rel.type}" Target="${media}"/>`;
    });
    const slash = name.lastIndexOf('/');
    entries.set(`${name.slice(0, slash)}/_rels/${name.slice(slash + 1)}.rels`, strToU8(`${RELS_HEAD}${relationships.join('')}</Relationships>`));
  }
  // Each picture's kind declared once in the package's content types.
  const contentTypes = entries.get('[Content_Types].xml');
  if (!contentTypes || types.size === 0) return;
  let xml = strFromU8(contentTypes);
  for (const extension of types) {
    if (new RegExp(`<Default Extension="${extension}"`, 'i').test(xml)) continue;
    xml = xml.replace(/<Types\b[^>]*>/, (open) => `${open}<Default Extension="${extension}" ContentType="${CARRIED_IMAGE_TYPES[extension]}"/>`);
  }
  entries.set('[Content_Types].xml', strToU8(xml));
}
