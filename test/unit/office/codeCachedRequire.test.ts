import * as assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeCachedRequire } from '../../../src/officeRenderer/codeCachedRequire';
import { removeFolder, temporaryFolder } from '../cli/cliHarness';

const DIST = join(__dirname, '..', '..', '..', '..', 'dist');

// A module that uses every name Node's CommonJS wrapper gives it.
const MODULE = `
const { basename } = require('node:path');
exports.early = 1;
module.exports.file = basename(__filename);
module.exports.folder = basename(__dirname);
module.exports.self = this === exports;
module.exports.twice = (n) => n * 2;
`;

describe('codeCachedRequire (the Office renderer loaded with a V8 code cache)', () => {
  let root: string;
  beforeEach(() => { root = temporaryFolder({ 'sub/mod.js': MODULE }); });
  afterEach(() => removeFolder(root));

  it('runs a CommonJS file as require would: exports, require, module, __filename, __dirname, this', () => {
    const loaded = codeCachedRequire(join(root, 'sub', 'mod.js'), undefined, require);
    const exports = loaded.exports as { early: number; file: string; folder: string; self: boolean; twice: (n: number) => number };
    assert.deepEqual({ early: exports.early, file: exports.file, folder: exports.folder, self: exports.self }, { early: 1, file: 'mod.js', folder: 'sub', self: true });
    assert.equal(exports.twice(21), 42);
    assert.equal(loaded.cacheUsed, false);
  });

  it('takes a cache made after a run, and loads without one that is missing, corrupt or for another source', () => {
    // Each load from its own file: V8 answers a second compile of the same file from its in-memory
    // cache without looking at the code cache given.
    const copy = (name: string, source = MODULE) => { writeFileSync(join(root, 'sub', name), source); return join(root, 'sub', name); };
    const first = codeCachedRequire(join(root, 'sub', 'mod.js'), undefined, require);
    (first.exports as { twice: (n: number) => number }).twice(1);
    writeFileSync(join(root, 'good.cache'), first.script.createCachedData());
    const cached = codeCachedRequire(copy('a.js'), join(root, 'good.cache'), require);
    assert.equal(cached.cacheUsed, true);
    assert.equal((cached.exports as { twice: (n: number) => number }).twice(4), 8);

    writeFileSync(join(root, 'bad.cache'), Buffer.from('not a V8 code cache at all, only some bytes'));
    const corrupt = codeCachedRequire(copy('b.js'), join(root, 'bad.cache'), require);
    assert.equal(corrupt.cacheUsed, false);
    assert.equal((corrupt.exports as { twice: (n: number) => number }).twice(5), 10);

    const changed = codeCachedRequire(copy('c.js', MODULE + '\nmodule.exports.changed = true;\n'), join(root, 'good.cache'), require);
    assert.equal(changed.cacheUsed, false, 'a cache of another source is rejected');
    assert.equal((changed.exports as { changed: boolean }).changed, true);

    const missing = codeCachedRequire(copy('d.js'), join(root, 'no.cache'), require);
    assert.equal(missing.cacheUsed, false);
  });

  it('the build wrote dist/officeRenderer.cache, and this Node accepts it for dist/officeRenderer.js', () => {
    assert.ok(existsSync(join(DIST, 'officeRenderer.cache')));
    const loaded = codeCachedRequire(join(DIST, 'officeRenderer.js'), join(DIST, 'officeRenderer.cache'), require);
    assert.equal(loaded.cacheUsed, true);
    assert.equal(typeof (loaded.exports as { renderOffice: unknown }).renderOffice, 'function');
  });
});
