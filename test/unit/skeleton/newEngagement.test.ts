import assert from 'node:assert/strict';
import { analyseEngagement } from '../../../src/core/analysis/analyseEngagement';
import { CHANGE_STAGES, LANGUAGES } from '../../../src/core/model/vocabulary';
import { engagementSkeleton, skeletonFileName } from '../../../src/core/skeleton/newEngagement';

describe('New Engagement skeleton', () => {
  for (const language of LANGUAGES) {
    for (const stage of CHANGE_STAGES) {
      it(`is a valid engagement (${language}, ${stage}) with one channel, segment and journey`, () => {
        const text = engagementSkeleton({ client: 'Acme « Distribution »: "test" # not a comment', language, stage, date: '2026-12-01' });
        const analysis = analyseEngagement(text);
        assert.deepEqual(analysis.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message), []);
        const engagement = analysis.engagement!;
        assert.equal(engagement.engagement.client, 'Acme « Distribution »: "test" # not a comment');
        assert.equal(engagement.engagement.language, language);
        assert.equal(engagement.change.stage, stage);
        assert.equal(engagement.channels.length, 1);
        assert.equal(engagement.segments.length, 1);
        assert.equal(engagement.journeys.length, 1);
        assert.ok(!analysis.diagnostics.some((d) => d.code === 'unknown-key'));
      });
    }
  }

  it('comments in the chosen language', () => {
    assert.match(engagementSkeleton({ client: 'A', language: 'fr', stage: 'action' }), /# Mission de maturité CX pour A/);
    assert.match(engagementSkeleton({ client: 'A', language: 'en', stage: 'action' }), /# CX maturity engagement for A/);
  });

  it('keeps a hostile name as text, on one line', () => {
    const text = engagementSkeleton({ client: 'X\n  __proto__: y\nchange: {}', language: 'en', stage: 'action' });
    const analysis = analyseEngagement(text);
    assert.equal(analysis.ok, true);
    assert.equal(analysis.engagement!.engagement.client, 'X __proto__: y change: {}');
  });

  it('names the file after the client', () => {
    assert.equal(skeletonFileName('Négoce Dupont & Fils'), 'negoce-dupont-fils.engagement.yaml');
    assert.equal(skeletonFileName('***'), 'client.engagement.yaml');
  });
});
