/**
 * The hostile corpus, second pass (the audit of issue 8): gaps found by attacking the built `cxm`
 * and the hosts, each with the test that fails if it comes back.
 * - `cxm compare` and `cxm portfolio` count the 10 MB limit in bytes of the file, as `validate` does;
 * - the did-you-mean's banded distance gives exactly the full table's suggestions;
 * - a template's UTF-8 check is linear (a template of real U+FFFD before its first bad byte) and
 *   counts CR-only lines;
 * - the extension's analysis worker dies alone past its memory limit and the next file is served;
 * - `2>&-` (stderr closed, not a broken pipe) never stops a batch nor changes its exit code;
 * - what the parser keeps a token for counts against the node limit (comments, blank lines,
 *   document markers; flow nodes at their cost), and the 1,001st alias stops the reading: under
 *   10 MB these shapes once aborted a 400 MB heap (or took 14 s), now a located yaml-limit.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { analyseEngagement } from '../../../src/core/analysis/analyseEngagement';
import { MAX_ALIAS_NODES } from '../../../src/core/yaml/readYaml';
import { BLANK_LINE_COST, COMMENT_COST, FLOW_NODE_COST, MAX_ALIASES, MAX_MULTILINE_SPAN, MAX_NODES, preScan } from '../../../src/core/yaml/preScan';
import { generateEngagement } from '../../bench/generateEngagement';
import { didYouMean, editDistance } from '../../../src/core/validation/didYouMean';
import { decodeUtf8Strictly } from '../../../src/node/decodeEngagementBytes';
import { AnalysisLimitError, AnalysisWorkerClient } from '../../../src/extension/analysis/analysisWorkerClient';
import { INVALID_ENGAGEMENT, removeFolder, runInProcess, temporaryFolder, VALID_ENGAGEMENT } from '../cli/cliHarness';

const CXM = resolve(__dirname, '../../../cxm.js');
const MiB = 1024 * 1024;
const posix = process.platform !== 'win32';

describe('hostile audit: the size limit in bytes in every command', function () {
  this.timeout(120_000);
  let root: string;
  before(() => {
    root = temporaryFolder({
      'valid.engagement.yaml': VALID_ENGAGEMENT,
      // 4 MiB of bytes that are not UTF-8 decode to 4 Mi U+FFFD, 12 MiB as UTF-8: the file is 4 MiB.
      'invalid.engagement.yaml': Buffer.alloc(4 * MiB, 0xe9),
      'over.engagement.yaml': `${VALID_ENGAGEMENT}x-e: "${'é'.repeat(5 * MiB)}"\n`,
    });
  });
  after(() => removeFolder(root));

  it('cxm compare: a 4 MiB file of invalid UTF-8 is an encoding error, not file-too-large; 10 MB + 1 byte is', async () => {
    const invalid = await runInProcess(['compare', 'valid.engagement.yaml', 'invalid.engagement.yaml'], root);
    assert.equal(invalid.code, 1);
    assert.match(invalid.stderr, /invalid\.engagement\.yaml:1:1: error file-encoding/);
    assert.doesNotMatch(invalid.stderr, /file-too-large/);
    const over = await runInProcess(['compare', 'over.engagement.yaml', 'valid.engagement.yaml'], root);
    assert.equal(over.code, 1);
    assert.match(over.stderr, /over\.engagement\.yaml:1:1: error file-too-large/);
  });

  it('cxm portfolio: the same file is skipped for its encoding, not its size', async () => {
    const run = await runInProcess(['portfolio', 'valid.engagement.yaml', 'invalid.engagement.yaml', 'over.engagement.yaml', '--format', 'json'], root);
    assert.equal(run.code, 0, run.stderr);
    const { count, skipped } = JSON.parse(run.stdout) as { count: number; skipped: Array<{ path: string; reason: string }> };
    assert.equal(count, 1);
    assert.deepEqual(skipped.map((s) => [s.path, s.reason.split(':')[0]]), [['invalid.engagement.yaml', 'file-encoding'], ['over.engagement.yaml', 'file-too-large']]);
  });
});

/** The distance as the did-you-mean computed it before the band: the full table, for reference. */
function fullDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = current;
  }
  return Math.min(previous[b.length]!, limit);
}

describe('hostile audit: the did-you-mean', () => {
  const word = fc.string({ unit: fc.constantFrom(...'abcde-1'.split('')), maxLength: 70 });

  it('the banded distance equals the full table below its limit (property)', () => {
    fc.assert(fc.property(word, word, fc.integer({ min: 1, max: 25 }), (a, b, limit) => {
      assert.equal(Math.min(editDistance(a, b, limit), limit), fullDistance(a, b, limit), JSON.stringify([a, b, limit]));
    }), { numRuns: 3000 });
  });

  it('suggests the same candidate as the full table would (property)', () => {
    fc.assert(fc.property(word, fc.array(word, { maxLength: 40 }), (typo, candidates) => {
      const limit0 = Math.max(2, Math.floor(typo.length / 3)) + 1;
      let best: string | undefined;
      let bestDistance = limit0;
      if (typo.length <= 64) {
        for (const candidate of candidates) {
          if (Math.abs(candidate.length - typo.length) >= bestDistance) continue;
          if (candidate.toLowerCase() === typo.toLowerCase()) { best = candidate; break; }
          const distance = fullDistance(typo.toLowerCase(), candidate.toLowerCase(), bestDistance);
          if (distance < bestDistance) { best = candidate; bestDistance = distance; }
        }
      }
      assert.equal(didYouMean(typo, candidates), best);
    }), { numRuns: 1500 });
  });
});

describe('hostile audit: a template that is not UTF-8', () => {
  it('is located on CR-only and CRLF lines', () => {
    const bad = (text: string) => decodeUtf8Strictly(Buffer.concat([Buffer.from(text), Buffer.from([0xe9])]));
    assert.deepEqual(bad('a\rb\rc\r'), { ok: false, line: 4, column: 1 });
    assert.deepEqual(bad('a\r\nbé\r\nxy'), { ok: false, line: 3, column: 3 });
    assert.deepEqual(bad(''), { ok: false, line: 1, column: 1 });
  });

  it('is located in one pass even after two million real U+FFFD (once quadratic: minutes)', () => {
    const bytes = Buffer.concat([Buffer.from('\uFFFD'.repeat(2_000_000)), Buffer.from([0xc3])]);
    assert.deepEqual(decodeUtf8Strictly(bytes), { ok: false, line: 1, column: 2_000_001 });
  });

  it('refuses overlong forms, surrogates and code points past U+10FFFF at their place', () => {
    for (const bytes of [[0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf8]]) {
      assert.deepEqual(decodeUtf8Strictly(Buffer.from([0x61, 0x0a, 0x62, ...bytes])), { ok: false, line: 2, column: 2 }, bytes.join(' '));
    }
    assert.deepEqual(decodeUtf8Strictly(Buffer.from('ok é 😀 \uFFFD')), { ok: true, text: 'ok é 😀 \uFFFD' });
  });
});

describe('hostile audit: the extension\'s analysis worker past its memory limit', function () {
  this.timeout(120_000);
  let root: string;
  before(() => {
    // A stand-in worker speaking the worker protocol: `boom` allocates until its heap limit, anything else answers.
    root = temporaryFolder({
      'worker.js': `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (request) => {
  if (request.text === 'boom') { const hold = []; for (;;) hold.push(new Array(1 << 20).fill(1.5)); }
  parentPort.postMessage({ id: request.id, diagnostics: [], summary: { language: 'en', ok: true }, model: undefined });
});`,
    });
  });
  after(() => removeFolder(root));

  it('fails that file with a memory limit, and a fresh worker serves the next one', async () => {
    const warnings: string[] = [];
    const log = { warn: (message: string) => void warnings.push(message) } as never;
    const client = new AnalysisWorkerClient(join(root, 'worker.js'), log);
    try {
      const [boom, next] = await Promise.allSettled([client.analyse('boom', {}), client.analyse('fine', {})]);
      assert.equal(boom.status, 'rejected');
      const reason = (boom as PromiseRejectedResult).reason as unknown;
      assert.ok(reason instanceof AnalysisLimitError, String(reason));
      assert.equal(reason.limit, 'memory');
      assert.equal(next.status, 'fulfilled');
      assert.match(warnings.join('\n'), /Restarting the analysis worker: the analysis needed more than 1024 MB/);
    } finally {
      client.dispose();
    }
  });
});

describe('hostile audit: stderr closed with `2>&-`', function () {
  this.timeout(120_000);
  let root: string;
  before(function () {
    if (!posix) this.skip();
    root = temporaryFolder({});
    const batch = join(root, 'batch');
    mkdirSync(batch);
    for (let i = 0; i < 6; i++) writeFileSync(join(batch, `bad${i}.engagement.yaml`), INVALID_ENGAGEMENT);
    for (let i = 0; i < 6; i++) writeFileSync(join(batch, `good${i}.engagement.yaml`), VALID_ENGAGEMENT);
  });
  after(() => root && removeFolder(root));

  it('a roadmap batch still writes every valid file and exits 1; validate | head -1 exits 1', () => {
    const shell = (script: string) => spawnSync('sh', ['-c', script], { cwd: root, encoding: 'utf8', env: { ...process.env, CXM: CXM, NODE: process.execPath }, timeout: 60_000 });
    const batch = shell('"$NODE" "$CXM" roadmap batch --out out 2>&- >/dev/null; echo "exit=$?"');
    assert.match(batch.stdout, /exit=1/);
    assert.equal(readdirSync(join(root, 'out')).length, 6);
    // `$?` of the left side of a pipe, without bash's PIPESTATUS: its exit code goes through a file.
    const piped = shell('{ "$NODE" "$CXM" validate batch 2>&-; echo $? > code; } | head -1 >/dev/null; cat code');
    assert.equal(piped.stdout.trim(), '1');
  });
});

const SHAPES: Record<string, () => string> = {
  comments: () => `${VALID_ENGAGEMENT}${'# x\n'.repeat(2_590_000)}`,
  'blank lines': () => `${VALID_ENGAGEMENT}${'\n'.repeat(10_300_000)}`,
  'document markers': () => '---\n'.repeat(2_590_000),
  'flow mappings': () => `${VALID_ENGAGEMENT}x-f: [${Array.from({ length: 99_000 }, (_, i) => `{a: ${i}, b: [1, 2, {c: d}]}`).join(', ')}]\n`,
  aliases: () => `${VALID_ENGAGEMENT}x-l:\n${Array.from({ length: 99_000 }, (_, i) => `  - &a${i} v\n`).join('')}x-r: [${Array.from({ length: 99_000 }, (_, i) => `*a${i}`).join(', ')}]\n`,
};

describe('hostile audit: what the parser builds besides nodes', function () {
  this.timeout(120_000);

  it('comments, blank lines, document markers and flow nodes count against the node limit, located', () => {
    for (const [name, make] of Object.entries(SHAPES)) {
      if (name === 'aliases') continue;
      const text = make();
      const limit = preScan(text);
      assert.equal(limit?.kind, 'too-many-nodes', name);
      const d = analyseEngagement(text, { lang: 'en' }).diagnostics.find((x) => x.code === 'yaml-limit');
      assert.ok(d && d.range.start === limit!.start, name);
      assert.match(d.message, /1,000,000 YAML nodes/);
    }
    assert.equal(FLOW_NODE_COST, 3);
    assert.ok(MAX_NODES >= 1_000_000);
  });

  it('still reads a realistic 10 MB engagement with a comment or a blank line between every two lines', () => {
    assert.ok(COMMENT_COST < 1 && BLANK_LINE_COST < COMMENT_COST);
    const lines = generateEngagement(10_000_000, 7).split('\n');
    for (const [name, between] of [['comment', '# note'], ['blank line', '']] as const) {
      const text = lines.map((line) => `${between}\n${line}`).join('\n');
      const limited = text.slice(0, text.lastIndexOf('\n', 10_000_000));
      assert.equal(preScan(limited), undefined, name);
    }
  });

  it('stops a flow collection or a quoted value running over lines past 1 MB, at its opening; a long one-line value is read', () => {
    const header = `${VALID_ENGAGEMENT}x-notes:\n`;
    const flow = `${header}  list: [\n${'    item-with-a-name,\n'.repeat(Math.ceil(MAX_MULTILINE_SPAN / 20))}  ]\n`;
    const quoted = `${header}  text: "${'a line of a very long quoted note\n    '.repeat(Math.ceil(MAX_MULTILINE_SPAN / 30))}"\n`;
    for (const [name, text, opening] of [['flow', flow, '['], ['quoted', quoted, '"']] as const) {
      const limit = preScan(text);
      assert.equal(limit?.kind, 'too-long-span', name);
      assert.equal(limit!.start, header.length + text.slice(header.length).indexOf(opening), name);
      for (const lang of ['en', 'fr'] as const) {
        const found = analyseEngagement(text, { lang }).diagnostics.filter((d) => d.code === 'yaml-limit');
        assert.equal(found.length, 1, `${name} ${lang}`);
        assert.equal(found[0]!.range.start, limit!.start);
        assert.match(found[0]!.message, lang === 'en' ? /more than 1 MB of lines/ : /plus de 1\u00a0Mo de lignes/);
      }
    }
    // Under the span, or on one line whatever its length, nothing is stopped.
    assert.equal(preScan(`${header}  list: [\n${'    item,\n'.repeat(10_000)}  ]\n`), undefined);
    assert.equal(preScan(`${header}  text: "${'x'.repeat(3 * MAX_MULTILINE_SPAN)}"\n`), undefined);
    assert.equal(preScan(`${header}  list: [${'a-rather-long-item-name, '.repeat(Math.ceil((1.2 * MAX_MULTILINE_SPAN) / 25))}x]\n`), undefined);
  });

  it('the 1,001st alias stops the reading at that alias, as the reader would', () => {
    assert.equal(MAX_ALIASES, MAX_ALIAS_NODES);
    const text = SHAPES['aliases']!();
    const limit = preScan(text);
    assert.equal(limit?.kind, 'alias-limit');
    assert.equal(text.slice(limit!.start, limit!.end), `*a${MAX_ALIASES}`);
    const fr = analyseEngagement(text, { lang: 'fr' }).diagnostics.filter((d) => d.code === 'yaml-limit');
    assert.equal(fr.length, 1);
    assert.match(fr[0]!.message, /bombe d'alias/);
  });

  it('a realistic file keeps its comments, blank lines and short flow lists within the limit', () => {
    const commented = VALID_ENGAGEMENT.replace(/\n/g, '   # note\n\n').replace('capabilities: [inform, order]', 'capabilities: [inform, order, track]');
    assert.equal(preScan(commented), undefined);
    assert.equal(analyseEngagement(commented, { lang: 'en' }).ok, true);
  });

  it('in a real cxm process with a 400 MB heap: each shape exits 1 with its yaml-limit, never aborts', function () {
    const root = temporaryFolder(Object.fromEntries(Object.entries(SHAPES).map(([name, make]) => [`${name.replace(/ /g, '-')}.engagement.yaml`, make()])));
    try {
      for (const name of Object.keys(SHAPES)) {
        const run = spawnSync(process.execPath, ['--max-old-space-size=400', CXM, 'validate', `${name.replace(/ /g, '-')}.engagement.yaml`, '--format', 'json'], {
          cwd: root, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * MiB, env: { ...process.env, LANG: 'C', LC_ALL: '' },
        });
        assert.equal(run.signal, null, `${name}: ${run.stderr.slice(0, 300)}`);
        assert.equal(run.status, 1, `${name}: ${run.stderr.slice(0, 300)}`);
        assert.match(run.stdout, /"code": "yaml-limit"/, name);
      }
    } finally {
      removeFolder(root);
    }
  });
});
