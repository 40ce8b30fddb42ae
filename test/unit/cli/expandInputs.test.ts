import * as assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { expandInputs } from '../../../src/cli/expandInputs';
import { removeFolder, temporaryFolder } from './cliHarness';

describe('cxm input expansion', () => {
  let root: string;
  beforeEach(() => {
    root = temporaryFolder({
      'b.engagement.yaml': '',
      'a.engagement.yml': '',
      'notes.yaml': '',
      'clients/z.engagement.yaml': '',
      'clients/deep/y.engagement.yaml': '',
      'clients/.archive/x.engagement.yaml': '',
      'node_modules/pkg/w.engagement.yaml': '',
      '.git/v.engagement.yaml': '',
    });
  });
  afterEach(() => removeFolder(root));

  const paths = (args: string[]) => expandInputs(args, root).files.map((file) => file.path);

  it('searches folders recursively, skipping node_modules and dot-folders, in sorted path order', () => {
    assert.deepEqual(paths(['.']), [
      'a.engagement.yml', 'b.engagement.yaml', 'clients/deep/y.engagement.yaml', 'clients/z.engagement.yaml',
    ]);
  });

  it('expands *, **, ? and braces itself', () => {
    assert.deepEqual(paths(['*.engagement.y?ml']), ['b.engagement.yaml']);
    assert.deepEqual(paths(['**/*.engagement.yaml']), [
      'b.engagement.yaml', 'clients/deep/y.engagement.yaml', 'clients/z.engagement.yaml',
    ]);
    assert.deepEqual(paths(['{a,b}.engagement.{yml,yaml}']), ['a.engagement.yml', 'b.engagement.yaml']);
    assert.deepEqual(paths(['clients/**/y.*']), ['clients/deep/y.engagement.yaml']);
  });

  it('takes a named file whatever its name, and lists each file once', () => {
    assert.deepEqual(paths(['notes.yaml', './notes.yaml', join(root, 'notes.yaml')]), ['notes.yaml']);
    assert.deepEqual(paths(['clients/.archive/x.engagement.yaml']), ['clients/.archive/x.engagement.yaml']);
  });

  it('prints absolute arguments absolute and relative ones relative to the working directory', () => {
    const absolute = join(root, 'clients');
    assert.deepEqual(paths([absolute]), [`${absolute}/deep/y.engagement.yaml`, `${absolute}/z.engagement.yaml`]);
    assert.deepEqual(expandInputs(['../b.engagement.yaml'], join(root, 'clients')).files.map((f) => f.path), ['../b.engagement.yaml']);
  });

  it('marks a named file that does not exist as missing, in its sorted place', () => {
    const { files, unmatched } = expandInputs(['c-missing.engagement.yaml', 'b.engagement.yaml'], root);
    assert.deepEqual(files.map((f) => [f.path, f.missing]), [['b.engagement.yaml', false], ['c-missing.engagement.yaml', true]]);
    assert.deepEqual(unmatched, []);
  });

  it('reports folders and globs that match nothing', () => {
    const { files, unmatched } = expandInputs(['nothing/*.yaml', 'node_modules/pkg/*.md', 'b.engagement.yaml'], root);
    assert.deepEqual(files.map((f) => f.path), ['b.engagement.yaml']);
    assert.deepEqual(unmatched, ['nothing/*.yaml', 'node_modules/pkg/*.md']);
  });

  it('does not follow a symbolic link cycle', () => {
    symlinkSync(root, join(root, 'clients', 'loop'));
    assert.deepEqual(paths(['clients']), ['clients/deep/y.engagement.yaml', 'clients/z.engagement.yaml']);
  });
});
