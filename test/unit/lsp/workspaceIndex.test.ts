// The workspace index of `cxm lsp` on its own: bounded, confined to its folders, lazy.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MAX_FILES, WorkspaceIndex } from '../../../src/lsp/workspaceIndex';
import { ENGAGEMENT } from '../language/languageHarness';

describe('cxm lsp workspace index', () => {
  let root: string;
  beforeEach(() => { root = realpathSync(mkdtempSync(join(tmpdir(), 'cxm-index-'))); });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('indexes at most MAX_FILES files, and says it left some out', () => {
    for (let i = 0; i <= MAX_FILES + 1; i++) writeFileSync(join(root, `f${String(i).padStart(4, '0')}.engagement.yaml`), 'engagement:\n  client: X\n');
    const index = new WorkspaceIndex([pathToFileURL(root).href]);
    assert.equal(index.outlines(new Set()).length, MAX_FILES);
    assert.equal(index.truncated, true);
  });

  it('follows a link to a file inside the folder, never a directory link, and leaves open files to the editor', () => {
    mkdirSync(join(root, 'real'));
    writeFileSync(join(root, 'real', 'a.engagement.yaml'), ENGAGEMENT);
    symlinkSync(join(root, 'real', 'a.engagement.yaml'), join(root, 'alias.engagement.yaml'));
    symlinkSync(join(root, 'real'), join(root, 'loop'));
    const index = new WorkspaceIndex([pathToFileURL(root).href, 'untitled:Untitled-1']);
    const found = index.outlines(new Set()).map((file) => file.uri.slice(pathToFileURL(root).href.length + 1)).sort();
    assert.deepEqual(found, ['alias.engagement.yaml', 'real/a.engagement.yaml']);
    assert.ok(index.outlines(new Set()).every((file) => file.outline.entities.length > 0));
    assert.equal(index.outlines(new Set([join(root, 'real', 'a.engagement.yaml')])).length, 1, 'an open file is left to the editor');
  });
});
