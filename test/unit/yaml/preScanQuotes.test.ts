/**
 * The pre-scan finds each closing quote once however many lines a quoted scalar spans (it used to
 * search to the closing quote again from every line: 20 s for 9 MB); what it counts must not change:
 * brackets inside quotes never, brackets after the closing quote always, escaped quotes skipped.
 */
import * as assert from 'node:assert/strict';
import { preScan } from '../../../src/core/yaml/preScan';

const deep = '['.repeat(70);

describe('pre-scan over quoted scalars spanning lines', () => {
  it('never counts brackets inside a multi-line quoted scalar, however long', () => {
    for (const [open, close, inner] of [['"', '"', `it's \\" ${deep}`], ["'", "'", `say "${deep}" it''s`]] as const) {
      const lines = Array.from({ length: 2000 }, (_, i) => `  line ${i} ${inner}`).join('\n');
      assert.equal(preScan(`x-notes: ${open}\n${lines}${close}\nengagement:\n  client: X\n`), undefined, open);
    }
  });

  it('counts the brackets after the closing quote, and after a second quoted scalar', () => {
    const first = `x-a: "one\n  ${deep} \\"\n  two"\n`;
    const second = `x-b: 'three\n  ${deep} ''\n  four'\n`;
    assert.equal(preScan(first + second), undefined);
    const after = preScan(`${first}${second}x-c: ${deep}\n`);
    assert.equal(after?.kind, 'too-deep');
    assert.ok(after!.start > (first + second).length, `at ${after!.start}`);
    // A quote searched for in an earlier line and found later stays right when the scan reaches it.
    const mixed = `x-a: "a ' b\n  c ' d"\nx-b: 'e " f\n  g'\nx-c: "${deep}"\nx-d: [${deep}]\n`;
    assert.equal(preScan(mixed)?.kind, 'too-deep');
    assert.ok(preScan(mixed)!.start > mixed.indexOf('x-d'));
  });
});
