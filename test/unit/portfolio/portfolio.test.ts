/**
 * `cxm portfolio`: statistics recomputed here, independently, from `cxm assess` results; groups;
 * skipped files; and redaction checked on every format by looking for every string of the inputs.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  BARRIER_TYPES, CAPABILITIES, CHANGE_STAGES, CHANNEL_MATURITIES, CHANNEL_TYPES, DIGITAL_INTENSITIES, DIMENSIONS, HORIZONS, SIZES, VISIBILITIES,
} from '../../../src/core/model/vocabulary';
import { removeFolder, runInProcess, temporaryFolder } from '../cli/cliHarness';

interface Variant { file: string; client: string; sector: string; size: string; stage: string; visibility: string; shares: boolean; assessed?: number; intensity: string }

const VARIANTS: Variant[] = [
  { file: 'zebulon-widgets', client: 'Zebulon Widgets SA', sector: 'Quincaillerie Zébulon', size: 'sme', stage: 'contemplation', visibility: 'low', shares: false, intensity: 'multichannel' },
  { file: 'acme/north', client: 'Acme Nord', sector: 'Négoce Nordique', size: 'midcap', stage: 'action', visibility: 'high', shares: true, intensity: 'digital-first' },
  { file: 'acme/south', client: 'Acme Sud', sector: 'Négoce Nordique', size: 'midcap', stage: 'preparation', visibility: 'medium', shares: true, assessed: 4, intensity: 'occasional' },
  { file: 'beta', client: 'Beta Matériaux', sector: 'Matériaux Bêta', size: 'large', stage: 'precontemplation', visibility: 'none', shares: false, assessed: 2, intensity: 'traditional' },
  { file: 'gamma', client: 'Gamma & Fils <b>', sector: 'Quincaillerie Zébulon', size: 'sme', stage: 'contemplation', visibility: 'high', shares: false, intensity: 'multichannel' },
];

function engagementText(v: Variant): string {
  return `engagement:
  client: "${v.client}"
  title: Titre confidentiel de ${v.file}
  sector: ${v.sector}
  size: ${v.size}
  date: 2026-0${VARIANTS.indexOf(v) + 1}-15
  consultants: [Consultante Secrète ${VARIANTS.indexOf(v)}]
  language: en
change:
  stage: ${v.stage}
  evidence: Preuve confidentielle ${v.file}
  barriers:
    - type: fear
      who: Équipe cachée ${v.file}
      note: Note privée ${v.file}
organisation:
  unifiedPnl: ${v.shares}
channels:
  - id: branch
    name: Agence secrète ${v.file}
    type: store
    owner: Propriétaire ${v.file}
    capabilities: [inform, order, support]
    recognizesCustomer: true
  - id: site
    name: Site caché ${v.file}
    type: web
    capabilities: [inform${v.shares ? ', order, track' : ''}]
    visibility: ${v.visibility}
    sharesHistory: ${v.shares}
    recognizesCustomer: ${v.shares}
segments:
  - id: artisans
    name: Segment privé ${v.file}
    share: 60
    digitalIntensity: ${v.intensity}
    expects: [order]
journeys:
  - id: reorder
    name: Parcours privé ${v.file}
    segment: artisans
    stages:
      - name: Étape privée ${v.file}
        steps:
          - channel: site
            action: Action privée ${v.file}
            emotion: ${v.shares ? 1 : -1}
            pain: Douleur privée ${v.file}
          - channel: branch
            action: Achète en agence ${v.file}
            capability: order
            critical: true
            emotion: 0
      - name: Après-vente ${v.file}
        steps:
          - channel: site
            action: Suit la commande ${v.file}
${v.assessed ? `assessment:\n  community:\n    level: ${v.assessed}\n    rationale: Justification secrète ${v.file}\n` : ''}initiatives:
  - id: init-${VARIANTS.indexOf(v)}
    title: Initiative privée ${v.file}
    dimension: visibility
    owner: Chef secret ${v.file}
    kpi: Indicateur secret ${v.file}
`;
}

const BROKEN = `engagement:
  client: Client Cassé Secret
  sector: Secteur Cassé
change:
  stage: action
channels:
  - id: site
    type: web
segments:
  - id: pros
    digitalIntensity: occasional
    prefers: [canal-inconnu-secret]
`;

/** Type 7 quantiles, written from the definition (1-based ranks), independently of the product's code. */
function type7(values: number[], p: number): number {
  const x = [...values].sort((a, b) => a - b);
  const h = (x.length - 1) * p + 1;
  const lo = Math.floor(h);
  const value = lo >= x.length ? x[x.length - 1]! : x[lo - 1]! + (h - lo) * (x[lo]! - x[lo - 1]!);
  return Math.round(value * 100) / 100;
}

describe('cxm portfolio', () => {
  let root: string;
  const files: Record<string, string> = Object.fromEntries([
    ...VARIANTS.map((v) => [`clients/${v.file}.engagement.yaml`, engagementText(v)]),
    ['clients/broken-secret.engagement.yaml', BROKEN],
  ]);
  beforeEach(() => { root = temporaryFolder(files); });
  afterEach(() => removeFolder(root));

  it('computes the distributions, percentiles and counts that the assess results give', async () => {
    const run = await runInProcess(['portfolio', 'clients', '--format', 'json'], root);
    assert.equal(run.code, 0, run.stderr);
    const report = JSON.parse(run.stdout);
    const valid = Object.keys(files).filter((path) => !path.includes('broken')).sort();
    const assessed: { overall: { level: number; maturity: string }; dimensions: { id: string; level: number }[] }[] = [];
    for (const path of valid) {
      const one = await runInProcess(['assess', path, '--format', 'json'], root);
      assert.equal(one.code, 0, one.stderr);
      assessed.push(JSON.parse(one.stdout));
    }
    assert.equal(report.count, valid.length);
    assert.deepEqual(report.engagements.map((e: { ref: string }) => e.ref), valid);
    assert.deepEqual(report.dimensions.map((d: { id: string }) => d.id), [...DIMENSIONS]);
    for (const [d, id] of DIMENSIONS.entries()) {
      const levels = assessed.map((a) => a.dimensions.find((x) => x.id === id)!.level);
      const got = report.dimensions[d];
      assert.deepEqual(
        [got.min, got.q1, got.median, got.q3, got.max, got.mean],
        [Math.min(...levels), type7(levels, 0.25), type7(levels, 0.5), type7(levels, 0.75), Math.max(...levels), Math.round((levels.reduce((a, b) => a + b, 0) / levels.length) * 100) / 100],
        id,
      );
      report.engagements.forEach((e: { levels: Record<string, number>; percentiles: Record<string, number> }, i: number) => {
        assert.equal(e.levels[id], levels[i]);
        const below = levels.filter((l) => l < levels[i]!).length;
        const equal = levels.filter((l) => l === levels[i]).length;
        assert.equal(e.percentiles[id], Math.round((100 * (below + equal / 2)) / levels.length), `${id} percentile of ${i}`);
      });
    }
    const overall = assessed.map((a) => a.overall.level);
    assert.deepEqual(report.overall.level, { min: Math.min(...overall), q1: type7(overall, 0.25), median: type7(overall, 0.5), q3: type7(overall, 0.75), max: Math.max(...overall) });
    for (const maturity of CHANNEL_MATURITIES) assert.equal(report.overall.maturity[maturity], assessed.filter((a) => a.overall.maturity === maturity).length);
    assert.deepEqual(report.stages, { precontemplation: 1, contemplation: 2, preparation: 1, action: 1, maintenance: 0 });
    assert.deepEqual(report.skipped.map((s: { path: string }) => s.path), ['clients/broken-secret.engagement.yaml']);
    assert.match(report.skipped[0].reason, /^unknown-ref: /);
    for (const finding of report.commonFindings) {
      assert.ok(finding.files >= 1 && finding.files <= valid.length);
      assert.equal(finding.share, Math.round((finding.files / valid.length) * 1000) / 1000);
    }
    const counts = report.commonFindings.map((f: { files: number }) => f.files);
    assert.deepEqual(counts, [...counts].sort((a: number, b: number) => b - a));
  });

  it('groups by sector, size, stage and digital intensity', async () => {
    const bySize = JSON.parse((await runInProcess(['portfolio', 'clients', '--format', 'json', '--by', 'size'], root)).stdout);
    assert.deepEqual(bySize.groups.map((g: { value: string; count: number }) => [g.value, g.count]), [['sme', 2], ['midcap', 2], ['large', 1]]);
    assert.ok(bySize.groups.every((g: { by: string; dimensions: unknown[] }) => g.by === 'size' && g.dimensions.length === 10));
    const bySector = JSON.parse((await runInProcess(['portfolio', 'clients', '--format', 'json', '--by', 'sector'], root)).stdout);
    assert.deepEqual(bySector.groups.map((g: { value: string; count: number }) => [g.value, g.count]), [['Matériaux Bêta', 1], ['Négoce Nordique', 2], ['Quincaillerie Zébulon', 2]]);
    const byIntensity = JSON.parse((await runInProcess(['portfolio', 'clients', '--format', 'json', '--by', 'intensity'], root)).stdout);
    assert.deepEqual(byIntensity.groups.map((g: { value: string }) => g.value), ['traditional', 'occasional', 'multichannel', 'digital-first']);
    const bad = await runInProcess(['portfolio', 'clients', '--by', 'colour'], root);
    assert.equal(bad.code, 2);
  });

  it('--redact leaves no string of the input files in any format, and codes clients in sorted path order', async () => {
    const secrets = new Set<string>();
    const vocabulary = new Set<string>([
      ...SIZES, ...CHANGE_STAGES, ...BARRIER_TYPES, ...CHANNEL_TYPES, ...CAPABILITIES, ...VISIBILITIES, ...DIGITAL_INTENSITIES, ...HORIZONS, ...DIMENSIONS,
      'en', 'fr', 'true', 'false',
    ]);
    const collect = (value: unknown): void => {
      if (typeof value === 'string') {
        if (!vocabulary.has(value)) secrets.add(value);
      } else if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') for (const item of Object.values(value)) collect(item);
    };
    for (const [path, text] of Object.entries(files)) {
      collect(parse(text));
      const name = path.split('/').pop()!.replace('.engagement.yaml', '');
      secrets.add(name);
    }
    // Words that are also ids of the fixtures and common English words in the report's own text.
    for (const generic of ['branch', 'site', 'artisans', 'reorder', 'pros']) secrets.delete(generic);
    assert.ok(secrets.size > 60, `${secrets.size} strings collected`);
    // The check can fail: without --redact the same search finds the clients.
    const plain = await runInProcess(['portfolio', 'clients', '--by', 'sector', '--format', 'json'], root);
    assert.ok([...secrets].filter((secret) => plain.stdout.includes(secret)).length >= 10);
    for (const by of ['sector', 'size', 'stage', 'intensity']) {
      for (const format of ['text', 'json', 'markdown', 'html']) {
        const run = await runInProcess(['portfolio', 'clients', '--redact', '--by', by, '--format', format, '--out', `out-${by}.${format}`], root);
        assert.equal(run.code, 0, run.stderr);
        const written = readFileSync(join(root, `out-${by}.${format}`), 'utf8');
        for (const outputs of [written, run.stdout, run.stderr]) {
          for (const secret of secrets) {
            assert.ok(!outputs.includes(secret), `${format} --by ${by} shows "${secret}"`);
            const escaped = secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
            assert.ok(!outputs.includes(escaped), `${format} --by ${by} shows "${escaped}"`);
          }
        }
      }
    }
    const json = JSON.parse(readFileSync(join(root, 'out-sector.json'), 'utf8'));
    // sorted paths: acme/north, acme/south, beta, broken-secret (skipped), gamma, zebulon-widgets
    assert.deepEqual(json.engagements.map((e: { ref: string }) => e.ref), ['client-001', 'client-002', 'client-003', 'client-005', 'client-006']);
    assert.deepEqual(json.engagements.map((e: { client: string }) => e.client), ['client-001', 'client-002', 'client-003', 'client-005', 'client-006']);
    assert.deepEqual(json.skipped, [{ path: 'client-004', reason: 'unknown-ref' }]);
    assert.ok(json.engagements.every((e: { date: unknown; sector: string }) => e.date === null && /^sector-\d\d$/.test(e.sector)));
    assert.deepEqual(json.groups.map((g: { value: string }) => g.value), ['sector-01', 'sector-02', 'sector-03']);
  });

  it('speaks French with French typography', async () => {
    for (const format of ['text', 'markdown', 'html']) {
      const run = await runInProcess(['portfolio', 'clients', '--lang', 'fr', '--by', 'stage', '--format', format], root);
      assert.equal(run.code, 0);
      assert.match(run.stdout, /Comparatif du portefeuille\u00a0: 5 engagements/);
      assert.match(run.stdout, /\d\u00a0%/);
      assert.match(run.stdout, /précontemplation/);
      // Labels never put an ordinary space before a colon or a percent sign (client texts aside).
      const labels = run.stdout.replace(/Gamma[^\n<|]*|Quincaillerie[^\n<|]*|Négoce[^\n<|]*|Matériaux[^\n<|]*/g, '');
      assert.doesNotMatch(labels, / [:%]/, format);
    }
  });

  it('prints an HTML page with one box plot per dimension, and never fails on files with errors', async () => {
    const run = await runInProcess(['portfolio', 'clients', '--format', 'html'], root);
    assert.equal(run.code, 0);
    assert.equal((run.stdout.match(/<rect class="box"/g) ?? []).length, 10);
    assert.doesNotMatch(run.stdout, /<script|<b>/);
    assert.match(run.stdout, /Gamma &amp; Fils &lt;b&gt;/);
    const onlyBroken = await runInProcess(['portfolio', 'clients/broken-secret.engagement.yaml', '--format', 'json'], root);
    assert.equal(onlyBroken.code, 0);
    assert.equal(JSON.parse(onlyBroken.stdout).count, 0);
  });
});

describe('portfolio position (for a roadmap summary)', () => {
  it('cites only quartiles and counts, never another client', async () => {
    const { PortfolioBuilder } = await import('../../../src/core/portfolio/portfolioReport');
    const { portfolioPosition } = await import('../../../src/core/portfolio/portfolioPosition');
    const builder = new PortfolioBuilder();
    for (let i = 0; i < 10; i++) {
      builder.add(`c${i}.engagement.yaml`, {
        client: `Other Client ${i}`, stage: 'action', overall: 2, maturity: 'multichannel',
        levels: DIMENSIONS.map((_, d) => (d === 0 ? 1 + (i % 5) : 3)), findings: [],
      });
    }
    const report = builder.finish();
    const lowest = portfolioPosition(report, 'c0.engagement.yaml', 'en');
    assert.deepEqual(lowest.map((p) => p.text), ['Online visibility: in the bottom quartile of 10 engagements']);
    const fr = portfolioPosition(report, 'c4.engagement.yaml', 'fr');
    assert.deepEqual(fr.map((p) => p.text), ['Visibilité en ligne\u00a0: dans le quart supérieur de 10 engagements']);
    for (const p of [...lowest, ...fr]) assert.doesNotMatch(p.text, /Other Client/);
    assert.deepEqual(portfolioPosition(report, 'c0.engagement.yaml', 'en', 20), [], 'too few engagements to say');
  });
});
