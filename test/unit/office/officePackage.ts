/** Reading generated Office files back in tests: entries, text, a well-formedness check of the XML. */
import * as assert from 'node:assert/strict';
import { strFromU8, unzipSync } from 'fflate';

export type Package = Map<string, Uint8Array>;

export function unpack(bytes: Uint8Array): Package {
  return new Map(Object.entries(unzipSync(bytes)));
}

export function part(pkg: Package, name: string): string {
  const data = pkg.get(name);
  assert.ok(data, `${name} is missing (parts: ${[...pkg.keys()].join(', ')})`);
  return strFromU8(data);
}

export const names = (pkg: Package, pattern: RegExp) => [...pkg.keys()].filter((name) => pattern.test(name)).sort();

const decode = (text: string) => text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) =>
  e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'amp' ? '&' : e === 'quot' ? '"' : e === 'apos' ? "'" : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))));

/** The text runs of WordprocessingML (`w:t`) or DrawingML (`a:t`), decoded, one per line. */
export function runs(xml: string, tag: 'w:t' | 'a:t'): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`, 'g'))].map((m) => decode(m[1]!));
}

/**
 * A small XML well-formedness check (enough to catch an unescaped user string): every tag closes in
 * order, attributes are quoted, no raw '<' or '&' in text.
 */
export function assertWellFormed(xml: string, name: string): void {
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>/, '');
  const token = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const match of body.matchAll(token)) {
    const [whole, closing, tag, , selfClosing, text, stray] = match;
    if (stray) assert.fail(`${name}: a raw '<' at ${match.index}: ${body.slice(match.index, match.index + 60)}`);
    if (text !== undefined) {
      assert.ok(!/&(?!(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(text), `${name}: a raw '&' in text: ${text.slice(0, 60)}`);
      continue;
    }
    if (!tag || whole.startsWith('<!')) continue;
    if (closing) assert.equal(stack.pop(), tag, `${name}: </${tag}> closes the wrong element`);
    else if (!selfClosing) stack.push(tag);
  }
  assert.deepEqual(stack, [], `${name}: unclosed elements`);
}

export function assertNoExternalRelationship(pkg: Package): void {
  for (const name of names(pkg, /\.rels$/)) {
    const rels = part(pkg, name);
    assert.ok(!/TargetMode="External"/i.test(rels), `${name} has an external relationship`);
    assert.ok(!/Target="(https?:|file:|\\\\)/i.test(rels), `${name} targets something outside the package`);
  }
}
