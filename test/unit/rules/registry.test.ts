// The rule registry is the one place a rule is written: every code has one file and one record, and
// the severity table, SARIF's rules and the committed rules pages are what the registry derives.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatSarifReport } from '../../../src/cli/output/sarifReport';
import { DIAGNOSTIC_SEVERITIES } from '../../../src/core/diagnostics/diagnostic';
import { LANGUAGES } from '../../../src/core/model/vocabulary';
import { RULE_FAMILIES } from '../../../src/core/rules/rule';
import { RULES, ruleOf } from '../../../src/core/rules/registry';
import { renderRulesPage, rulesPageFile } from '../../../src/core/rules/rulesPage';
import { ruleSection } from '../../../src/extension/ruleDocs/ruleSection';

const ROOT = join(__dirname, '..', '..', '..', '..');
const RULES_FOLDER = join(ROOT, 'src', 'core', 'rules');
const camel = (code: string) => code.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

describe('rule registry (src/core/rules)', () => {
  it('has one record per code, codes unique, each in its own file under its family folder', () => {
    const codes = RULES.map((rule) => rule.code);
    assert.equal(new Set(codes).size, codes.length);
    assert.ok(codes.length >= 33, `${codes.length} rules`);
    const files = RULE_FAMILIES.flatMap((family) => {
      let names: string[] = [];
      try { names = readdirSync(join(RULES_FOLDER, family)); } catch { /* a family with no rule yet */ }
      return names.filter((name) => name.endsWith('.ts')).map((name) => `${family}/${name}`);
    });
    assert.deepEqual(files.sort(), RULES.map((rule) => `${rule.family}/${camel(rule.code)}.ts`).sort());
    for (const rule of RULES) {
      const source = readFileSync(join(RULES_FOLDER, rule.family, `${camel(rule.code)}.ts`), 'utf8');
      assert.match(source, new RegExp(`code: '${rule.code}'`), `${rule.code} is defined in its own file`);
    }
  });

  it('derives the severity table and the lookup', () => {
    assert.deepEqual(DIAGNOSTIC_SEVERITIES, Object.fromEntries(RULES.map((rule) => [rule.code, rule.severity])));
    assert.equal(DIAGNOSTIC_SEVERITIES['continuity-break'], 'warning');
    assert.equal(DIAGNOSTIC_SEVERITIES['yaml-syntax'], 'error');
    assert.equal(DIAGNOSTIC_SEVERITIES['channel-unused'], 'info');
    assert.equal(ruleOf('continuity-break')?.family, 'cx');
    assert.equal(ruleOf('no-such-code'), undefined);
    assert.equal(ruleOf('__proto__'), undefined);
  });

  it('holds, for every rule, a summary, messages in every language and a page in every language', () => {
    for (const rule of RULES) {
      assert.ok(rule.summary.length > 10 && !rule.summary.includes('\n'), `${rule.code} summary`);
      for (const [name, message] of Object.entries(rule.messages)) {
        for (const lang of LANGUAGES) assert.equal(typeof message[lang], 'function', `${rule.code}.${name}.${lang}`);
      }
      for (const lang of LANGUAGES) assert.ok(rule.page[lang].length > 40, `${rule.code} page in ${lang}`);
      assert.notEqual(rule.page.fr, rule.page.en, `${rule.code} has a French page of its own`);
    }
  });

  it('the CX, reference, plan and coverage rules carry their check; reading, schema and file rules are raised by record', () => {
    for (const rule of RULES) {
      const checked = ['cx', 'references', 'plan', 'coverage'].includes(rule.family);
      assert.equal(typeof rule.check === 'function', checked, rule.code);
    }
  });

  it('derives SARIF tool.driver.rules: every rule once, in registry order, with its summary and level', () => {
    const sarif = JSON.parse(formatSarifReport([], '1', '/work')) as { runs: { tool: { driver: { rules: { id: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }[] } } }[] };
    const rules = sarif.runs[0]!.tool.driver.rules;
    assert.deepEqual(rules.map((r) => r.id), RULES.map((rule) => rule.code));
    const level = { error: 'error', warning: 'warning', info: 'note' } as const;
    rules.forEach((r, i) => {
      assert.equal(r.shortDescription.text, RULES[i]!.summary);
      assert.equal(r.defaultConfiguration.level, level[RULES[i]!.severity]);
    });
  });

  for (const lang of LANGUAGES) {
    it(`docs/${rulesPageFile(lang)} is exactly what the registry generates (run npm run docs:rules)`, () => {
      const committed = readFileSync(join(ROOT, 'docs', rulesPageFile(lang)), 'utf8');
      assert.equal(committed, renderRulesPage(lang), `docs/${rulesPageFile(lang)} differs from the registry: run npm run docs:rules`);
    });

    it(`the generated ${rulesPageFile(lang)} has a section for every rule that the extension's panel finds`, () => {
      const page = renderRulesPage(lang);
      for (const rule of RULES) {
        const section = ruleSection(page, rule.code);
        assert.ok(section?.startsWith(`## ${rule.code}\n`), `${rule.code} in ${lang}`);
        assert.ok(section!.includes(rule.page[lang].trim().split('\n').pop()!), `${rule.code}'s whole page in ${lang}`);
      }
    });
  }

  it('the drift test can fail: a page from a changed record differs', () => {
    const changed = RULES.map((rule) => (rule.code === 'continuity-break' ? { ...rule, severity: 'info' as const } : rule));
    assert.notEqual(renderRulesPage('en', changed), renderRulesPage('en'));
  });
});
