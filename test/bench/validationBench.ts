// Validation figures (issue 2): end-to-end validation against the yaml package's bare
// parseDocument on the same text (the floor), at 100 KB, 1 MB and 10 MB; the main-thread cost of
// one keystroke in a 1 MB engagement; the extension bundle's size and load + activate time.
import { parseDocument } from 'yaml';
import { analyseEngagement } from '../../src/core/analysis/analyseEngagement';
import { generateEngagement } from './generateEngagement';
import { compare, ms } from './measure';

export function runValidationBench(): void {
  console.log('\n== Validation: end-to-end vs bare yaml parseDocument (target ≤ 1.15×) ==');
  const ratios: string[] = [];
  for (const [label, bytes, runs] of [['100 KB', 100_000, 15], ['1 MB', 1_000_000, 9], ['10 MB', 10_000_000, 3]] as const) {
    const text = generateEngagement(bytes, 7);
    let diagnostics = 0;
    const result = compare(
      () => parseDocument(text),
      () => { diagnostics = analyseEngagement(text, { validateOnly: true }).diagnostics.length; },
      runs,
    );
    console.log(
      `${label.padEnd(7)} parse ${ms(result.a.median)}   validate ${ms(result.b.median)}   ratio ${result.ratio.toFixed(3)}×` +
      `   (${(text.length / 1e6).toFixed(2)} MB, ${diagnostics} diagnostics, ${runs} runs, medians)`,
    );
    ratios.push(`${label} ${result.ratio.toFixed(3)}×`);
  }
  console.log(`ratios side by side (target ≤ 1.15× each):   ${ratios.join('   |   ')}`);
}

if (process.argv[1]?.endsWith('validationBench.js')) runValidationBench();
