// Office figures (issue 11): `cxm roadmap --template docx|pptx` on the bundled French example in a
// fresh process (target ≤ 400 ms each), where the time goes in one warm process, and 100
// engagements of 100 KB to Word in one `cxm` run (target ≤ 15 s on 2 cores). Figures, no assertions.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { analyseEngagement } from '../../src/core/analysis/analyseEngagement';
import { officeRoadmapOf } from '../../src/core/office/officeRoadmap';
import { renderOfficeRoadmap } from '../../src/core/office/renderOfficeRoadmap';
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
    const cpuOf = (args: string[], env: NodeJS.ProcessEnv = {}) => {
      const run = spawnSync(process.execPath, ['--require', join(__dirname, 'reportCpu.js'), cxm, ...args], { encoding: 'utf8', env: { ...process.env, ...env, CXM_BENCH_CPU_FILE: cpuFile } });
      return { status: run.status, cpu: (JSON.parse(readFileSync(cpuFile, 'utf8')) as { cpuMs: number }).cpuMs };
    };
    const baselineCpu = median([0, 1, 2].map(() => cpuOf(['roadmap', example, '--format', 'json']).cpu));
    // With and without the renderer's V8 code cache (dist/officeRenderer.cache), runs interleaved so the load hits both alike.
    const modes = [{ name: 'code cache', env: {} }, { name: 'no code cache', env: { CXM_NO_CODE_CACHE: '1' } }];
    for (const format of ['docx', 'pptx'] as const) {
      const times = modes.map((): number[] => []);
      const cpus = modes.map((): number[] => []);
      let status: number | null = 0;
      for (let i = 0; i < 5; i++) {
        modes.forEach((mode, m) => {
          const out = join(folder, `example-${i}.${format}`);
          const started = performance.now();
          const run = cpuOf(['roadmap', example, '--template', format, '--out', out, '--force'], mode.env);
          times[m]!.push(performance.now() - started);
          cpus[m]!.push(run.cpu);
          status = run.status ?? status;
        });
      }
      const size = statSync(join(folder, `example-0.${format}`)).size;
      modes.forEach((mode, m) => {
        console.log(`${format} (${mode.name})  ${ms(median(times[m]!))} (best ${ms(Math.min(...times[m]!))}, median of 5, exit ${status}, ${kb(size)}), CPU ${ms(median(cpus[m]!))}   ` +
          `vs cxm roadmap --format json ${ms(median(baseline))} (CPU ${ms(baselineCpu)}): the Office part costs ${ms(median(times[m]!) - median(baseline))}   (${load()})`);
      });
      console.log(`${format}: the code cache saves ${ms(median(times[1]!) - median(times[0]!))} wall, ${ms(median(cpus[1]!) - median(cpus[0]!))} CPU`);
    }

    console.log('\n== Where the time goes, one warm process (medians of 5) ==');
    const analysis = analyseEngagement(readFileSync(example, 'utf8'));
    const timed = async (label: string, run: () => unknown | Promise<unknown>) => {
      await run();
      const times: number[] = [];
      for (let i = 0; i < 5; i++) { const started = performance.now(); await run(); times.push(performance.now() - started); }
      console.log(`${label.padEnd(44)} ${ms(median(times))}`);
    };
    await timed('view model + Office blocks (officeRoadmapOf)', () => officeRoadmapOf(analysis));
    // Node's zlib, as the hosts give it (src/officeRenderer), and fflate's JavaScript deflate (a host without one).
    const deflateRaw = (data: Uint8Array, level: number) => deflateRawSync(data, { level });
    for (const format of ['docx', 'pptx'] as const) {
      await timed(`whole ${format} (model, writer, package; native zlib)`, () => renderOfficeRoadmap(analysis, { format, deflateRaw }));
      await timed(`whole ${format} (the same, fflate's deflate)`, () => renderOfficeRoadmap(analysis, { format }));
    }

    console.log('\n== cxm roadmap --template docx: 100 engagements of 100 KB in one process, --out a folder (target ≤ 15 s) ==');
    for (let i = 0; i < 100; i++) writeFileSync(join(folder, `${String(i).padStart(3, '0')}.engagement.yaml`), generateEngagement(100_000, 300 + i));
    const out = join(folder, 'out');
    const started = performance.now();
    const batch = spawnSync(process.execPath, ['--require', join(__dirname, 'reportCpu.js'), cxm, 'roadmap', folder, '--template', 'docx', '--out', out], { encoding: 'utf8', env: { ...process.env, CXM_BENCH_CPU_FILE: cpuFile } });
    const elapsed = performance.now() - started;
    const batchCpu = (JSON.parse(readFileSync(cpuFile, 'utf8')) as { cpuMs: number }).cpuMs;
    console.log(`cxm roadmap --template docx  ${ms(elapsed)} wall (target ≤ 15 s) for 100 × 100 KB, CPU ${ms(batchCpu)} (${ms(batchCpu / 100)} an engagement; on 2 idle cores ≈ ${ms(batchCpu / 2)}), exit ${batch.status}${batch.stderr ? `, stderr: ${batch.stderr.slice(0, 300)}` : ''}` +
      `   (${(elapsed / 100).toFixed(0)} ms per engagement, ${load()})`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (require.main === module) void runOfficeBench();
