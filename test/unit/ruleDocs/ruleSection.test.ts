import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIAGNOSTIC_SEVERITIES } from '../../../src/core/diagnostics/diagnostic';
import { ruleSection, rulesPageName } from '../../../src/extension/ruleDocs/ruleSection';

const DOCS = join(__dirname, '..', '..', '..', '..', 'docs');
const page = (language: 'en' | 'fr') => readFileSync(join(DOCS, rulesPageName(language)), 'utf8');

describe('rule pages (docs/rules.md, docs/rules.fr.md)', () => {
  const documented = Object.keys(DIAGNOSTIC_SEVERITIES).filter((code) => ruleSection(page('en'), code) !== undefined);

  it('documents every code of the first release and target-without-current, in English and in French', () => {
    const required = ['yaml-syntax', 'yaml-limit', 'schema-enum', 'unknown-ref', 'continuity-break', 'critical-without-person',
      'stops-at-purchase', 'segment-without-journey', 'channel-unused', 'too-many-diagnostics', 'target-without-current'];
    for (const code of required) {
      assert.ok(documented.includes(code), `${code} in rules.md`);
      assert.ok(ruleSection(page('fr'), code), `${code} in rules.fr.md`);
    }
    for (const code of documented) assert.ok(ruleSection(page('fr'), code), `${code} has a French section`);
  });

  it('cuts one section: its heading to the next, YAML comments inside examples kept', () => {
    const section = ruleSection(page('en'), 'yaml-syntax')!;
    assert.match(section, /^## yaml-syntax\n/);
    assert.match(section, /# wrong/);
    assert.doesNotMatch(section, /## yaml-limit/);
    const french = ruleSection(page('fr'), 'continuity-break')!;
    assert.match(french, /Rupture de continuité/);
    assert.doesNotMatch(french, /critical-without-person\n/);
    assert.equal(ruleSection(page('en'), 'no-such-code'), undefined);
  });

  it('French pages follow French typography (no-break space before the colon, outside code)', () => {
    const prose = page('fr').split(/```[\s\S]*?```/).join('').replace(/`[^`]*`/g, '');
    assert.doesNotMatch(prose, / :\s/);
    assert.doesNotMatch(prose, / [;?!]/);
  });
});
