// Hostile inputs up to 10 MB (issue 8): each run is `cxm validate` in a fresh process, reporting
// wall time, CPU time and peak memory (targets: ≤ 2 s and ≤ 400 MB whatever the shape); then the
// did-you-mean worst case and a 50,000-step journey exported to SVG and HTML (target ≤ 3 s).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseEngagement } from '../../src/core/analysis/analyseEngagement';
import { exportJourneyMap, prepareJourneyMapExport } from '../../src/core/journey/exportJourneyMap';
import { journeyMapModel } from '../../src/core/journey/journeyMapModel';
import { prepareJourneyMap } from '../../src/core/journey/renderJourneyMap';
import { assessmentSchema, engagementFileSchema } from '../../src/core/model/engagementSchema';
import { keyGuideOf } from '../../src/core/yaml/keyGuide';
import { readYaml } from '../../src/core/yaml/readYaml';
import { generateEngagement } from './generateEngagement';
import { measure, ms } from './measure';

const MiB = 1024 * 1024;
const JOURNEY_EXPORT_TARGET_MS = 3000;

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function engagementWithSteps(steps: number, channelName = 'Web'): string {
  const lines = [`engagement:\n  client: X\nchange:\n  stage: action\nchannels:\n  - id: a\n    type: web\n    name: "${channelName}"\n  - id: b\n    type: store\nsegments:\n  - id: s\n    digitalIntensity: traditional\njourneys:\n  - id: j\n    segment: s\n    stages:\n      - name: S\n        steps:\n`];
  for (let i = 0; i < steps; i++) lines.push(`          - channel: ${i % 2 ? 'b' : 'a'}\n            action: Step ${i}\n            emotion: ${(i % 5) - 2}\n`);
  return lines.join('');
}

function didYouMeanWorstCase(count = 3000, infix = ''): string {
  const channels = Array.from({ length: count }, (_, i) => `  - id: channel-${infix}${i}\n    type: web\n`).join('');
  const steps = Array.from({ length: count }, (_, i) => `          - channel: chanel-${infix}${i}x\n            action: A\n`).join('');
  return `engagement:\n  client: X\nchange:\n  stage: action\nchannels:\n${channels}segments:\n  - id: s\n    digitalIntensity: traditional\njourneys:\n  - id: j\n    segment: s\n    stages:\n      - name: S\n        steps:\n${steps}`;
}

const SHAPES: Array<[string, () => string]> = [
  ['9.9 MiB of [', () => '['.repeat(Math.floor(9.9 * MiB))],
  ['9.9 MiB one-line flow list', () => `[${'a,'.repeat(Math.floor((9.9 * MiB) / 2) - 2)}a]`],
  ['1.7 M block items', () => '- a\n'.repeat(1_700_000)],
  ['5 M compact `- `', () => '- '.repeat(5_000_000)],
  ['16 lists of 60,000 items', () => Array.from({ length: 16 }, (_, i) => `x-l${i}:\n${'  - a\n'.repeat(60_000)}`).join('')],
  ['1 MiB channel name', () => engagementWithSteps(4, 'N'.repeat(MiB))],
  ['3,000 × 3,000 did-you-mean', () => didYouMeanWorstCase()],
  ['50,000 steps', () => engagementWithSteps(50_000)],
  // Found by the audit (issue 8): what the parser builds besides nodes, and a did-you-mean on long ids.
  ['2.6 M comment lines', () => `${engagementWithSteps(4)}${'# x\n'.repeat(2_590_000)}`],
  ['10 M blank lines', () => `${engagementWithSteps(4)}${'\n'.repeat(10_300_000)}`],
  ['2.6 M `---` markers', () => '---\n'.repeat(2_590_000)],
  ['99,000 small flow mappings', () => `${engagementWithSteps(4)}x-f: [${Array.from({ length: 99_000 }, (_, i) => `{a: ${i}, b: [1, 2, {c: d}]}`).join(', ')}]\n`],
  ['99,000 anchors aliased', () => `${engagementWithSteps(4)}x-l:\n${Array.from({ length: 99_000 }, (_, i) => `  - &a${i} v\n`).join('')}x-r:\n${Array.from({ length: 99_000 }, (_, i) => `  - *a${i}\n`).join('')}`],
  ['did-you-mean, 5,000 long ids', () => didYouMeanWorstCase(5000, 'x'.repeat(40))],
  // Still over the 2 s target on this machine (left for the reader's owners): one problem per node.
  ['99,000 custom tags', () => `${engagementWithSteps(4)}x-l:\n${Array.from({ length: 99_000 }, (_, i) => `  - !t${i} v\n`).join('')}`],
  ['99,000 unknown keys', () => `${engagementWithSteps(4)}${Array.from({ length: 99_000 }, (_, i) => `unk${i}: ${'v'.repeat(80)}\n`).join('')}`],
  ['realistic 10 MB', () => generateEngagement(10_000_000, 7)],
  // The realistic engagement rewritten in shapes the first lean plan declined (composed whole then:
  // 5 to 6 s and 560 to 650 MB), and single pieces of 10 MB the fast reader declines.
  ['  --- document start', () => `---\n${realistic()}`],
  ['  %YAML 1.2 directive', () => `%YAML 1.2\n---\n${realistic()}`],
  ['  %YAML 1.1 (reported)', () => `%YAML 1.1\n---\n${realistic()}`],
  ['  lists at column 0', () => realistic().replace(/^ {2}(\s*)/gm, '$1')],
  ['  root is a list', () => wholeLines(`- ${realistic().split('\n').join('\n  ')}`, 9_900_000)],
  ['  top-level key twice', () => `${realistic()}\nengagement:\n  client: B\n`],
  ['  one journey, commented', oneCommentedJourney],
  ['  one 10 MB x- entry', () => wholeLines(`engagement:\n  client: X\nx-big:\n${commented(realistic(), '  ')}`, 9_900_000)],
  ['  root list, commented', () => wholeLines(`- ${commented(realistic(), '  ').slice(2)}`, 9_800_000)],
  // A file saved mid-edit (a quote left open at its end): that piece does not compose, so the whole text is (the fallback).
  ['  syntax error at the end', () => `${realistic().slice(0, realistic().lastIndexOf('action: ') + 8)}"Demande`],
  ['  comment ending a cut list', () => `${realistic()}\n      # the end, between the columns\n`],
  // One typo in the realistic 10 MB (the lean reading reads on around the broken part; it composed
  // the whole text before: 7.5 s and 600 MB), and ten of them.
  ['  typo: unclosed [ mid-file', () => typo(0.5, (line) => `${line}\n${indentOf(line)}bad: [unclosed`)],
  ['  typo: stray colon', () => typo(0.3, (line) => `${line}\n${indentOf(line)}key: : x`)],
  ['  typo: tab in an item', () => typo(0.6, (line) => line.replace(/^( +)/, (m) => `${m.slice(0, -1)}\t`))],
  ['  typo: one space too many', () => typo(0.4, (line) => ` ${line}`)],
  ['  typo: quote open mid-file', () => typo(0.5, (line) => line.replace(/: (\S)/, ': "$1'))],
  ['  typo: 10 unclosed [', () => Array.from({ length: 10 }, (_, i) => 0.05 + i * 0.09).reduce((text, at) => typo(at, (line) => `${line}\n${indentOf(line)}bad: [x`, text), realistic())],
  // Single constructs the plan cannot cut, over 95,000 lines.
  ['quoted scalar over lines', () => `x-notes: "\n${Array.from({ length: 95_000 }, (_, i) => `  line ${i} ${'y'.repeat(90)}`).join('\n')}"\n`],
  ['block scalar over lines', () => `x-notes: |\n${Array.from({ length: 95_000 }, (_, i) => `  line ${i} ${'y'.repeat(90)}`).join('\n')}\n`],
  ['flow list over lines', () => `x-a: [\n${Array.from({ length: 95_000 }, (_, i) => `  "item ${i} ${'y'.repeat(80)}",`).join('\n')}\n  z]\n`],
  ['95,000 flow-map items', () => `x-l:\n${Array.from({ length: 95_000 }, (_, i) => `  - {a: ${i}, b: "${'y'.repeat(80)}"}`).join('\n')}\n`],
  // The realistic file as people write it (the fast reader's share printed under each).
  ['realistic, trailing comments', () => handWritten((lines) => lines.map((line) => `${line}  # c`).join('\n'))],
  ['realistic, comment lines', () => handWritten((lines) => lines.map((line) => `# note\n${line}`).join('\n'))],
  ['realistic, blank lines', () => handWritten((lines) => lines.join('\n\n'))],
  ['realistic, CRLF', () => handWritten((lines) => lines.join('\r\n'))],
  ['realistic, block scalars', () => handWritten((lines) => lines.join('\n').replace(/^( +)action: (.*)$/gm, '$1action: |\n$1  $2\n\n$1  (suite)'))],
  ['realistic, text on 2 lines', () => handWritten((lines) => lines.join('\n').replace(/^( +)(action: \S+ \S+) (.*)$/gm, '$1$2\n$1  $3'))],
];

/** The realistic 10 MB engagement rewritten line by line, cut back under the 10 MB limit at a line break. */
function handWritten(rewrite: (lines: string[]) => string): string {
  return wholeLines(rewrite(realistic().split('\n')), 9_900_000);
}

/** The text up to its last line break before `max` characters (a shape, not a truncated file). */
function wholeLines(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, text.lastIndexOf('\n', max) + 1);
}

let realisticText: string | undefined;
/** The realistic 10 MB engagement, generated once for all the shapes made from it. */
function realistic(): string {
  return (realisticText ??= generateEngagement(10_000_000, 7));
}

const indentOf = (line: string) => /^ */.exec(line)![0];

/** `text` (the realistic 10 MB) with the first `key: value` line from `at` (a fraction of its length) on rewritten by `edit`. */
function typo(at: number, edit: (line: string) => string, text = realistic()): string {
  const start = text.indexOf('\n', Math.floor(text.length * at)) + 1;
  let lineStart = start;
  while (!/^ +[a-z]+: \S/.test(text.slice(lineStart, text.indexOf('\n', lineStart)))) lineStart = text.indexOf('\n', lineStart) + 1;
  const lineEnd = text.indexOf('\n', lineStart);
  return `${text.slice(0, lineStart)}${edit(text.slice(lineStart, lineEnd))}${text.slice(lineEnd)}`;
}

/** Every line indented by `indent`, every line with a value given a trailing comment. */
function commented(text: string, indent: string): string {
  return text.replace(/\n$/, '').split('\n').map((line) => `${indent}${line}${line.endsWith(':') ? '' : '  # c'}`).join('\n');
}

/** A single journey of 10 MB (under the 100,000 items of a list), each step with a comment. */
function oneCommentedJourney(): string {
  const base = realistic();
  const head = `${base.slice(0, base.indexOf('journeys:'))}journeys:\n  - id: j\n    segment: pme\n    stages:\n`;
  const stages: string[] = [];
  let size = head.length;
  for (let stage = 0; size < 9_800_000; stage++) {
    const steps = [`      - name: Stage ${stage}\n        steps:\n`];
    for (let step = 0; step < 1000; step++) steps.push(`          - channel: site  # step ${step}\n            action: Step ${stage}.${step}\n            emotion: ${(step % 5) - 2}\n`);
    const block = steps.join('');
    stages.push(block);
    size += block.length;
  }
  return head + stages.join('');
}

function runCxm(args: string[], cwd: string, script = 'peakMemoryChild.js'): { wall: number; cpu: number; rss: number; status: number | null } {
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(__dirname, script), ...args], { cwd, encoding: 'utf8', maxBuffer: 512 * MiB });
  const wall = performance.now() - started;
  const match = /cxm-bench (\d+) (\d+)/.exec(run.stderr);
  return { wall, cpu: match ? Number(match[2]) / 1000 : NaN, rss: match ? Number(match[1]) / 1024 : NaN, status: run.status };
}

/** Against the targets: ≤ 2 s (CPU time, which a busy machine inflates less than wall time) and ≤ 400 MB. */
function verdict(run: { cpu: number; rss: number }): string {
  return `[time ${run.cpu <= 2000 ? 'ok' : 'OVER'}, memory ${run.rss <= 400 ? 'ok' : 'OVER'}]`;
}

/** `only`: run the shapes whose label holds it, and nothing else (`node dist/bench/hostileBench.js shapes root`). */
export function runHostileBench(only?: string): void {
  console.log('\n== Hostile inputs: cxm validate in a fresh process (targets ≤ 2 s, ≤ 400 MB) ==');
  const folder = mkdtempSync(join(tmpdir(), 'cxm-hostile-bench-'));
  try {
    for (const [label, make] of SHAPES) {
      if (only !== undefined && !label.includes(only)) continue;
      const text = make();
      writeFileSync(join(folder, 'x.engagement.yaml'), text);
      const run = runCxm(['validate', 'x.engagement.yaml', '--format', 'json'], folder);
      console.log(`${label.padEnd(28)} ${(Buffer.byteLength(text) / MiB).toFixed(1).padStart(5)} MiB   wall ${ms(run.wall)}   cpu ${ms(run.cpu)}   peak ${run.rss.toFixed(0).padStart(5)} MB   exit ${run.status}   ${verdict(run)}`);
      if (label.startsWith('realistic, ')) {
        const pieceCount = { fast: 0, composed: 0 };
        readYaml(text, keyGuideOf(engagementFileSchema, new Set([assessmentSchema])), { lean: true, pieceCount });
        console.log(`${'  fast reader'.padEnd(28)} ${''.padStart(9)}   ${pieceCount.fast} of ${pieceCount.fast + pieceCount.composed} pieces read fast`);
      }
      if (label === 'realistic 10 MB' && only === undefined) {
        // The floor: the same file only composed by the yaml package (its own parse, nothing of ours).
        const floor = runCxm(['x.engagement.yaml'], folder, 'yamlFloorChild.js');
        // How much of it the fast reader took (src/core/yaml/fastPiece.ts); the rest was composed by yaml.
        const pieceCount = { fast: 0, composed: 0 };
        readYaml(text, keyGuideOf(engagementFileSchema, new Set([assessmentSchema])), { lean: true, pieceCount });
        console.log(`${'  fast reader'.padEnd(28)} ${''.padStart(9)}   ${pieceCount.fast} of ${pieceCount.fast + pieceCount.composed} pieces read fast`);
        console.log(`${'  floor: bare parseDocument'.padEnd(28)} ${''.padStart(9)}   wall ${ms(floor.wall)}   cpu ${ms(floor.cpu)}   peak ${floor.rss.toFixed(0).padStart(5)} MB   (yaml alone, fresh process)`);
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  if (only === undefined) runJourneyExportBench();
}

/** `node dist/bench/hostileBench.js journey` runs this part alone. */
export function runJourneyExportBench(): void {
  const folder = mkdtempSync(join(tmpdir(), 'cxm-journey-bench-'));
  try {
    writeFileSync(join(folder, 'steps.engagement.yaml'), engagementWithSteps(50_000));
    console.log('\n== 50,000-step journey exported (target ≤ 3 s) ==');
    // End to end in a fresh process, three runs each: the median beside the target. CPU time is
    // printed too, the figure to trust when the shared machine is busy (wall time then doubles).
    for (const format of ['svg', 'html']) {
      const runs = [0, 1, 2].map(() => runCxm(['journey', 'steps.engagement.yaml', '--format', format, '--out', `steps.${format}`, '--force'], folder));
      const wall = median(runs.map((run) => run.wall));
      const cpu = median(runs.map((run) => run.cpu));
      const verdict = Math.min(wall, cpu) <= JOURNEY_EXPORT_TARGET_MS ? 'met' : 'MISSED';
      console.log(`cxm journey --format ${format.padEnd(5)} wall ${ms(wall)}   cpu ${ms(cpu)}   target ≤ ${ms(JOURNEY_EXPORT_TARGET_MS)} (${verdict})   peak ${Math.max(...runs.map((run) => run.rss)).toFixed(0).padStart(5)} MB   exit ${runs[0]!.status}`);
      // Measured on main before the export was written as drawn: wall 3.39 s / cpu 4.14 s / 687 MB (SVG), 3.45 s / 4.46 s / 687 MB (HTML).
    }
    // In process, the phases of that run: the lean reading cxm journey does, the maps modelled and
    // laid out (every card's text wrapped), then the markup drawn chunk by chunk into a sink that
    // drops it (what the file write receives), and the same joined into one string.
    const text = engagementWithSteps(50_000);
    const reading = measure(() => analyseEngagement(text, { lang: 'en', validateOnly: true }), { runs: 3 });
    console.log(`  reading (lean, as cxm journey)    ${ms(reading.median)} median of ${reading.runs}`);
    const analysis = analyseEngagement(text, { lang: 'en', validateOnly: true });
    const model = measure(() => prepareJourneyMap(journeyMapModel(analysis, 'j'), { standalone: true, fullText: true }), { runs: 3 });
    console.log(`  model + layout (texts wrapped)    ${ms(model.median)} median of ${model.runs}`);
    for (const format of ['svg', 'html'] as const) {
      let characters = 0;
      const streamed = measure(() => {
        characters = 0;
        prepareJourneyMapExport(analysis, { format }).write((chunk) => (characters += chunk.length));
      }, { runs: 3 });
      const whole = measure(() => exportJourneyMap(analysis, { format }), { runs: 3 });
      console.log(`  ${format.padEnd(4)} modelled and drawn as chunks  ${ms(streamed.median)}   as one string ${ms(whole.median)}   (${(characters / 1e6).toFixed(1)} M characters)`);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('hostileBench.js')) {
  if (process.argv[2] === 'journey') runJourneyExportBench();
  else if (process.argv[2] === 'shapes') runHostileBench(process.argv[3] ?? '');
  else runHostileBench();
}
