// One localisation mechanism in the core: texts are `Localized` entries read through
// src/core/i18n/localized.ts (`localize`, `textsIn`); no module compares a language with a literal
// to choose its words. Read from the sources, like the import rules.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..', '..');
const CORE = join(ROOT, 'src', 'core');
const MECHANISM = join('i18n', 'localized.ts');

/** Modules that may still choose words with a language flag: none (the roadmap document's sentences are entries too). */
const FLAGGED: Record<string, number> = {};

const sources = readdirSync(CORE, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
/** A comparison of something with a language literal: `lang === 'fr'`, `'en' !== x`, `== "fr"`. */
const COMPARISON = /[!=]==?\s*['"`](en|fr)['"`]|['"`](en|fr)['"`]\s*[!=]==?/;

function comparisonsIn(text: string): string[] {
  return text.split('\n').filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line) && COMPARISON.test(line));
}

describe('architecture: one localisation mechanism in the core', () => {
  it('reads the sources it checks (the rule can fail)', () => {
    assert.ok(sources.length > 150);
    assert.deepEqual(comparisonsIn("  return lang === 'fr' ? a : b;\n// lang === 'fr' in a comment\nconst x = 'en' !== lang;"), ["  return lang === 'fr' ? a : b;", "const x = 'en' !== lang;"]);
    assert.match(readFileSync(join(CORE, MECHANISM), 'utf8'), /export function localize/);
  });

  it('no module of src/core compares a language with a literal, but for the flags listed (and only as many)', () => {
    const found: string[] = [];
    for (const file of sources) {
      if (file === MECHANISM) continue;
      const lines = comparisonsIn(readFileSync(join(CORE, file), 'utf8'));
      const allowed = FLAGGED[file] ?? 0;
      if (lines.length > allowed) found.push(...lines.map((line) => `${file}: ${line.trim()}`));
    }
    assert.deepEqual(found, [], 'read the text through a Localized entry (src/core/i18n/localized.ts) instead');
  });

  it('the listed flags are still there (remove a file from the list once it no longer needs one)', () => {
    for (const [file, count] of Object.entries(FLAGGED)) {
      assert.equal(comparisonsIn(readFileSync(join(CORE, file), 'utf8')).length, count, file);
    }
  });
});
