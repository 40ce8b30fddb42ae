// The second release's "Scoring, corrected" (docs/scoring.md) and evidence in plain language.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { analyseEngagement } from '../../../src/core/analysis/analyseEngagement';
import { assessMaturity } from '../../../src/core/maturity/assessMaturity';
import type { MaturityAssessment } from '../../../src/core/maturity/maturityAssessment';
import { normaliseEngagement } from '../../../src/core/model/engagement';
import type { EngagementFile } from '../../../src/core/model/engagementSchema';
import { EngagementFacts } from '../../../src/core/model/facts';
import { CAPABILITIES, CHANNEL_TYPES, DIMENSIONS, VISIBILITIES } from '../../../src/core/model/vocabulary';
import { engagementFileArbitrary } from './engagementArbitrary';

function assess(file: EngagementFile, lang: 'en' | 'fr' = 'en'): MaturityAssessment {
  const engagement = normaliseEngagement(structuredClone(file));
  return assessMaturity(engagement, new EngagementFacts(engagement), () => undefined, lang);
}
const level = (m: MaturityAssessment, id: string) => m.dimensions.find((d) => d.id === id)!.level;

const withCritical = (emotion: number): EngagementFile => ({
  engagement: { client: 'C' }, change: { stage: 'action' },
  channels: [{ id: 'shop', type: 'store' }],
  segments: [{ id: 's', digitalIntensity: 'occasional' }],
  journeys: [{ id: 'j', segment: 's', stages: [{ name: 'Buy', steps: [{ channel: 'shop', action: 'Asks', critical: true, emotion }] }] }],
});

describe('scoring, corrected', () => {
  it('human touch: a critical moment lived badly is failed even with a person at hand', () => {
    assert.equal(level(assess(withCritical(0)), 'human-touch'), 4);
    assert.equal(level(assess(withCritical(-1)), 'human-touch'), 1);
    assert.equal(level(assess(withCritical(-2)), 'human-touch'), 1);
    assert.match(assess(withCritical(-2), 'fr').dimensions.find((d) => d.id === 'human-touch')!.evidence[1]!.text, /Moment de vérité raté/);
  });

  it('mobile: a web channel designed for phones counts, up to level 4 without an app', () => {
    const site = (mobileReady: boolean, capabilities: EngagementFile['channels'][number]['capabilities']): EngagementFile => ({
      engagement: { client: 'C' }, change: { stage: 'action' },
      channels: [{ id: 'site', type: 'web', mobileReady, capabilities }], segments: [{ id: 's', digitalIntensity: 'occasional' }],
    });
    assert.equal(level(assess(site(false, ['inform', 'order', 'track'])), 'mobile'), 2);
    assert.equal(level(assess(site(true, ['inform'])), 'mobile'), 3);
    assert.equal(level(assess(site(true, ['inform', 'order', 'track'])), 'mobile'), 4);
  });

  it('overall: never more than one above channel integration', () => {
    const strong: EngagementFile = {
      engagement: { client: 'C' }, change: { stage: 'action' },
      organisation: { unifiedPnl: true, itMarketingAlignment: 'full', dataCharter: true, employeeTools: 'modern', customerVoice: 'engaged' },
      channels: [{ id: 'site', type: 'web', visibility: 'high', capabilities: ['inform', 'compare', 'order', 'pay', 'track', 'support', 'return', 'review'], human: true, owner: 'T' }],
      segments: [{ id: 's', digitalIntensity: 'digital-first', expects: ['order'] }],
    };
    const m = assess(strong);
    assert.equal(level(m, 'channel-integration'), 1);
    assert.equal(m.overall.level, 2);
    fc.assert(fc.property(engagementFileArbitrary, (file) => {
      const a = assess(file);
      assert.ok(a.overall.level <= level(a, 'channel-integration') + 1);
    }), { numRuns: 300 });
  });

  it('every level 1..5 is reachable on every dimension', () => {
    const richer = fc.tuple(engagementFileArbitrary, fc.array(fc.integer({ min: -2, max: 2 }), { minLength: 9, maxLength: 9 }), fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }))
      .map(([file, emotions, ready]) => {
        const f = structuredClone(file);
        let k = 0;
        for (const j of f.journeys ?? []) for (const st of j.stages) for (const step of st.steps) step.emotion = emotions[k++ % 9];
        f.channels.forEach((c, i) => { c.mobileReady = ready[i]; });
        return f;
      });
    const seen = new Map<string, Set<number>>(DIMENSIONS.map((d) => [d, new Set()]));
    for (const file of fc.sample(richer, { numRuns: 6000, seed: 42 })) for (const d of assess(file).dimensions) seen.get(d.id)!.add(d.level);
    for (const [id, levels] of seen) assert.deepEqual([...levels].sort(), [1, 2, 3, 4, 5], id);
    void CAPABILITIES; void CHANNEL_TYPES; void VISIBILITIES;
  });

  it('data trust and employee tools reach level 2', () => {
    const base: EngagementFile = { engagement: { client: 'C' }, change: { stage: 'action' }, channels: [{ id: 'shop', type: 'store', recognizesCustomer: true, sharesHistory: true }], segments: [{ id: 's', digitalIntensity: 'traditional' }] };
    assert.equal(level(assess({ ...base, organisation: { dataCharter: true, itMarketingAlignment: 'none' } }), 'data-trust'), 2);
    assert.equal(level(assess({ ...base, organisation: { employeeTools: 'outdated' } }), 'employee-tools'), 2);
  });
});

describe('maturity evidence in plain language', () => {
  it('French evidence names the client\'s things, never ids or enum words, with French typography', () => {
    const analysis = analyseEngagement(readFileSync('examples/negoce-pme.engagement.yaml', 'utf8'));
    const texts = analysis.maturity!.dimensions.filter((d) => d.source === 'derived').flatMap((d) => d.evidence.map((e) => e.text));
    const all = texts.join('\n');
    for (const word of ['(web)', '(mail)', '(phone)', 'mobile-app', '(none)', 'visibilité low', 'inform,', 'telephone', 'releve-papier', 'organisation.', '(outdated)']) {
      assert.ok(!all.includes(word), `"${word}" in the evidence:\n${all}`);
    }
    assert.match(all, /«\u00a0Site vitrine\u00a0» → «\u00a0Standard des agences\u00a0»/);
    // The file's own words, quoted, are the consultant's; the sentences around them follow French typography.
    assert.doesNotMatch(all.replace(/«[^»]*»/g, '«»'), / [:;%!?]/);
  });

  it('English evidence speaks of web sites and capabilities in words', () => {
    const analysis = analyseEngagement(readFileSync('examples/negoce-pme.engagement.yaml', 'utf8'), { lang: 'en' });
    const all = analysis.maturity!.dimensions.flatMap((d) => d.evidence.map((e) => e.text)).join('\n');
    assert.match(all, /find information and get advice/);
    assert.doesNotMatch(all, /\(web\)|inform, advise/);
  });
});
