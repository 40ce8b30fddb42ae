/**
 * `cxm compare` and `cxm portfolio` as real processes (dist/cxm.js), where the earlier version of a
 * comparison is analysed in a worker thread and portfolio rows come from the analysis workers:
 * they print exactly what the in-process runs print.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { INVALID_ENGAGEMENT, removeFolder, runInProcess, temporaryFolder, VALID_ENGAGEMENT } from '../cli/cliHarness';

const CXM = resolve(__dirname, '../../../cxm.js');

function cxm(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [CXM, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('cxm compare and portfolio as processes', () => {
  let root: string;
  const later = VALID_ENGAGEMENT.replace('    capabilities: [inform]\n', '    capabilities: [inform, order]\n    visibility: high\n');
  before(() => {
    root = temporaryFolder({
      'before.engagement.yaml': VALID_ENGAGEMENT.replace('language: en', 'language: fr'),
      'after.engagement.yaml': later,
      'many/a.engagement.yaml': VALID_ENGAGEMENT,
      'many/b.engagement.yaml': later.replace('client: Acme', 'client: Beta'),
      'many/c.engagement.yaml': INVALID_ENGAGEMENT,
      'many/d.engagement.yaml': later.replace('client: Acme', 'client: Delta').replace('stage: contemplation', 'stage: action'),
    });
  });
  after(() => removeFolder(root));

  it('compare prints what the in-process run prints, in the after file\'s language', async () => {
    for (const format of ['json', 'markdown', 'text']) {
      const child = cxm(['compare', 'before.engagement.yaml', 'after.engagement.yaml', '--format', format], root);
      const inProcess = await runInProcess(['compare', 'before.engagement.yaml', 'after.engagement.yaml', '--format', format], root);
      assert.equal(child.code, 0, child.stderr);
      assert.equal(child.stdout, inProcess.stdout, format);
    }
    const json = JSON.parse(cxm(['compare', 'before.engagement.yaml', 'after.engagement.yaml', '--format', 'json'], root).stdout);
    // The before file is French; the report speaks the after file's English, messages included.
    assert.ok(json.diagnostics.fixed.length > 0);
    for (const d of json.diagnostics.fixed) assert.doesNotMatch(d.message, /[àéèù]|\u00a0/, d.message);
  });

  it('portfolio on worker threads prints what the in-process run prints', async () => {
    for (const args of [['--format', 'json'], ['--format', 'html', '--by', 'stage'], ['--redact', '--format', 'markdown']]) {
      const child = cxm(['portfolio', 'many', ...args], root);
      const inProcess = await runInProcess(['portfolio', 'many', ...args], root);
      assert.equal(child.code, 0, child.stderr);
      assert.equal(child.stdout, inProcess.stdout, args.join(' '));
    }
  });
});
