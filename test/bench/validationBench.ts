// Validation figures (issues 2 and 8): `cxm validate`'s in-process path (analyseEngagement with
// validateOnly: the lean reading, schema, references, CX rules, diagnostics) against the yaml
// package's bare parseDocument on the same text (the floor), at 100 KB, 1 MB and 10 MB. Runs are
// interleaved (parse, validate, parse…) so a busy machine slows both alike; wall and CPU medians are
// printed, with the ratio of each beside the target (≤ 1.15×).
import { parseDocument } from 'yaml';
import { analyseEngagement } from '../../src/core/analysis/analyseEngagement';
import { generateEngagement } from './generateEngagement';
import { compare, ms } from './measure';

const TARGET = 1.15;
const verdict = (ratio: number, cpuRatio: number) => `wall ${ratio <= TARGET ? 'ok' : 'OVER'}, cpu ${cpuRatio <= TARGET ? 'ok' : 'OVER'}`;

export function runValidationBench(): void {
  console.log(`\n== Validation: end-to-end (validateOnly) vs bare yaml parseDocument (target ≤ ${TARGET}×) ==`);
  const ratios: string[] = [];
  for (const [label, bytes, runs] of [['100 KB', 100_000, 41], ['1 MB', 1_000_000, 15], ['10 MB', 10_000_000, 5]] as const) {
    const text = generateEngagement(bytes, 7);
    let diagnostics = 0;
    const result = compare(
      () => parseDocument(text),
      () => { diagnostics = analyseEngagement(text, { validateOnly: true }).diagnostics.length; },
      runs,
    );
    console.log(
      `${label.padEnd(7)} parse ${ms(result.a.median)} (cpu ${ms(result.a.cpuMedian!)})   validate ${ms(result.b.median)} (cpu ${ms(result.b.cpuMedian!)})` +
      `   ratio ${result.ratio.toFixed(3)}× wall, ${result.cpuRatio.toFixed(3)}× cpu  [${verdict(result.ratio, result.cpuRatio)}]` +
      `   (${(text.length / 1e6).toFixed(2)} MB, ${diagnostics} diagnostics, ${runs} runs, medians)`,
    );
    ratios.push(`${label} ${result.ratio.toFixed(3)}× (cpu ${result.cpuRatio.toFixed(3)}×)`);
  }
  console.log(`ratios side by side (target ≤ ${TARGET}× each):   ${ratios.join('   |   ')}`);
}

if (process.argv[1]?.endsWith('validationBench.js')) runValidationBench();
