// Office figures (issue 11): `cxm roadmap --template docx|pptx` on the bundled French example in a
// fresh process (target ≤ 400 ms each), where the time goes in one warm process, and 100
// engagements of 100 KB to Word in one `cxm` run (target ≤ 15 s on 2 cores). Figures, no assertions.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseEngagement } from '../../src/core/analysis/analyseEngagement';
import { officeRoadmapOf } from '../../src/core/office/officeRoadmap';
import { createRasteriser } from '../../src/core/office/raster/svgRasteriser';
import { renderOfficeRoadmap } from '../../src/core/office/renderOfficeRoadmap';
import { officeAssets } from '../../src/officeRenderer/officeRenderer';
import { generateEngagement } from './generateEngagement';
import { kb, ms } from './measure';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const load = () => `load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`;

export async function runOfficeBench(): Promise<void> {
  const cxm = join(__dirname, '..', 'cxm.js');
  const example = join(__dirname, '..', '..', 'examples', 'negoce-pme.engagement.yaml');
  const folder = mkdtempSync(join(tmpdir(), 'cxm-office-bench-'));
  try {
    console.log('\n== cxm roadmap --template docx|pptx, the bundled French example, a fresh process each (target ≤ 400 ms) ==');
    const baseline: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      spawnSync(process.execPath, [cxm, 'roadmap', example, '--format', 'json'], { encoding: 'utf8' });
      baseline.push(performance.now() - started);
    }
    // CPU time of the whole process (every thread): a figure the shared machine's load inflates less than wall time.
    const cpuFile = join(folder, 'cpu.json');
    const cpuOf = (args: string[]) => {
      const run = spawnSync(process.execPath, ['--require', join(__dirname, 'reportCpu.js'), cxm, ...args], { encoding: 'utf8', env: { ...process.env, CXM_BENCH_CPU_FILE: cpuFile } });
      return { status: run.status, cpu: (JSON.parse(readFileSync(cpuFile, 'utf8')) as { cpuMs: number }).cpuMs };
    };
    const baselineCpu = median([0, 1, 2].map(() => cpuOf(['roadmap', example, '--format', 'json']).cpu));
    for (const format of ['docx', 'pptx'] as const) {
      const times: number[] = [];
      const cpus: number[] = [];
      let status: number | null = 0;
      for (let i = 0; i < 5; i++) {
        const out = join(folder, `example-${i}.${format}`);
        const started = performance.now();
        const run = cpuOf(['roadmap', example, '--template', format, '--out', out, '--force']);
        times.push(performance.now() - started);
        cpus.push(run.cpu);
        status = run.status;
      }
      const size = statSync(join(folder, `example-0.${format}`)).size;
      console.log(`${format}  ${ms(median(times))} (best ${ms(Math.min(...times))}, median of 5, exit ${status}, ${kb(size)}), CPU ${ms(median(cpus))}   ` +
        `vs cxm roadmap --format json ${ms(median(baseline))} (CPU ${ms(baselineCpu)}): the Office part costs ${ms(median(times) - median(baseline))}   (${load()})`);
    }

    console.log('\n== Where the time goes, one warm process (medians of 5) ==');
    const analysis = analyseEngagement(readFileSync(example, 'utf8'));
    const assets = officeAssets();
    const rasterise = await createRasteriser(assets);
    const timed = async (label: string, run: () => unknown | Promise<unknown>) => {
      await run();
      const times: number[] = [];
      for (let i = 0; i < 5; i++) { const started = performance.now(); await run(); times.push(performance.now() - started); }
      console.log(`${label.padEnd(44)} ${ms(median(times))}`);
    };
    await timed('view model + Office blocks (officeRoadmapOf)', () => officeRoadmapOf(analysis));
    const model = officeRoadmapOf(analysis)!;
    const figures = model.blocks.filter((b) => b.kind === 'figure');
    // A distinct comment each run: the rasteriser keeps its last pictures by their SVG.
    let run = 0;
    await timed(`rasterise the report's ${figures.length} pictures (resvg, 2× their shown size)`, () => { run++; figures.forEach((f) => f.kind === 'figure' && rasterise(f.svg.replace('</svg>', `<!--${run}--></svg>`), 643)); });
    for (const format of ['docx', 'pptx'] as const) await timed(`whole ${format} (model, package; pictures kept from the first run)`, () => renderOfficeRoadmap(analysis, { format, assets }));

    console.log('\n== cxm roadmap --template docx: 100 engagements of 100 KB in one process, --out a folder (target ≤ 15 s) ==');
    for (let i = 0; i < 100; i++) writeFileSync(join(folder, `${String(i).padStart(3, '0')}.engagement.yaml`), generateEngagement(100_000, 300 + i));
    const out = join(folder, 'out');
    const started = performance.now();
    const batch = spawnSync(process.execPath, ['--require', join(__dirname, 'reportCpu.js'), cxm, 'roadmap', folder, '--template', 'docx', '--out', out], { encoding: 'utf8', env: { ...process.env, CXM_BENCH_CPU_FILE: cpuFile } });
    const elapsed = performance.now() - started;
    const batchCpu = (JSON.parse(readFileSync(cpuFile, 'utf8')) as { cpuMs: number }).cpuMs;
    console.log(`cxm roadmap --template docx  ${ms(elapsed)} for 100 × 100 KB, CPU ${ms(batchCpu)} (${ms(batchCpu / 100)} an engagement; on 2 idle cores ≈ ${ms(batchCpu / 2)}), exit ${batch.status}${batch.stderr ? `, stderr: ${batch.stderr.slice(0, 300)}` : ''}` +
      `   (${(elapsed / 100).toFixed(0)} ms per engagement, ${load()})`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (require.main === module) void runOfficeBench();
