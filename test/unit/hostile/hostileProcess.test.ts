/**
 * The hostile corpus, process side: the built `dist/cxm.js` in a child process with a 400 MB heap
 * (`--max-old-space-size=400`: going past it aborts the child, which fails the test), on inputs
 * generated here at test time. Each case asserts the exit code and the located diagnostic. Time is
 * only guarded against hangs (generous timeouts); the figures are in `npm run bench`.
 */
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { INVALID_ENGAGEMENT, removeFolder, runInProcess, temporaryFolder, VALID_ENGAGEMENT } from '../cli/cliHarness';

const CXM = resolve(__dirname, '../../../cxm.js');
const HANG_GUARD_MS = 60_000;
const posix = process.platform !== 'win32';

function cxm(args: string[], cwd: string, heapMb = 400) {
  const run = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, CXM, ...args], {
    cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '' }, timeout: HANG_GUARD_MS, maxBuffer: 256 * 1024 * 1024,
  });
  return { code: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr };
}

interface JsonDiagnostic { code: string; line: number; column: number; message: string }
function diagnosticsOf(stdout: string): JsonDiagnostic[] {
  return (JSON.parse(stdout) as { files: Array<{ diagnostics: JsonDiagnostic[] }> }).files.flatMap((f) => f.diagnostics);
}

function channelNamed(name: string): string {
  return VALID_ENGAGEMENT.replace('    type: web', `    type: web\n    name: "${name}"`);
}

describe('hostile input in a real cxm process (400 MB heap)', function () {
  this.timeout(4 * HANG_GUARD_MS);
  let root: string;
  before(() => {
    const MiB = 1024 * 1024;
    root = temporaryFolder({
      'brackets.engagement.yaml': '['.repeat(Math.floor(9.9 * MiB)),
      'flow.engagement.yaml': `[${'a,'.repeat(Math.floor((9.9 * MiB) / 2) - 2)}a]`,
      'block.engagement.yaml': '- a\n'.repeat(1_700_000),
      'name.engagement.yaml': channelNamed('N'.repeat(MiB)),
    });
  });
  after(() => removeFolder(root));

  for (const [file, line, column] of [['brackets', 1, 65], ['flow', 1, 200_002], ['block', 100_001, 1]] as const) {
    it(`${file}: a located yaml-limit, exit 1, within the heap`, () => {
      const run = cxm(['validate', `${file}.engagement.yaml`, '--format', 'json'], root);
      assert.equal(run.signal, null, run.stderr);
      assert.equal(run.code, 1, run.stderr);
      const [d] = diagnosticsOf(run.stdout);
      assert.deepEqual([d!.code, d!.line, d!.column], ['yaml-limit', line, column]);
    });
  }

  it('a 1 MiB channel name: validate in every format, the SVG journey and the HTML roadmap all succeed', () => {
    for (const format of ['json', 'text', 'sarif']) {
      const run = cxm(['validate', 'name.engagement.yaml', '--format', format], root);
      assert.equal(run.code, 0, `${format}: ${run.stderr}`);
      assert.ok(run.stdout.length < 64 * 1024, `${format}: ${run.stdout.length} bytes for a handful of diagnostics`);
    }
    assert.equal(cxm(['journey', 'name.engagement.yaml', '--format', 'svg', '--out', 'name.svg'], root).code, 0);
    assert.equal(cxm(['roadmap', 'name.engagement.yaml', '--template', 'html', '--out', 'name.html'], root).code, 0);
  });
});

describe('hostile files and folders', function () {
  this.timeout(4 * HANG_GUARD_MS);
  let root: string;
  before(function () {
    if (!posix) this.skip();
    root = temporaryFolder({ 'secret.env': 'SECRET_TOKEN=hunter2\n', 'scan/ok.engagement.yaml': VALID_ENGAGEMENT });
    symlinkSync('../secret.env', join(root, 'scan/env.engagement.yaml'));
    symlinkSync('ok.engagement.yaml', join(root, 'scan/inside.engagement.yaml'));
    if (existsSync('/proc/self/environ')) symlinkSync('/proc/self/environ', join(root, 'scan/environ.engagement.yaml'));
    if (spawnSync('mkfifo', [join(root, 'scan/fifo.engagement.yaml')]).status !== 0) throw new Error('mkfifo failed');
    if (existsSync('/dev/zero')) symlinkSync('/dev/zero', join(root, 'scan/zero.engagement.yaml'));
  });
  after(() => root && removeFolder(root));

  it('a folder scan never follows a link out of the folder nor opens a FIFO or a device; never leaks into SARIF', () => {
    const run = cxm(['validate', 'scan', '--format', 'sarif'], root);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.doesNotMatch(run.stdout, /hunter2|SECRET_TOKEN|PATH=/);
    const uris = [...run.stdout.matchAll(/"uri": "(scan\/[^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual([...new Set(uris)].sort(), ['scan/inside.engagement.yaml', 'scan/ok.engagement.yaml']);
  });

  it('a FIFO, a device or a link to a secret named explicitly: an error each, no hang, no quote', () => {
    const named = ['scan/fifo.engagement.yaml', 'scan/env.engagement.yaml', ...(existsSync('/dev/zero') ? ['scan/zero.engagement.yaml'] : [])];
    const run = cxm(['validate', ...named, '--format', 'json'], root);
    assert.equal(run.code, 1);
    assert.doesNotMatch(run.stdout, /hunter2|SECRET_TOKEN/);
    const codes = diagnosticsOf(run.stdout).map((d) => d.code).sort();
    assert.deepEqual(codes, [...(named.length === 3 ? ['file-unreadable'] : []), 'file-unreadable', 'schema-type']);
  });

  it('`cxm validate dir | head -1` still exits 1 when files have errors (EPIPE on stdout)', async () => {
    const folder = join(root, 'many');
    mkdirSync(folder);
    for (let i = 0; i < 200; i++) writeFileSync(join(folder, `f${i}.engagement.yaml`), INVALID_ENGAGEMENT);
    const code = await new Promise<number | null>((done) => {
      const child = spawn(process.execPath, [CXM, 'validate', 'many'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] });
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('exit', (exit) => done(exit));
    });
    assert.equal(code, 1);
  });

  it('a closed stderr never stops a roadmap batch: every valid file is still written', async () => {
    const folder = join(root, 'batch');
    mkdirSync(folder);
    for (let i = 0; i < 6; i++) writeFileSync(join(folder, `bad${i}.engagement.yaml`), INVALID_ENGAGEMENT);
    for (let i = 0; i < 6; i++) writeFileSync(join(folder, `good${i}.engagement.yaml`), VALID_ENGAGEMENT);
    const code = await new Promise<number | null>((done) => {
      const child = spawn(process.execPath, [CXM, 'roadmap', 'batch', '--out', 'out'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
      child.stderr.destroy();
      child.on('exit', (exit) => done(exit));
    });
    assert.equal(code, 1);
    assert.equal(readdirSync(join(root, 'out')).length, 6);
  });

  it('a brace bomb is bad usage at once; ten `**/` in a row walk like one', () => {
    const bomb = cxm(['validate', `${'{a,b}'.repeat(20)}.engagement.yaml`], root);
    assert.equal(bomb.code, 2);
    assert.match(bomb.stderr, /more than 1000 alternatives/);
    let deep = join(root, 'deep');
    for (let i = 0; i < 12; i++) deep = join(deep, `d${i}`);
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(deep, 'x.engagement.yaml'), VALID_ENGAGEMENT);
    const stars = cxm(['validate', `deep/${'**/'.repeat(10)}*.engagement.yaml`], root);
    assert.equal(stars.code, 0, stars.stderr);
    assert.match(stars.stdout, /^1 file:/m);
  });
});

describe('hostile text on a terminal', () => {
  const hostile = 'a\u202Eb\u0085c\u200Bd\uFEFFe';
  let root: string;
  before(() => {
    root = temporaryFolder({ 'x.engagement.yaml': VALID_ENGAGEMENT.replace('  stage: contemplation', `  stage: "${hostile}"`) });
  });
  after(() => removeFolder(root));

  it('text output shows bidi, C1, zero-width and BOM characters as escapes', async () => {
    const run = await runInProcess(['validate', 'x.engagement.yaml'], root, 'en', true);
    assert.match(run.stdout, /a\\u\{202e\}b\\u\{85\}c\\u\{200b\}d\\u\{feff\}e/);
  });

  it('JSON and SARIF on a terminal escape them as JSON (the same value), piped output stays byte-exact', async () => {
    for (const format of ['json', 'sarif']) {
      const tty = await runInProcess(['validate', 'x.engagement.yaml', '--format', format], root, 'en', true);
      assert.doesNotMatch(tty.stdout, /[\u202E\u0085\u200B\uFEFF]/);
      assert.match(tty.stdout, /a\\u202eb\\u0085c\\u200bd\\ufeffe/);
      const piped = await runInProcess(['validate', 'x.engagement.yaml', '--format', format], root, 'en', false);
      assert.deepEqual(JSON.parse(tty.stdout), JSON.parse(piped.stdout));
      assert.ok(piped.stdout.includes(hostile));
    }
  });
});

describe('hostile custom templates', function () {
  this.timeout(4 * HANG_GUARD_MS);
  let root: string;
  before(() => {
    const channels = Array.from({ length: 40 }, (_, i) => `  - id: c${i}\n    type: web\n`).join('');
    const each = (depth: number): string => (depth === 0 ? 'x' : `{{#each @root.engagement.channels}}${each(depth - 1)}{{/each}}`);
    root = temporaryFolder({
      'x.engagement.yaml': VALID_ENGAGEMENT.replace('channels:\n', `channels:\n${channels}`),
      'latin1.md.hbs': Buffer.from('# Feuille de route\n\nSociété {{engagement.engagement.client}}\n', 'latin1'),
      'log.md.hbs': '{{log "\u001b[31mred" engagement.engagement.client}}ok {{md engagement.engagement.client}}\n',
      'missing.md.hbs': 'line one\nline two {{engagement.nothing.here}}\n',
      'slow.md.hbs': each(6),
    });
  });
  after(() => removeFolder(root));

  it('a template that is not UTF-8 is refused with its line, exit 1', () => {
    const run = cxm(['roadmap', 'x.engagement.yaml', '--template', 'latin1.md.hbs'], root);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /not UTF-8 \(line 3, column 5\)/);
  });

  it('{{log}} writes nothing; a runtime error gives the template line', () => {
    const logged = cxm(['roadmap', 'x.engagement.yaml', '--template', 'log.md.hbs'], root);
    assert.equal(logged.code, 0, logged.stderr);
    assert.equal(logged.stdout, 'ok Acme\n');
    assert.doesNotMatch(logged.stderr + logged.stdout, /\u001b/);
    const missing = cxm(['roadmap', 'x.engagement.yaml', '--template', 'missing.md.hbs'], root);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /missing\.md\.hbs:2:\d+/);
  });

  it('a template past its time budget is stopped, the file reported, the exit code 1', () => {
    const run = spawnSync(process.execPath, [CXM, 'roadmap', 'x.engagement.yaml', '--template', 'slow.md.hbs'], {
      cwd: root, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '', CXM_TEMPLATE_TIME_BUDGET_MS: '1500' }, timeout: HANG_GUARD_MS,
    });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /longer than 1\.5 seconds/);
  });
});
