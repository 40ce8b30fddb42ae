/** The one file reader of the hosts: regular files only, non-blocking, bounded, confined when asked. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRegularFile, realFolder } from '../../../src/node/readRegularFile';
import { removeFolder, temporaryFolder } from '../cli/cliHarness';

describe('readRegularFile', () => {
  const posix = process.platform !== 'win32';
  let root: string;
  before(() => {
    root = temporaryFolder({ 'inside/a.txt': 'hello', 'outside.txt': 'secret', 'big.txt': Buffer.alloc(2048, 0x61) });
    if (posix) {
      symlinkSync('../outside.txt', join(root, 'inside/out.txt'));
      symlinkSync('a.txt', join(root, 'inside/in.txt'));
      spawnSync('mkfifo', [join(root, 'inside/fifo')]);
    }
  });
  after(() => removeFolder(root));

  it('reads a regular file, and at most limit + 1 bytes of a larger one', () => {
    const read = readRegularFile(join(root, 'inside/a.txt'), 10);
    assert.equal(read.kind === 'read' && read.bytes.toString(), 'hello');
    assert.equal(readRegularFile(join(root, 'big.txt'), 1024).kind, 'too-large');
    assert.equal(readRegularFile(join(root, 'nothing.txt'), 10).kind, 'missing');
    assert.equal(readRegularFile(root, 10).kind, 'not-a-file');
  });

  it('never waits on a FIFO and never reads a device', function () {
    if (!posix) this.skip();
    assert.equal(readRegularFile(join(root, 'inside/fifo'), 10).kind, 'not-a-file');
    if (existsSync('/dev/zero')) assert.equal(readRegularFile('/dev/zero', 10).kind, 'not-a-file');
  });

  it('confined to a folder, follows a link only when it stays inside', function () {
    if (!posix) this.skip();
    const confinedTo = realFolder(join(root, 'inside'));
    assert.equal(readRegularFile(join(root, 'inside/out.txt'), 10, { confinedTo }).kind, 'outside-folder');
    assert.equal(readRegularFile(join(root, 'inside/in.txt'), 10, { confinedTo }).kind, 'read');
    writeFileSync(join(root, 'inside/late.txt'), 'x');
    assert.equal(readRegularFile(join(root, 'inside/late.txt'), 10, { confinedTo }).kind, 'read');
  });

  it('reads a /proc file that claims size 0 in full, up to the limit', function () {
    if (!existsSync('/proc/self/status')) this.skip();
    const read = readRegularFile('/proc/self/status', 1 << 20);
    assert.ok(read.kind === 'read' && read.bytes.length > 0);
  });
});
