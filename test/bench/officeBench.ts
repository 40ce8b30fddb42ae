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
    for (const format of ['docx', 'pptx'] as const) {
      const times: number[] = [];
      let status: number | null = 0;
      for (let i = 0; i < 5; i++) {
        const out = join(folder, `example-${i}.${format}`);
        const started = performance.now();
        status = spawnSync(process.execPath, [cxm, 'roadmap', example, '--template', format, '--out', out, '--force'], { encoding: 'utf8' }).status;
        times.push(performance.now() - started);
      }
      const size = statSync(join(folder, `example-0.${format}`)).size;
      console.log(`${format}  ${ms(median(times))} (best ${ms(Math.min(...times))}, median of 5, exit ${status}, ${kb(size)})   ` +
        `vs cxm roadmap --format json ${ms(median(baseline))}: the Office part costs ${ms(median(times) - median(baseline))}   (${load()})`);
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
    await timed(`rasterise the report's ${figures.length} pictures (resvg, 2× their shown size)`, () => figures.forEach((f) => f.kind === 'figure' && rasterise(f.svg, 643)));
    for (const format of ['docx', 'pptx'] as const) await timed(`whole ${format} (model, pictures, package)`, () => renderOfficeRoadmap(analysis, { format, assets }));

    console.log('\n== cxm roadmap --template docx: 100 engagements of 100 KB in one process, --out a folder (target ≤ 15 s) ==');
    for (let i = 0; i < 100; i++) writeFileSync(join(folder, `${String(i).padStart(3, '0')}.engagement.yaml`), generateEngagement(100_000, 300 + i));
    const out = join(folder, 'out');
    const started = performance.now();
    const run = spawnSync(process.execPath, [cxm, 'roadmap', folder, '--template', 'docx', '--out', out], { encoding: 'utf8' });
    const elapsed = performance.now() - started;
    console.log(`cxm roadmap --template docx  ${ms(elapsed)} for 100 × 100 KB, exit ${run.status}${run.stderr ? `, stderr: ${run.stderr.slice(0, 300)}` : ''}` +
      `   (${(elapsed / 100).toFixed(0)} ms per engagement, ${load()})`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (require.main === module) void runOfficeBench();
