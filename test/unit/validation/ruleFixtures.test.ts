// Every diagnostic code fires where its fixture says, with the exact range, and stays quiet on its
// near-miss fixture. Fixtures are YAML files; the expectations are data in their header comments.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseEngagement } from '../../../src/core/analysis/analyseEngagement';

const FIXTURES = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'rules');

interface Expectation { code: string; ranges: string[]; none: boolean }

function expectationsOf(text: string): Expectation {
  const ranges: string[] = [];
  let code = '';
  let none = false;
  for (const line of text.split('\n')) {
    const fires = /^# expect: (\S+) (\d+:\d+-\d+:\d+)/.exec(line);
    const quiet = /^# expect-none: (\S+)/.exec(line);
    if (fires) {
      code = fires[1]!;
      ranges.push(fires[2]!);
    } else if (quiet) {
      code = quiet[1]!;
      none = true;
    }
  }
  return { code, ranges, none };
}

describe('rule fixtures', () => {
  const files = readdirSync(FIXTURES).filter((name) => name.endsWith('.engagement.yaml')).sort();

  it('covers every code a file can produce, firing and quiet', () => {
    assert.ok(files.length >= 40, `only ${files.length} fixtures`);
  });

  for (const file of files) {
    it(file, () => {
      const text = readFileSync(join(FIXTURES, file), 'utf8');
      const expected = expectationsOf(text);
      assert.ok(expected.code, 'the fixture names its code');
      const actual = analyseEngagement(text).diagnostics
        .filter((d) => d.code === expected.code)
        .map((d) => `${d.range.line}:${d.range.column}-${d.range.endLine}:${d.range.endColumn}`);
      if (expected.none) assert.deepEqual(actual, [], `${expected.code} must stay quiet`);
      else assert.deepEqual(actual, expected.ranges);
    });
  }
});
