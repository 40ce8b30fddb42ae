/** Real runs of the built `dist/cxm.js` in a child process: exit codes, globs, folders, files written. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { INVALID_ENGAGEMENT, removeFolder, temporaryFolder, VALID_ENGAGEMENT } from './cliHarness';

// This test is bundled to dist/test/unit/cli/, next to which the build writes dist/cxm.js.
const CXM = resolve(__dirname, '../../../cxm.js');

function cxm(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [CXM, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('cxm as a process (dist/cxm.js)', () => {
  let root: string;
  before(() => {
    root = temporaryFolder({
      'a/one.engagement.yaml': VALID_ENGAGEMENT,
      'a/two.engagement.yml': VALID_ENGAGEMENT,
      'b/three.engagement.yaml': VALID_ENGAGEMENT,
      'b/broken.engagement.yaml': INVALID_ENGAGEMENT,
      'b/hostile.engagement.yaml': `a: &a [${'x,'.repeat(50)}]\nb: &b [${'*a,'.repeat(50)}]\nc: [${'*b,'.repeat(50)}]\n`,
      'b/node_modules/skip.engagement.yaml': INVALID_ENGAGEMENT,
    });
  });
  after(() => removeFolder(root));

  it('starts with a shebang', () => {
    assert.match(readFileSync(CXM, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });

  it('exits 0 on valid files, expanding a quoted glob itself', () => {
    const run = cxm(['validate', 'a/*.engagement.{yaml,yml}'], root);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^2 files: 0 errors, /m);
  });

  it('exits 1 when a folder holds errors, and reports the hostile file next to the others', () => {
    const run = cxm(['validate', 'b', '--format', 'json'], root);
    assert.equal(run.code, 1);
    const files = JSON.parse(run.stdout).files as { path: string; diagnostics: { severity: string; code: string }[] }[];
    assert.deepEqual(files.map((f) => f.path), ['b/broken.engagement.yaml', 'b/hostile.engagement.yaml', 'b/three.engagement.yaml']);
    assert.ok(files[1]!.diagnostics.some((d) => d.severity === 'error'));
    assert.ok(files[2]!.diagnostics.every((d) => d.severity !== 'error'));
  });

  it('exits 1 with file-not-found for a named missing file', () => {
    const run = cxm(['validate', 'a/missing.engagement.yaml'], root);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^a\/missing\.engagement\.yaml:1:1: error file-not-found: /);
  });

  it('exits 2 on bad usage, with a reason and the usage on stderr', () => {
    for (const args of [['validate', 'nothing/*.yaml'], ['validate'], ['validate', 'a', '--format', 'xml'], ['explode']]) {
      const run = cxm(args, root);
      assert.equal(run.code, 2, args.join(' '));
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /^cxm.*: .+\nUsage: cxm /);
    }
  });

  it('never reads a device named as an input', function () {
    if (process.platform === 'win32') this.skip();
    const run = cxm(['validate', '/dev/zero', 'a/one.engagement.yaml'], root);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^\/dev\/zero:1:1: error file-unreadable: /m);
  });

  it('refuses to overwrite an --out file without --force (exit 1), replaces it with --force', () => {
    const out = join(root, 'map.svg');
    writeFileSync(out, 'mine');
    const refused = cxm(['journey', 'a/one.engagement.yaml', '--format', 'svg', '--out', 'map.svg'], root);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /map\.svg already exists/);
    assert.equal(readFileSync(out, 'utf8'), 'mine');
    const forced = cxm(['journey', 'a/one.engagement.yaml', '--format', 'svg', '--out', 'map.svg', '--force'], root);
    assert.equal(forced.code, 0, forced.stderr);
    assert.match(readFileSync(out, 'utf8'), /^<svg/);
  });

  it('writes each journey map drawn in a worker thread (several files) exactly as drawn alone', () => {
    const alone = cxm(['journey', 'a/one.engagement.yaml', '--format', 'html', '--out', 'alone/one.html', '--force'], root);
    assert.equal(alone.code, 0, alone.stderr);
    const batch = cxm(['journey', 'a/one.engagement.yaml', 'b/three.engagement.yaml', '--format', 'html', '--out', 'batch', '--force'], root);
    assert.equal(batch.code, 0, batch.stderr);
    const expected = readFileSync(join(root, 'alone/one.html'), 'utf8');
    assert.match(expected, /^<!DOCTYPE html>[^]*<\/html>\n$/);
    assert.equal(readFileSync(join(root, 'batch/one.journey.html'), 'utf8'), expected);
    assert.equal(readFileSync(join(root, 'batch/three.journey.html'), 'utf8'), expected);
  });

  it('prints its version', () => {
    const run = cxm(['--version'], root);
    assert.equal(run.code, 0);
    assert.equal(run.stdout.trim(), JSON.parse(readFileSync(resolve(__dirname, '../../../../package.json'), 'utf8')).version);
  });
});
