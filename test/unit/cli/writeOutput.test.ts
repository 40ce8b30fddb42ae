import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { outputPathInFolder, resolveOutputTarget, writeFileAtomically } from '../../../src/cli/writeOutput';
import { removeFolder, temporaryFolder } from './cliHarness';

describe('cxm output writing', () => {
  let root: string;
  beforeEach(() => (root = temporaryFolder({ 'existing.md': 'keep me', 'folder/placeholder': '' })));
  afterEach(() => removeFolder(root));

  it('writes a new file, creating its folders, and leaves no temporary file', () => {
    const path = join(root, 'new', 'deep', 'roadmap.md');
    assert.deepEqual(writeFileAtomically(path, 'text', false), { kind: 'written' });
    assert.equal(readFileSync(path, 'utf8'), 'text');
    assert.deepEqual(readdirSync(join(root, 'new', 'deep')), ['roadmap.md']);
  });

  it('never replaces an existing file without force', () => {
    const path = join(root, 'existing.md');
    assert.deepEqual(writeFileAtomically(path, 'new', false), { kind: 'exists' });
    assert.equal(readFileSync(path, 'utf8'), 'keep me');
    assert.deepEqual(writeFileAtomically(path, 'new', true), { kind: 'written' });
    assert.equal(readFileSync(path, 'utf8'), 'new');
    assert.deepEqual(readdirSync(root).sort(), ['existing.md', 'folder']);
  });

  it('reports a failure instead of throwing', () => {
    const outcome = writeFileAtomically(join(root, 'existing.md', 'below'), 'x', true);
    assert.equal(outcome.kind, 'failed');
  });

  it('decides between stdout, a file and a folder', () => {
    assert.deepEqual(resolveOutputTarget(undefined, 3, root, 'en'), { kind: 'stdout' });
    assert.deepEqual(resolveOutputTarget('out.md', 1, root, 'en'), { kind: 'file', path: join(root, 'out.md') });
    assert.deepEqual(resolveOutputTarget('out', 2, root, 'en'), { kind: 'folder', path: join(root, 'out') });
    assert.deepEqual(resolveOutputTarget('out/', 1, root, 'en'), { kind: 'folder', path: join(root, 'out') });
    assert.deepEqual(resolveOutputTarget('folder', 1, root, 'en'), { kind: 'folder', path: join(root, 'folder') });
    assert.equal(resolveOutputTarget('existing.md', 2, root, 'en').kind, 'bad-usage');
  });

  it('names outputs after their input, with a number when two inputs share a name', () => {
    const used = new Set<string>();
    const input = (absolutePath: string) => ({ path: absolutePath, absolutePath, missing: false });
    assert.equal(outputPathInFolder('/out', input('/a/acme.engagement.yaml'), '.roadmap.md', used), '/out/acme.roadmap.md');
    assert.equal(outputPathInFolder('/out', input('/b/acme.engagement.yml'), '.roadmap.md', used), '/out/acme-2.roadmap.md');
    assert.equal(outputPathInFolder('/out', input('/c/notes.yaml'), '.roadmap.md', used), '/out/notes.roadmap.md');
  });
});
