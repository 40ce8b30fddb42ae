// `cxm roadmap --format json`: the contract's second version, v1 fields kept, on the examples.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyseEngagement } from '../../../src/core/analysis/analyseEngagement';
import { roadmapToJson } from '../../../src/core/roadmap/roadmap';

const V1_FIELDS = ['id', 'title', 'dimension', 'stage', 'source', 'horizon', 'owner', 'kpi', 'barriers', 'evidence'];
const V2_FIELDS = ['why', 'effort', 'impact', 'priority', 'quickWin', 'dependsOn', 'segments', 'fixes', 'processes', 'kpis', 'status'];

describe('roadmap JSON', () => {
  it('has the contract shape: summary, alerts, dated phases, backlog; every initiative with the v1 and v2 fields', () => {
    const analysis = analyseEngagement(readFileSync('test/unit/roadmap/fixtures/northwind.en.engagement.yaml', 'utf8'));
    const json = roadmapToJson(analysis.roadmap!);
    assert.deepEqual(Object.keys(json), ['stage', 'summary', 'alerts', 'phases', 'backlog']);
    for (const m of json.summary) assert.deepEqual(Object.keys(m), ['id', 'text', 'evidence']);
    for (const phase of json.phases) {
      assert.deepEqual(Object.keys(phase), ['id', 'title', 'window', 'initiatives']);
      assert.deepEqual(Object.keys(phase.window), ['startMonth', 'endMonth']);
      for (const i of [...phase.initiatives, ...json.backlog]) {
        const keys = Object.keys(i).filter((k) => k !== 'targetLevel');
        assert.deepEqual(keys, [...V1_FIELDS, ...V2_FIELDS]);
        for (const k of i.kpis) assert.deepEqual(Object.keys(k), ['name', 'baseline', 'target', 'due']);
      }
    }
    const consultant = json.phases.flatMap((p) => p.initiatives).find((i) => i.id === 'rep-tablets')!;
    assert.equal(consultant.source, 'consultant');
    assert.equal(consultant.stage, 'action', 'horizon next from preparation');
    assert.deepEqual(consultant.evidence[0], { text: 'Tablets with the customer history for field reps', line: 99, column: 5 });
    assert.equal(consultant.owner, 'Sales director');
    assert.equal(consultant.status, 'planned');
  });

  it('reads the French board plan of the wholesaler in denial: visibility and the failed moments first, real owners', () => {
    const analysis = analyseEngagement(readFileSync('examples/negoce-pme.engagement.yaml', 'utf8'));
    const json = roadmapToJson(analysis.roadmap!);
    const first = json.phases[0]!;
    assert.equal(first.id, 'precontemplation');
    assert.deepEqual(first.window, { startMonth: 0, endMonth: 2 });
    const firstIds = first.initiatives.map((i) => i.id);
    assert.ok(firstIds.includes('awareness-session') && firstIds.includes('referencement-local') && firstIds.includes('guaranteed-callback'), firstIds.join());
    assert.ok(first.initiatives.filter((i) => i.quickWin).length >= 2);
    const all = json.phases.flatMap((p) => p.initiatives);
    assert.ok(all.length <= 25 && json.phases.every((p) => p.initiatives.length <= 6));
    assert.ok(all.findIndex((i) => i.id === 'data-charter') > all.findIndex((i) => i.id === 'referencement-local'), 'visibility before the data charter');
    // The file's consultant initiatives replace the generated ones with the same aim: no duplicate.
    for (const gone of ['local-listings', 'measure-digital-intensity', 'stock-prices-online', 'sales-force-credited']) assert.ok(!all.some((i) => i.id === gone), gone);
    const owners = new Set(all.map((i) => i.owner));
    for (const invented of ['Direction digitale', 'DRH', 'Délégué à la protection des données']) assert.ok(!owners.has(invented), invented);
    const fixed = new Set(all.flatMap((i) => i.fixes));
    for (const ref of ['depannage-urgent/0/1', 'depannage-urgent/2/0', 'chantier-logements/2/0']) assert.ok(fixed.has(ref), ref);
    const text = JSON.stringify(json);
    assert.doesNotMatch(text, /\(généré\)|\(ligne \d+\)| : /);
  });

  it('a file with a dependency cycle is refused as for any error', () => {
    const analysis = analyseEngagement(readFileSync('examples/broken/plan-mistakes.engagement.yaml', 'utf8'));
    assert.equal(analysis.ok, false);
    assert.ok(analysis.diagnostics.some((d) => d.code === 'dependency-cycle'));
  });
});
