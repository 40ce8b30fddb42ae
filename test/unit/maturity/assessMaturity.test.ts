import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { analyseEngagement } from '../../../src/core/analysis/analyseEngagement';
import { assessMaturity } from '../../../src/core/maturity/assessMaturity';
import { channelMaturityOf, maturityToJson, meanRoundedHalfUp, type MaturityAssessment } from '../../../src/core/maturity/maturityAssessment';
import { normaliseEngagement } from '../../../src/core/model/engagement';
import type { EngagementFile } from '../../../src/core/model/engagementSchema';
import { EngagementFacts } from '../../../src/core/model/facts';
import { DIMENSIONS } from '../../../src/core/model/vocabulary';
import { assessmentArbitrary, engagementFileArbitrary, improvementArbitrary } from './engagementArbitrary';

const fixture = (name: string) => readFileSync(`test/unit/roadmap/fixtures/${name}`, 'utf8');

function assess(file: EngagementFile, lang: 'en' | 'fr' = 'en'): MaturityAssessment {
  const engagement = normaliseEngagement(file);
  return assessMaturity(engagement, new EngagementFacts(engagement), () => undefined, lang);
}

const levels = (m: MaturityAssessment) => Object.fromEntries(m.dimensions.map((d) => [d.id, d.level]));

describe('maturity assessment', () => {
  it('scores the contract example as a consultant would by hand (docs/scoring.md)', () => {
    const analysis = analyseEngagement(fixture('acme.fr.engagement.yaml'));
    assert.ok(analysis.maturity, 'the analysis carries the maturity');
    assert.deepEqual(levels(analysis.maturity), {
      visibility: 1, 'digital-journey': 1, 'channel-integration': 2, 'human-touch': 5, lifecycle: 3,
      mobile: 2, 'data-trust': 1, community: 3, 'employee-tools': 1, organisation: 2,
    });
    assert.deepEqual(analysis.maturity.overall, { level: 2, maturity: 'multichannel' });
  });

  it('serialises to the contract JSON: ten dimensions in table order, positions only for present nodes', () => {
    const analysis = analyseEngagement(fixture('acme.fr.engagement.yaml'));
    const json = maturityToJson(analysis.maturity!);
    assert.deepEqual(Object.keys(json), ['overall', 'dimensions']);
    assert.deepEqual(json.dimensions.map((d) => d.id), [...DIMENSIONS]);
    for (const d of json.dimensions) {
      assert.deepEqual(Object.keys(d), ['id', 'level', 'source', 'evidence']);
      for (const e of d.evidence) assert.ok(Object.keys(e).join() === 'text' || Object.keys(e).join() === 'text,line,column', JSON.stringify(e));
    }
    const visibility = json.dimensions[0]!;
    assert.equal(visibility.source, 'assessed');
    assert.deepEqual(visibility.evidence, [{ text: 'Absent des trois premières pages de recherche.', line: 81, column: 16 }]);
    // `organisation.dataCharter: false` is a node; evidence points at its value.
    const dataTrust = json.dimensions.find((d) => d.id === 'data-trust')!;
    assert.deepEqual(dataTrust.evidence[0], { text: "Aucune charte publiée sur l'usage des données clients.", line: 22, column: 16 });
  });

  it('cites an absence without a position', () => {
    const m = assess({ engagement: { client: 'C' }, change: { stage: 'action' }, channels: [{ id: 'shop', type: 'store' }], segments: [{ id: 's', digitalIntensity: 'traditional' }] });
    const tools = m.dimensions.find((d) => d.id === 'employee-tools')!;
    assert.equal(tools.level, 1);
    assert.equal(tools.evidence[0]!.line, undefined);
    assert.match(tools.evidence[0]!.text, /not documented/);
  });

  it('writes evidence in the analysis language', () => {
    const file: EngagementFile = { engagement: { client: 'C' }, change: { stage: 'action' }, channels: [{ id: 'shop', type: 'store' }], segments: [{ id: 's', digitalIntensity: 'occasional' }] };
    assert.match(assess(file, 'fr').dimensions[0]!.evidence[0]!.text, /introuvable/);
    assert.match(assess(file, 'en').dimensions[0]!.evidence[0]!.text, /cannot be found/);
  });

  it('names the overall maturity from the channel-integration level', () => {
    assert.deepEqual([1, 2, 3, 4, 5].map(channelMaturityOf), ['multichannel', 'multichannel', 'cross-channel', 'cross-channel', 'omnichannel']);
  });

  it('rounds the mean half up', () => {
    assert.equal(meanRoundedHalfUp([2, 3]), 3);
    assert.equal(meanRoundedHalfUp([1, 1, 1, 1, 1, 4, 4, 4, 4, 4]), 3);
    assert.equal(meanRoundedHalfUp([1, 1, 1, 1, 1, 1, 4, 4, 4, 4]), 2);
  });

  it('property: more evidence of integration never lowers a level', () => {
    fc.assert(fc.property(engagementFileArbitrary, fc.array(improvementArbitrary, { minLength: 1, maxLength: 4 }), (file, improvements) => {
      const before = assess(file);
      const improved = structuredClone(file);
      for (const improve of improvements) improve(improved);
      const after = assess(improved);
      for (const [i, d] of before.dimensions.entries()) {
        assert.ok(after.dimensions[i]!.level >= d.level, `${d.id}: ${d.level} -> ${after.dimensions[i]!.level}`);
      }
      assert.ok(after.overall.level >= before.overall.level);
    }), { numRuns: 400 });
  });

  it('property: an absent organisation fact never scores above a documented one', () => {
    fc.assert(fc.property(engagementFileArbitrary, fc.constantFrom('unifiedPnl', 'itMarketingAlignment', 'dataCharter', 'employeeTools', 'customerVoice'), (file, key) => {
      const documented = assess(file);
      const withoutKey = structuredClone(file);
      if (withoutKey.organisation) delete withoutKey.organisation[key as keyof typeof withoutKey.organisation];
      const absent = assess(withoutKey);
      for (const [i, d] of absent.dimensions.entries()) assert.ok(d.level <= documented.dimensions[i]!.level, `${d.id} without ${key}`);
    }), { numRuns: 300 });
  });

  it("property: the consultant's level always wins, with its rationale as evidence", () => {
    fc.assert(fc.property(engagementFileArbitrary, assessmentArbitrary, (file, assessment) => {
      const m = assess({ ...file, assessment });
      for (const d of m.dimensions) {
        const override = assessment[d.id];
        if (!override) { assert.equal(d.source, 'derived'); continue; }
        assert.equal(d.level, override.level);
        assert.equal(d.source, 'assessed');
        if (override.rationale?.trim()) assert.deepEqual(d.evidence.map((e) => e.text), [override.rationale]);
      }
      const integration = m.dimensions.find((d) => d.id === 'channel-integration')!;
      assert.equal(m.overall.maturity, channelMaturityOf(integration.level));
    }), { numRuns: 300 });
  });
});
