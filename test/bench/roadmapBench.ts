// Roadmap figures (issue 4): assessment + roadmap of a 1 MB engagement against that file's
// validation time (target ≤ 5%, issue 7), and the CLI's roadmap code path rendering 100 engagements of
// 100 KB in one process (target < 6 s on 2 cores), with built-in templates compiled once.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { analyseEngagement } from '../../src/core/analysis/analyseEngagement';
import { EngagementFacts } from '../../src/core/model/facts';
import { assessAndPlan, valueLocator } from '../../src/core/roadmap/assessAndPlan';
import { buildRoadmapDocument } from '../../src/core/roadmapDocument/buildRoadmapDocument';
import { renderRoadmap } from '../../src/core/templates/renderRoadmap';
import { LineIndex } from '../../src/core/yaml/lineIndex';
import { generateEngagement } from './generateEngagement';
import { compare, kb, measure, ms } from './measure';

export function runRoadmapBench(): void {
  console.log('\n== Maturity + roadmap of a 1 MB engagement vs its validation (target ≤ 5%) ==');
  const text = generateEngagement(1_000_000, 11);
  const validated = analyseEngagement(text, { validateOnly: true });
  const engagement = validated.engagement;
  if (!engagement) throw new Error('the generated engagement did not pass the schema');
  const locate = valueLocator(parseDocument(text), new LineIndex(text));
  let initiatives = 0;
  const result = compare(
    () => analyseEngagement(text, { validateOnly: true }),
    () => {
      const { roadmap } = assessAndPlan(engagement, new EngagementFacts(engagement), locate, validated.language);
      initiatives = roadmap.phases.reduce((n, p) => n + p.initiatives.length, 0);
    },
    9,
  );
  console.log(
    `validate ${ms(result.a.median)}   assess + plan ${ms(result.b.median)}   ratio ${(result.ratio * 100).toFixed(1)}%` +
    `   (${kb(text.length)}, ${engagement.channels.length} channels, ${engagement.journeys.length} journeys, ${initiatives} initiatives, medians of 9)`,
  );
  const full = compare(() => analyseEngagement(text, { validateOnly: true }), () => analyseEngagement(text), 5);
  console.log(`whole analysis for the views (maturity, roadmap, entity locations) vs validation only: ${ms(full.b.median)} vs ${ms(full.a.median)}   (+${((full.ratio - 1) * 100).toFixed(1)}%)`);

  console.log('\n== Rendering one 100 KB engagement (templates compiled once, cached; HTML target ≤ 30 ms) ==');
  const small = analyseEngagement(generateEngagement(100_000, 3));
  // CPU time per run beside the wall-clock median: on a machine shared with other work, the CPU
  // time is what the same run costs on an idle core.
  const cpuPerRun = (run: () => unknown, runs = 20): number => {
    run();
    const before = process.cpuUsage();
    for (let i = 0; i < runs; i++) run();
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000 / runs;
  };
  const model = measure(() => buildRoadmapDocument(small), { runs: 9 });
  console.log(`document view model (buildRoadmapDocument, no journey map) ${ms(model.median)}   CPU ${ms(cpuPerRun(() => buildRoadmapDocument(small)))}   (median of 9)`);
  for (const name of ['markdown', 'html'] as const) {
    let size = 0;
    const render = () => { const r = renderRoadmap(small, { kind: 'builtin', name }); size = r.ok ? r.text.length : -1; };
    const timing = measure(render, { runs: 9 });
    console.log(`${name.padEnd(8)} ${ms(timing.median)}   CPU ${ms(cpuPerRun(render))}   (${kb(size)} document, ${small.engagement!.journeys.length} journeys, median of 9)`);
  }

  console.log('\n== cxm roadmap: 100 engagements of 100 KB in one process, --out a folder (target < 6 s) ==');
  const folder = mkdtempSync(join(tmpdir(), 'cxm-roadmap-bench-'));
  try {
    const texts = Array.from({ length: 100 }, (_, i) => generateEngagement(100_000, 100 + i));
    let started = performance.now();
    const analyses = texts.map((text) => analyseEngagement(text));
    const analysing = performance.now() - started;
    const rendering = (['markdown', 'html'] as const).map((name) => {
      started = performance.now();
      for (const analysis of analyses) renderRoadmap(analysis, { kind: 'builtin', name });
      return `${name} ${ms(performance.now() - started)}`;
    });
    texts.forEach((text, i) => writeFileSync(join(folder, `${String(i).padStart(3, '0')}.engagement.yaml`), text));
    console.log(`breakdown for the 100: analysis ${ms(analysing)}   rendering: ${rendering.join('   ')}`);
    // The real command line, as a team's CI runs it: one process for the 100 files, every core used.
    const cxm = join(__dirname, '..', 'cxm.js');
    for (const template of ['markdown', 'html'] as const) {
      const out = join(folder, `out-${template}`);
      const cpuFile = join(folder, `cpu-${template}.json`);
      const started = performance.now();
      const run = spawnSync(process.execPath, ['--require', join(__dirname, 'reportCpu.js'), cxm, 'roadmap', folder, '--template', template, '--out', out], { encoding: 'utf8', env: { ...process.env, CXM_BENCH_CPU_FILE: cpuFile } });
      const elapsed = performance.now() - started;
      const cpu = existsSync(cpuFile) ? (JSON.parse(readFileSync(cpuFile, 'utf8')) as { cpuMs: number }).cpuMs : NaN;
      console.log(
        `cxm roadmap --template ${template.padEnd(8)} ${ms(elapsed)} for 100 × 100 KB (target ≤ 6 s on 2 cores), exit ${run.status}` +
        `${run.stderr ? `, stderr: ${run.stderr.slice(0, 200)}` : ''}   (${(elapsed / 100).toFixed(1)} ms per engagement, ` +
        `${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)})`,
      );
      // On a shared machine the wall time measures the neighbours too: the process's CPU time over
      // two cores is what the same run takes on two idle cores (the CLI keeps both busy).
      console.log(`   CPU time of the process ${ms(cpu)}: ${ms(cpu / 2)} on 2 idle cores`);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (require.main === module) runRoadmapBench();
