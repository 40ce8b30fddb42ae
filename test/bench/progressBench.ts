// Progress figures (issue 12), printed, never asserted:
// - `cxm portfolio` on N generated engagements of about 20 KB against `cxm validate` on the same
//   files (target ≤ 1.2×), each a child process on every core; peak memory of each (target ≤ 300 MB)
//   and of the portfolio on N/10 files (target: the peak for N within 1.5× of it);
// - `cxm compare` of two 1 MB versions against one `cxm validate` of one of them (target ≤ 2.5×).
// N is CXM_BENCH_PORTFOLIO_FILES (default 10,000). Files are generated in a temporary folder.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateEngagement } from './generateEngagement';

const cxm = join(__dirname, '..', 'cxm.js');

interface Run { seconds: number; cpuSeconds: number; peakMb: number; status: number | null }

/** One child run under /usr/bin/time -v: wall time and the maximum resident set size (all threads). */
function timed(args: string[]): Run {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-v', process.execPath, cxm, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? '');
  const user = /User time \(seconds\): ([\d.]+)/.exec(result.stderr ?? '');
  const system = /System time \(seconds\): ([\d.]+)/.exec(result.stderr ?? '');
  // CPU time is the steadier figure on a shared machine: wall time depends on what else runs.
  const cpuSeconds = Number(user?.[1] ?? NaN) + Number(system?.[1] ?? NaN);
  return { seconds, cpuSeconds, peakMb: peak ? Number(peak[1]) / 1024 : NaN, status: result.status };
}

/** The run of median wall time (a shared machine makes the best run luck and the mean noise). */
function best(runs: number, make: () => Run): Run {
  const all = Array.from({ length: runs }, make).sort((a, b) => a.seconds - b.seconds);
  return all[Math.floor((all.length - 1) / 2)]!;
}

function clientFile(seed: number): string {
  // About 20 KB each, varied: size, stage, sector and visibility differ from file to file.
  const sizes = ['micro', 'sme', 'midcap', 'large'];
  const stages = ['precontemplation', 'contemplation', 'preparation', 'action', 'maintenance'];
  return generateEngagement(20_000, seed)
    .replace('client: Bench Distribution', `client: Client ${seed}\n  sector: Secteur ${seed % 7}`)
    .replace('size: midcap', `size: ${sizes[seed % 4]}`)
    .replace('stage: preparation', `stage: ${stages[seed % 5]}`)
    .replace('visibility: medium', `visibility: ${seed % 3 === 0 ? 'low' : 'medium'}`);
}

export function runProgressBench(): void {
  const count = Number(process.env.CXM_BENCH_PORTFOLIO_FILES ?? 10_000);
  const root = mkdtempSync(join(tmpdir(), 'cxm-bench-progress-'));
  try {
    const large = join(root, 'large');
    const small = join(root, 'small');
    let bytes = 0;
    for (let i = 0; i < count; i++) {
      const folder = join(i < count / 10 ? small : large, String(Math.floor(i / 500)));
      mkdirSync(folder, { recursive: true });
      const text = clientFile(i + 1);
      bytes += text.length;
      writeFileSync(join(folder, `client-${i}.engagement.yaml`), text);
    }
    const runs = Number(process.env.CXM_BENCH_RUNS ?? 1);
    console.log(`\n== Portfolio: cxm portfolio vs cxm validate on ${count} files of ${(bytes / count / 1024).toFixed(1)} KB, ${availableParallelism()} cores (targets ≤ 1.2×, ≤ 300 MB, peak within 1.5× of ${count / 10} files) ==`);
    const dirs = [small, large];
    // validate's default text report streams (its JSON keeps every diagnostic until the end): the fair baseline.
    const validate = best(runs, () => timed(['validate', ...dirs]));
    const portfolio = best(runs, () => timed(['portfolio', ...dirs, '--format', 'json']));
    const tenth = best(runs, () => timed(['portfolio', small, '--format', 'json']));
    console.log(`validate  wall ${validate.seconds.toFixed(1).padStart(7)} s   cpu ${validate.cpuSeconds.toFixed(1).padStart(7)} s   peak ${validate.peakMb.toFixed(0).padStart(4)} MB   (exit ${validate.status})`);
    console.log(`portfolio wall ${portfolio.seconds.toFixed(1).padStart(7)} s   cpu ${portfolio.cpuSeconds.toFixed(1).padStart(7)} s   peak ${portfolio.peakMb.toFixed(0).padStart(4)} MB   (exit ${portfolio.status})   wall ratio ${(portfolio.seconds / validate.seconds).toFixed(3)}×   cpu ratio ${(portfolio.cpuSeconds / validate.cpuSeconds).toFixed(3)}×`);
    console.log(`portfolio on ${count / 10} files ${tenth.seconds.toFixed(1)} s   peak ${tenth.peakMb.toFixed(0)} MB   peak ratio ${count} / ${count / 10} files ${(portfolio.peakMb / tenth.peakMb).toFixed(3)}×`);

    console.log('\n== Compare: cxm compare of two 1 MB versions vs one cxm validate (target ≤ 2.5×) ==');
    const before = generateEngagement(1_000_000, 11);
    // The later version: the same journeys, a third of the emotions better, a channel now sharing history.
    let n = 0;
    const after = before.replace(/emotion: (-?\d)/g, (whole, value: string) => (n++ % 3 === 0 ? `emotion: ${Math.min(2, Number(value) + 1)}` : whole))
      .replace("  - id: phone\n    type: phone\n", "  - id: phone\n    type: phone\n    sharesHistory: true\n");
    writeFileSync(join(root, 'before.engagement.yaml'), before);
    writeFileSync(join(root, 'after.engagement.yaml'), after);
    const compareRuns = Number(process.env.CXM_BENCH_COMPARE_RUNS ?? 3);
    const one = best(compareRuns, () => timed(['validate', join(root, 'after.engagement.yaml'), '--format', 'json']));
    const both = best(compareRuns, () => timed(['compare', join(root, 'before.engagement.yaml'), join(root, 'after.engagement.yaml'), '--format', 'json']));
    console.log(`validate 1 MB wall ${one.seconds.toFixed(2)} s cpu ${one.cpuSeconds.toFixed(2)} s   compare 2 × 1 MB wall ${both.seconds.toFixed(2)} s cpu ${both.cpuSeconds.toFixed(2)} s (exit ${both.status})`);
    console.log(`ratios: wall ${(both.seconds / one.seconds).toFixed(3)}×   cpu ${(both.cpuSeconds / one.cpuSeconds).toFixed(3)}×   (median of ${compareRuns}, process start included; the two versions are analysed at once, so wall < cpu on free cores)`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('progressBench.js')) runProgressBench();
