// One localisation mechanism: the core's texts are `Localized` entries read through
// src/core/i18n/localized.ts (`localize`, `textsIn`), the hosts' own texts are tables keyed by the
// language (or vscode.l10n for VS Code's UI); no module compares a language with a literal to
// choose its words. Read from the sources, like the import rules.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..', '..');
const CORE = join(ROOT, 'src', 'core');
const MECHANISM = join('src', 'core', 'i18n', 'localized.ts');

/** Every TypeScript source of the product: the core, every host and the webview. */
const sources = ['src', 'webview'].flatMap((folder) =>
  readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(folder, name)));
/** A comparison of something with a language literal: `lang === 'fr'`, `'en' !== x`, `== "fr"`. */
const COMPARISON = /[!=]==?\s*['"`](en|fr)['"`]|['"`](en|fr)['"`]\s*[!=]==?/;

function comparisonsIn(text: string): string[] {
  return text.split('\n').filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line) && COMPARISON.test(line));
}

describe('architecture: one localisation mechanism', () => {
  it('reads the sources it checks (the rule can fail)', () => {
    assert.ok(sources.filter((file) => file.startsWith(join('src', 'core'))).length > 150);
    assert.ok(sources.some((file) => file.startsWith(join('src', 'cli'))) && sources.some((file) => file.startsWith(join('src', 'extension'))));
    assert.deepEqual(comparisonsIn("  return lang === 'fr' ? a : b;\n// lang === 'fr' in a comment\nconst x = 'en' !== lang;"), ["  return lang === 'fr' ? a : b;", "const x = 'en' !== lang;"]);
    assert.match(readFileSync(join(CORE, 'i18n', 'localized.ts'), 'utf8'), /export function localize/);
  });

  it('no module of src or webview compares a language with a literal to choose its words', () => {
    const found: string[] = [];
    for (const file of sources) {
      if (file === MECHANISM) continue;
      found.push(...comparisonsIn(readFileSync(join(ROOT, file), 'utf8')).map((line) => `${file}: ${line.trim()}`));
    }
    assert.deepEqual(found, [], 'read the text through a Localized entry (src/core/i18n/localized.ts) or a table keyed by the language instead');
  });
});
