// Writes docs/rules.md and docs/rules.fr.md from the rule registry (src/core/rules): run by
// `npm run build` and `npm run docs:rules`. Usage: node emitRulesPages.cjs <docs folder>
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '../core/model/vocabulary';
import { renderRulesPage, rulesPageFile } from '../core/rules/rulesPage';

const folder = process.argv[2];
if (!folder) throw new Error('usage: emitRulesPages <docs folder>');
for (const lang of LANGUAGES) writeFileSync(join(folder, rulesPageFile(lang)), renderRulesPage(lang));
