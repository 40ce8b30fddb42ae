import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyseEngagement } from '../../../src/core/analysis/analyseEngagement';
import { formatAssessmentText } from '../../../src/core/maturity/formatAssessmentText';
import { formatMaturityMarkdown } from '../../../src/core/maturity/formatMaturityMarkdown';

const acme = () => readFileSync('test/unit/roadmap/fixtures/acme.fr.engagement.yaml', 'utf8');

describe('human-readable maturity', () => {
  it('prints the cxm assess text: overall, then each dimension with its evidence and line', () => {
    const text = formatAssessmentText(analyseEngagement(acme()));
    const lines = text.split('\n');
    assert.equal(lines[0], 'Acme Distribution : niveau global 2/5, multicanal');
    assert.match(lines[1]!, /^ {2}Visibilité en ligne +1\/5 {2}évalué {2}\[visibility\]$/);
    assert.equal(lines[2], '      - Absent des trois premières pages de recherche. (ligne 81)');
    assert.equal(text.match(/\[[a-z-]+\]$/gm)?.length, 10);
  });

  it('follows --lang', () => {
    const text = formatAssessmentText(analyseEngagement(acme(), { lang: 'en' }));
    assert.match(text, /^Acme Distribution: overall level 2\/5, multichannel\n {2}Online visibility +1\/5 {2}assessed/);
  });

  it('escapes user text in the Show Maturity page', () => {
    const hostile = acme().replace('client: Acme Distribution', "client: '<img src=x onerror=alert(1)> *x*'");
    const page = formatMaturityMarkdown(analyseEngagement(hostile));
    assert.match(page, /^# Maturité — \\<img src=x onerror=alert\(1\)\\> \\\*x\\\*$/m);
    assert.match(page, /\| Visibilité en ligne \| 1\/5 ●○○○○ \| évalué \|/);
  });

  it('prints nothing to assess when the schema failed', () => {
    assert.equal(formatAssessmentText(analyseEngagement('engagement: {}\n')), '');
  });
});
