// The real `cxm` analyses several files on worker threads: the output must be exactly what the
// in-thread analysis prints, in input order, with a hostile file reported in its place.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { INVALID_ENGAGEMENT, VALID_ENGAGEMENT, removeFolder, runInProcess, temporaryFolder } from './cliHarness';

const CXM = resolve(__dirname, '../../../cxm.js');

describe('cxm on worker threads', () => {
  let root: string;
  before(() => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 7; i++) files[`f${i}.engagement.yaml`] = VALID_ENGAGEMENT.replace('client: Acme', `client: Client ${i}`);
    files['f3.engagement.yaml'] = INVALID_ENGAGEMENT;
    files['f5.engagement.yaml'] = `engagement: ${'['.repeat(3000)}\n`;
    root = temporaryFolder(files);
  });
  after(() => removeFolder(root));

  it('prints what the in-thread analysis prints, file by file, in sorted order', async () => {
    const parallel = spawnSync(process.execPath, [CXM, 'validate', '.', '--format', 'json'], { cwd: root, encoding: 'utf8' });
    const inThread = await runInProcess(['validate', '.', '--format', 'json'], root);
    assert.equal(parallel.status, 1);
    assert.equal(parallel.stdout, inThread.stdout);
    const paths = (JSON.parse(parallel.stdout) as { files: Array<{ path: string }> }).files.map((f) => f.path);
    assert.deepEqual(paths, [...paths].sort());
    assert.equal(paths.length, 7);
  });

  it('renders the documents of the valid files and refuses the others', () => {
    const run = spawnSync(process.execPath, [CXM, 'assess', '.', '--format', 'json'], { cwd: root, encoding: 'utf8' });
    assert.equal(run.status, 1);
    const clients = run.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { dimensions: unknown[] }).dimensions.length);
    assert.deepEqual(clients, [10, 10, 10, 10, 10]);
    assert.match(run.stderr, /f3\.engagement\.yaml/);
    assert.match(run.stderr, /f5\.engagement\.yaml/);
  });
});
