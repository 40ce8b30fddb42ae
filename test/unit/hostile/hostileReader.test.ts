/**
 * The hostile corpus, reader side: every shape that once crashed, hung, leaked or misreported gets
 * a located diagnostic (code, line, column) here, in process. Large inputs are generated at test
 * time; their memory bound is checked in hostileProcess.test.ts, in a child process.
 */
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyseEngagement } from '../../../src/core/analysis/analyseEngagement';
import { decodeEngagementBytes } from '../../../src/node/decodeEngagementBytes';
import { exceedsUtf8Bytes } from '../../../src/core/analysis/fileSize';
import type { Diagnostic } from '../../../src/core/diagnostics/diagnostic';
import { MAX_COLLECTION_ITEMS, MAX_DEPTH, MAX_NODES, preScan } from '../../../src/core/yaml/preScan';
import { generateEngagement } from '../../bench/generateEngagement';
import { VALID_ENGAGEMENT } from '../cli/cliHarness';

const EXAMPLES = join(__dirname, '../../../../examples');

function analyse(text: string, options: Parameters<typeof analyseEngagement>[1] = {}) {
  return analyseEngagement(text, { lang: 'en', ...options });
}

function only(diagnostics: readonly Diagnostic[], code: string): Diagnostic {
  const found = diagnostics.filter((d) => d.code === code);
  assert.equal(found.length, 1, `one ${code} in ${JSON.stringify(diagnostics.map((d) => [d.code, d.message]))}`);
  return found[0]!;
}

function at(d: Diagnostic): [number, number] {
  return [d.range.line, d.range.column];
}

describe('hostile input: the reader defends before it composes', () => {
  it('stops 9.9 MiB of [ at the 65th level, located', () => {
    const d = only(analyse('['.repeat(9.9 * 1024 * 1024)).diagnostics, 'yaml-limit');
    assert.deepEqual(at(d), [1, MAX_DEPTH + 1]);
    assert.match(d.message, /64 levels/);
  });

  it('stops block nesting (compact `- - -` and indentation) before the parser builds it', () => {
    assert.deepEqual(at(only(analyse('- '.repeat(5_000_000)).diagnostics, 'yaml-limit')), [1, 2 * MAX_DEPTH + 1]);
    const stairs = Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    assert.deepEqual(at(only(analyse(stairs).diagnostics, 'yaml-limit')), [MAX_DEPTH + 1, MAX_DEPTH + 1]);
  });

  it('stops a one-line flow list of millions of tiny items at the item limit', () => {
    const text = `[${'a,'.repeat(5_000_000)}a]`;
    const d = only(analyse(text).diagnostics, 'yaml-limit');
    assert.deepEqual(at(d), [1, 2 * MAX_COLLECTION_ITEMS + 2]);
    assert.match(d.message, /100,000 entries/);
  });

  it('stops 1.7 million block items at the item limit, on the line of the first item too many', () => {
    const d = only(analyse('- a\n'.repeat(1_700_000)).diagnostics, 'yaml-limit');
    assert.deepEqual(at(d), [MAX_COLLECTION_ITEMS + 1, 1]);
  });

  it('stops many lists each within the item limit at the node limit', () => {
    const list = `${'  - a\n'.repeat(60_000)}`;
    const text = Array.from({ length: 20 }, (_, i) => `x-list-${i}:\n${list}`).join('');
    const d = only(analyse(text).diagnostics, 'yaml-limit');
    assert.match(d.message, /1,000,000 YAML nodes/);
    assert.ok(d.range.line > 900_000 && d.range.line < 1_000_000, `line ${d.range.line}`);
  });

  it('counts brackets only where YAML reads them: not in quotes, comments or block scalars', () => {
    const brackets = '['.repeat(200);
    const text = VALID_ENGAGEMENT.replace('action: Looks for the product',
      `action: "${brackets}"\n            pain: '${brackets}'\n            x-note: |\n              ${brackets}\n              ${brackets}\n            x-more: plain ${brackets} text # ${brackets}`);
    assert.equal(preScan(text), undefined);
    assert.equal(analyse(text).ok, true, JSON.stringify(analyse(text).diagnostics.filter((d) => d.severity === 'error')));
  });

  it('never flags the examples or realistic generated engagements', () => {
    for (const name of readdirSync(EXAMPLES).filter((n) => n.endsWith('.yaml'))) {
      assert.equal(preScan(readFileSync(join(EXAMPLES, name), 'utf8')), undefined, name);
    }
    for (const seed of [1, 2, 3]) assert.equal(preScan(generateEngagement(300_000, seed)), undefined);
  });

  it('keeps the exact depth check for nesting the scan cannot see, 64 levels allowed', () => {
    const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
    assert.equal(analyse(`x-deep: ${nested(MAX_DEPTH - 1)}`).diagnostics.some((d) => d.code === 'yaml-limit'), false);
    assert.ok(analyse(`x-deep: ${nested(MAX_DEPTH)}`).diagnostics.some((d) => d.code === 'yaml-limit'));
    assert.ok(MAX_NODES >= 1_000_000);
  });
});

describe('hostile input: anchors, aliases and tags wherever they are', () => {
  it('an anchor on a key can be aliased later: no false "refers to no anchor"', () => {
    const text = VALID_ENGAGEMENT.replace('  client: Acme', '  &who client: Acme\n  title: *who');
    const diagnostics = analyse(text).diagnostics;
    assert.equal(diagnostics.filter((d) => d.severity === 'error').length, 0, JSON.stringify(diagnostics));
  });

  it('an anchor under an unknown key or an x- key can be aliased later', () => {
    for (const key of ['unknownThing', 'x-note']) {
      const text = VALID_ENGAGEMENT.replace('  client: Acme', `  ${key}: &name Acme\n  client: *name`);
      assert.equal(analyse(text).diagnostics.filter((d) => d.severity === 'error').length, 0, key);
    }
  });

  it('an alias bomb under an unknown key is reported, on the alias', () => {
    const bomb = `a: &a [${'x,'.repeat(40)}x]\nb: &b [${'*a,'.repeat(40)}*a]\n`;
    const text = `${VALID_ENGAGEMENT}unknownThing:\n  ${bomb.replace(/\n/g, '\n  ')}c: [${'*b,'.repeat(40)}*b]\n`;
    const d = only(analyse(text).diagnostics, 'yaml-limit');
    assert.match(d.message, /alias bomb/);
  });

  it('a custom tag on a key is reported, and a !!binary key is never decoded', () => {
    const tagged = analyse(VALID_ENGAGEMENT.replace('  language: en', '  language: en\n  !custom x-key: 1')).diagnostics;
    const custom = only(tagged, 'yaml-unsupported');
    assert.deepEqual(at(custom), [4, 3]);
    assert.match(custom.message, /!custom/);
    const binary = analyse(VALID_ENGAGEMENT.replace('  language: en', '  language: en\n  !!binary Y2xpZW50: Other')).diagnostics;
    assert.match(only(binary, 'yaml-unsupported').message, /binary/);
    assert.equal(binary.some((d) => d.code === 'duplicate-key'), false, 'the key was not decoded to "client"');
  });

  it('a depth error reached through an alias points at the alias', () => {
    const deep = `${'['.repeat(40)}${']'.repeat(40)}`;
    const text = `x-a: &deep ${deep}\nx-b: ${'['.repeat(30)}*deep${']'.repeat(30)}\n`;
    const d = only(analyse(text).diagnostics, 'yaml-limit');
    assert.deepEqual(at(d), [2, 36]);
    assert.equal(d.range.end - d.range.start, '*deep'.length);
  });

  it('a reserved key under an x- key has its full path', () => {
    const d = only(analyse(`${VALID_ENGAGEMENT}x-notes:\n  inner:\n    __proto__: 1\n`).diagnostics, 'reserved-key');
    assert.equal(d.path, 'x-notes.inner.__proto__');
  });
});

describe('hostile input: encodings and line breaks', () => {
  it('CR, LF and CRLF are all line breaks', () => {
    for (const eol of ['\r', '\r\n', '\n']) {
      const analysis = analyse(VALID_ENGAGEMENT.replace(/\n/g, eol).replace('  stage: contemplation', '  stage: nowhere'));
      assert.deepEqual(at(only(analysis.diagnostics, 'schema-enum')), [5, 10], JSON.stringify(eol));
    }
  });

  it('a raw NUL byte is reported at its line', () => {
    const d = only(analyse(VALID_ENGAGEMENT.replace('Looks for', 'Looks\u0000for')).diagnostics, 'yaml-syntax');
    assert.deepEqual(at(d), [27, 26]);
    assert.match(d.message, /U\+0000/);
  });

  it('a Latin-1 file gets a located file-encoding error, never « Soci�t� » silently', () => {
    const latin1 = Buffer.from(VALID_ENGAGEMENT.replace('client: Acme', 'client: Société'), 'latin1');
    const d = only(analyse(decodeEngagementBytes(latin1), { byteLength: latin1.length }).diagnostics, 'file-encoding');
    assert.equal(d.severity, 'error');
    assert.deepEqual(at(d), [2, 15]);
  });

  it('UTF-16 with a byte-order mark is read as VS Code reads it (LE and BE), and UTF-8 BOM dropped', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID_ENGAGEMENT, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    for (const bytes of [le, Buffer.concat([Buffer.from([0xfe, 0xff]), be]), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(VALID_ENGAGEMENT)])]) {
      const text = decodeEngagementBytes(bytes);
      assert.equal(text, VALID_ENGAGEMENT);
      assert.equal(analyse(text).ok, true);
    }
  });

  it('counts the 10 MB limit in bytes: 7 MiB of emoji fits, the file size decides when known', () => {
    assert.equal(exceedsUtf8Bytes('😀'.repeat((7 * 1024 * 1024) / 4), 10 * 1024 * 1024), false);
    assert.equal(exceedsUtf8Bytes('é'.repeat(5 * 1024 * 1024 + 1), 10 * 1024 * 1024), true);
    // 4 MiB of invalid UTF-8 decodes to 4 Mi replacement characters (12 MiB as UTF-8), yet the file is 4 MiB.
    const text = decodeEngagementBytes(Buffer.alloc(4 * 1024 * 1024, 0xe9));
    const diagnostics = analyse(text, { byteLength: 4 * 1024 * 1024 }).diagnostics;
    assert.equal(diagnostics.some((d) => d.code === 'file-too-large'), false);
    assert.deepEqual(at(only(diagnostics, 'file-encoding')), [1, 1]);
  });
});

describe('hostile input: messages', () => {
  it('a document that is not a mapping is never quoted (a link to ~/.env must not leak)', () => {
    for (const secret of ['SECRET_TOKEN=hunter2', 'PATH=/usr/bin\u0000AWS_SECRET=abc', '- hunter2\n- AWS_SECRET=abc', '42']) {
      const analysis = analyse(secret);
      for (const d of analysis.diagnostics) assert.doesNotMatch(d.message, /hunter2|AWS_SECRET|SECRET_TOKEN|42/, d.message);
      assert.ok(analysis.diagnostics.some((d) => d.code === 'schema-type' || d.code === 'yaml-syntax'));
    }
  });

  it('caps every quoted user string at 80 characters with an ellipsis', () => {
    const long = 'N'.repeat(1 << 20);
    const named = VALID_ENGAGEMENT.replace('    type: web', `    type: web\n    name: "${long}"`);
    const texts = [
      named, // continuity break and CX messages quote the channel's name
      named.replace('channel: branch', `channel: ${long.toLowerCase()}`), // unknown-ref quotes the id
      VALID_ENGAGEMENT.replace('  stage: contemplation', `  stage: "${long}"`), // schema-enum quotes the value
      VALID_ENGAGEMENT.replace("  language: en", `  language: en\n  ${long.slice(0, 1000)}: 1`), // unknown-key quotes the key (YAML keys are at most 1,024 characters)
    ];
    const diagnostics = texts.flatMap((text) => analyse(text).diagnostics);
    for (const code of ['continuity-break', 'unknown-ref', 'schema-enum', 'unknown-key']) assert.ok(diagnostics.some((d) => d.code === code), code);
    for (const d of diagnostics) {
      assert.ok(d.message.length < 600, `${d.code}: ${d.message.length} characters`);
      if (d.message.includes('NNNN') || d.message.includes('nnnn')) assert.match(d.message, /[Nn]{50,79}…/);
    }
  });

  it('fixed wordings: NaN is .nan, a text version is said to be text', () => {
    const nan = only(analyse(VALID_ENGAGEMENT.replace('emotion: -1', 'emotion: .nan')).diagnostics, 'schema-type');
    assert.doesNotMatch(nan.message, /a number \(NaN\)/);
    assert.match(nan.message, /not \.nan/);
    const version = only(analyse(`version: "1"\n${VALID_ENGAGEMENT}`).diagnostics, 'unsupported-version');
    assert.match(version.message, /"1" \(text\)/);
  });

  it('the same finding on one range is one diagnostic', () => {
    const text = VALID_ENGAGEMENT.replace('  client: Acme', '  client: Acme\n  x-a: &t !custom v\n  x-b: [*t, *t]');
    const diagnostics = analyse(text).diagnostics;
    const keys = diagnostics.map((d) => `${d.code}@${d.range.start}-${d.range.end}:${d.message}`);
    assert.equal(new Set(keys).size, keys.length, keys.join('\n'));
  });

  it('did-you-mean stays fast with 3,000 channels and 3,000 unknown references', () => {
    const channels = Array.from({ length: 3000 }, (_, i) => `  - id: channel-${i}\n    type: web\n`).join('');
    const steps = Array.from({ length: 3000 }, (_, i) => `          - channel: chanel-${i}x\n            action: A\n`).join('');
    const text = `engagement:\n  client: X\nchange:\n  stage: action\nchannels:\n${channels}segments:\n  - id: s\n    digitalIntensity: traditional\njourneys:\n  - id: j\n    segment: s\n    stages:\n      - name: S\n        steps:\n${steps}`;
    const diagnostics = analyse(text, { validateOnly: true }).diagnostics;
    assert.equal(diagnostics.filter((d) => d.code === 'unknown-ref').length, 1000);
    assert.ok(diagnostics.some((d) => d.fix !== undefined), 'suggestions are still offered');
  });
});
