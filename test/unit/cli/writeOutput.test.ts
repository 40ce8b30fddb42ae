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

  it('writes chunks one after the other, from an array or from a source made as it is written', () => {
    const chunks = ['<svg>', 'é'.repeat(70_000), '\u2212', '</svg>\n'];
    const fromArray = join(root, 'array.svg');
    assert.deepEqual(writeFileAtomically(fromArray, chunks, false), { kind: 'written' });
    assert.equal(readFileSync(fromArray, 'utf8'), chunks.join(''));
    const fromSource = join(root, 'source.svg');
    assert.deepEqual(writeFileAtomically(fromSource, { write: (sink) => chunks.forEach((chunk) => sink(chunk)) }, false), { kind: 'written' });
    assert.deepEqual(readFileSync(fromSource), Buffer.from(chunks.join(''), 'utf8'));
    assert.deepEqual(readdirSync(root).sort(), ['array.svg', 'existing.md', 'folder', 'source.svg']);
  });

  it('refuses an existing file without force before making any chunk, and replaces it with force', () => {
    const path = join(root, 'existing.md');
    let made = 0;
    const source = { write: (sink: (chunk: string) => void) => { made++; sink('new '); sink('text'); } };
    assert.deepEqual(writeFileAtomically(path, source, false), { kind: 'exists' });
    assert.equal(made, 0);
    assert.equal(readFileSync(path, 'utf8'), 'keep me');
    assert.deepEqual(writeFileAtomically(path, source, true), { kind: 'written' });
    assert.equal(readFileSync(path, 'utf8'), 'new text');
    assert.deepEqual(readdirSync(root).sort(), ['existing.md', 'folder']);
  });

  it('leaves the old file and no temporary file when a chunk source fails half way', () => {
    const path = join(root, 'existing.md');
    const failing = { write: (sink: (chunk: string) => void) => { sink('half a document'); throw new Error('drawing failed'); } };
    const outcome = writeFileAtomically(path, failing, true);
    assert.equal(outcome.kind, 'failed');
    assert.match((outcome as { reason: string }).reason, /drawing failed/);
    assert.equal(readFileSync(path, 'utf8'), 'keep me');
    assert.deepEqual(readdirSync(root).sort(), ['existing.md', 'folder']);
    assert.equal(writeFileAtomically(join(root, 'fresh.svg'), failing, false).kind, 'failed');
    assert.deepEqual(readdirSync(root).sort(), ['existing.md', 'folder']);
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
