/** `cxm compare` in-process: files, git revisions in a temporary repository, formats, exit codes. */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INVALID_ENGAGEMENT, removeFolder, runInProcess, temporaryFolder, VALID_ENGAGEMENT } from '../cli/cliHarness';

const HOSTILE = '<img src=x onerror=alert(1)> & "quotes" | pipes * _';
const IMPROVED = VALID_ENGAGEMENT
  .replace('    capabilities: [inform]\n', '    capabilities: [inform, order]\n    visibility: high\n')
  .replace('            emotion: -1', '            emotion: 1')
  .replace('client: Acme', 'client: Acme')
  .replace('            action: Buys in store', `            action: "${HOSTILE.replace(/"/g, '\\"')}"`);

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'pipe' });
}

describe('cxm compare', () => {
  let root: string;
  beforeEach(() => {
    root = temporaryFolder({ 'clients/acme.engagement.yaml': VALID_ENGAGEMENT, 'after.engagement.yaml': IMPROVED, 'broken.engagement.yaml': INVALID_ENGAGEMENT });
  });
  afterEach(() => removeFolder(root));

  it('compares two files and prints the contract JSON', async () => {
    const run = await runInProcess(['compare', 'clients/acme.engagement.yaml', 'after.engagement.yaml', '--format', 'json'], root);
    assert.equal(run.code, 0, run.stderr);
    const json = JSON.parse(run.stdout);
    assert.deepEqual(json.before, { path: 'clients/acme.engagement.yaml', client: 'Acme', date: null });
    const visibility = json.dimensions.find((d: { id: string }) => d.id === 'visibility');
    assert.ok(visibility.delta > 0, JSON.stringify(visibility));
    assert.ok(json.diagnostics.fixed.some((d: { code: string }) => d.code === 'invisible-online'));
    const look = json.journeys[0].steps.find((s: { before: string }) => s.before === 'order/0/0');
    assert.deepEqual([look.status, look.emotionBefore, look.emotionAfter, look.matchedBy], ['changed', -1, 1, 'id']);
  });

  it('reads <revision>:<path> from git in a temporary repository', async () => {
    git(root, 'init', '-q');
    git(root, 'add', 'clients/acme.engagement.yaml');
    git(root, 'commit', '-qm', 'first assessment');
    execFileSync('cp', [join(root, 'after.engagement.yaml'), join(root, 'clients/acme.engagement.yaml')]);
    git(root, 'commit', '-qam', 'second assessment');
    const run = await runInProcess(['compare', 'HEAD~1:clients/acme.engagement.yaml', 'clients/acme.engagement.yaml', '--format', 'json'], root);
    assert.equal(run.code, 0, run.stderr);
    const json = JSON.parse(run.stdout);
    assert.equal(json.before.path, 'HEAD~1:clients/acme.engagement.yaml');
    assert.ok(json.dimensions.find((d: { id: string }) => d.id === 'visibility').delta > 0);
    // both sides from git
    const both = await runInProcess(['compare', 'HEAD~1:clients/acme.engagement.yaml', 'HEAD:clients/acme.engagement.yaml', '--format', 'json'], root);
    assert.equal(both.code, 0, both.stderr);
    assert.deepEqual(JSON.parse(both.stdout).dimensions, json.dimensions);
  });

  it('decodes a revision read from git as it decodes a file: UTF-8 or UTF-16 with a byte-order mark', async () => {
    const encodings: Array<[string, Buffer]> = [
      ['utf8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(IMPROVED, 'utf8')])],
      ['utf16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(IMPROVED, 'utf16le')])],
      ['utf16be', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(IMPROVED, 'utf16le').swap16()])],
    ];
    git(root, 'init', '-q');
    for (const [name, bytes] of encodings) writeFileSync(join(root, `${name}.engagement.yaml`), bytes);
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'encodings');
    const expected = await runInProcess(['compare', 'clients/acme.engagement.yaml', 'after.engagement.yaml', '--format', 'json'], root);
    assert.equal(expected.code, 0, expected.stderr);
    const dimensions = JSON.parse(expected.stdout).dimensions;
    for (const [name] of encodings) {
      // The same bytes through the file path and through git give the same comparison.
      const fromFile = await runInProcess(['compare', 'clients/acme.engagement.yaml', `${name}.engagement.yaml`, '--format', 'json'], root);
      const fromGit = await runInProcess(['compare', 'clients/acme.engagement.yaml', `HEAD:${name}.engagement.yaml`, '--format', 'json'], root);
      assert.equal(fromGit.code, 0, `${name}: ${fromGit.stderr}`);
      assert.equal(fromGit.stderr, '', name);
      assert.deepEqual(JSON.parse(fromGit.stdout).dimensions, dimensions, name);
      assert.deepEqual(JSON.parse(fromGit.stdout).journeys, JSON.parse(fromFile.stdout).journeys, name);
      // The revision as the "before" side too.
      const reversed = await runInProcess(['compare', `HEAD:${name}.engagement.yaml`, `${name}.engagement.yaml`, '--format', 'json'], root);
      assert.equal(reversed.code, 0, `${name}: ${reversed.stderr}`);
      assert.ok(JSON.parse(reversed.stdout).dimensions.every((d: { delta: number }) => d.delta === 0), name);
    }
  });

  it('says clearly that a revision or path is unknown (exit 1), and refuses a wrong number of inputs (exit 2)', async () => {
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'one');
    const badRev = await runInProcess(['compare', 'nosuchrev:clients/acme.engagement.yaml', 'after.engagement.yaml'], root);
    assert.equal(badRev.code, 1);
    assert.match(badRev.stderr, /nosuchrev:clients\/acme\.engagement\.yaml:1:1: error file-not-found: Cannot read nosuchrev:clients\/acme\.engagement\.yaml from git: /);
    const badPath = await runInProcess(['compare', 'HEAD:nowhere.engagement.yaml', 'after.engagement.yaml'], root);
    assert.equal(badPath.code, 1);
    assert.match(badPath.stderr, /from git: .*nowhere\.engagement\.yaml/);
    const optionLike = await runInProcess(['compare', '--', '--output=x:y', 'after.engagement.yaml'], root);
    assert.equal(optionLike.code, 1);
    const one = await runInProcess(['compare', 'after.engagement.yaml'], root);
    assert.equal(one.code, 2);
    assert.match(one.stderr, /exactly two inputs/);
    const missing = await runInProcess(['compare', 'nothing.engagement.yaml', 'after.engagement.yaml'], root);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /file-not-found/);
  });

  it('exits 1 and prints the errors as validate does when a side has errors', async () => {
    const run = await runInProcess(['compare', 'broken.engagement.yaml', 'after.engagement.yaml'], root);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /^broken\.engagement\.yaml:\d+:\d+: error schema-required: /m);
    assert.equal(run.stdout, '');
  });

  it('writes Markdown for a pull request and HTML with both radars and curves, every user string escaped', async () => {
    const md = await runInProcess(['compare', 'clients/acme.engagement.yaml', 'after.engagement.yaml', '--format', 'markdown'], root);
    assert.equal(md.code, 0, md.stderr);
    assert.match(md.stdout, /\| Dimension \| Before \| After \| Change \|/);
    assert.match(md.stdout, /\| Online visibility \| \d \| \d \| \+\d ▲ \|/);
    assert.match(md.stdout, /#### Fixed \(\d+\)/);
    assert.match(md.stdout, /#### Moments of truth/);
    assert.doesNotMatch(md.stdout, /<img/);
    const out = await runInProcess(['compare', 'clients/acme.engagement.yaml', 'after.engagement.yaml', '--format', 'html', '--out', 'report.html'], root);
    assert.equal(out.code, 0, out.stderr);
    const html = readFileSync(join(root, 'report.html'), 'utf8');
    assert.match(html, /<polygon class="before" data-curve="before"/);
    assert.match(html, /<polygon class="after" data-curve="after"/);
    assert.match(html, /<g data-curve="before">.*<polyline/s);
    assert.match(html, /<g data-curve="after">.*<polyline/s);
    assert.doesNotMatch(html, /<script|<img|onerror=alert\(1\)>|src=["']?http/i);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt; &amp;/);
    const again = await runInProcess(['compare', 'clients/acme.engagement.yaml', 'after.engagement.yaml', '--format', 'html', '--out', 'report.html'], root);
    assert.equal(again.code, 1, 'an existing file is not replaced without --force');
  });

  it('speaks the after file\'s language unless --lang says otherwise', async () => {
    const french = IMPROVED.replace('language: en', 'language: fr');
    const root2 = temporaryFolder({ 'a.engagement.yaml': VALID_ENGAGEMENT, 'b.engagement.yaml': french });
    try {
      const fr = await runInProcess(['compare', 'a.engagement.yaml', 'b.engagement.yaml'], root2);
      assert.match(fr.stdout, /^Progrès\u00a0: Acme$/m);
      assert.match(fr.stdout, /Niveau global\u00a0: /);
      const en = await runInProcess(['compare', 'a.engagement.yaml', 'b.engagement.yaml', '--lang', 'en'], root2);
      assert.match(en.stdout, /^Progress: Acme$/m);
    } finally {
      removeFolder(root2);
    }
  });
});
