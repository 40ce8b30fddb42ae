// Where the memory of `cxm validate` on a legal 10 MB engagement goes (issue 8): each stage of the
// reading is run in a fresh process with `--expose-gc`, and after each stage the heap kept alive
// (after a full collection) and the process's peak RSS so far are printed. Once for the whole
// composition (what the editor still does: the `yaml` token tree, then the document next to it) and
// once for the lean reading `cxm validate` uses (pieces composed one at a time, a compact locator).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Composer, Parser } from 'yaml';
import { analyseDocument } from '../../src/core/analysis/analyseEngagement';
import { parseEngagementDocument } from '../../src/core/document/engagementDocument';
import { normaliseEngagement } from '../../src/core/model/engagement';
import { assessmentSchema, engagementFileSchema } from '../../src/core/model/engagementSchema';
import { EngagementFacts } from '../../src/core/model/facts';
import { keyGuideOf } from '../../src/core/yaml/keyGuide';
import { LineIndex } from '../../src/core/yaml/lineIndex';
import { preScan } from '../../src/core/yaml/preScan';
import { readYaml } from '../../src/core/yaml/readYaml';
import { generateEngagement } from './generateEngagement';

const MB = 1024 * 1024;

function child(mode: string, file: string): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('memoryStagesBench needs node --expose-gc');
  let previous = 0;
  const keep: unknown[] = [];
  const stage = (label: string, value: unknown) => {
    keep.push(value);
    gc();
    const heap = process.memoryUsage().heapUsed;
    const peak = process.resourceUsage().maxRSS / 1024;
    console.log(`  ${label.padEnd(40)} heap kept ${(heap / MB).toFixed(0).padStart(4)} MB (${heap >= previous ? '+' : ''}${((heap - previous) / MB).toFixed(0)})   peak RSS so far ${peak.toFixed(0).padStart(4)} MB`);
    previous = heap;
  };
  stage('node + bundle loaded', undefined);
  const text = readFileSync(file, 'utf8');
  stage('text (one string)', text);
  stage('line index', new LineIndex(text));
  stage('preScan (nothing kept)', preScan(text));
  const guide = keyGuideOf(engagementFileSchema, new Set([assessmentSchema]));
  if (mode === 'full') {
    (() => {
    const tokens = [...new Parser().parse(text)];
    stage('yaml CST tokens (one document: one token)', tokens);
    const documents = [...new Composer({ version: '1.2', schema: 'core', merge: false, uniqueKeys: false, strict: true, prettyErrors: false }).compose(tokens, true, text.length)];
    stage('composed Document, CST still alive', documents);
    tokens.length = 0;
    stage('CST let go (Document alone)', undefined);
    documents.length = 0;
    const reading = readYaml(text, guide);
    stage('readYaml: Document + plain value', reading);
    const parsed = engagementFileSchema.safeParse(reading.value);
    stage('zod parse', parsed);
    const engagement = normaliseEngagement(parsed.data!);
    stage('normalised engagement', engagement);
    stage('facts', new EngagementFacts(engagement));
    })();
    keep.length = 0;
    gc();
    const document = parseEngagementDocument(text);
    stage('(whole EngagementDocument, stages above let go)', document);
    stage('diagnostics (validateOnly)', analyseDocument(document, { validateOnly: true }).diagnostics);
  } else {
    (() => {
    const reading = readYaml(text, guide, { lean: true });
    stage(`lean reading: plain value + compact locator${reading.locator ? '' : ' (FELL BACK)'}`, reading);
    const parsed = engagementFileSchema.safeParse(reading.value);
    stage('zod parse', parsed);
    const engagement = normaliseEngagement(parsed.data!);
    stage('normalised engagement', engagement);
    stage('facts', new EngagementFacts(engagement));
    })();
    keep.length = 0;
    gc();
    const document = parseEngagementDocument(text, { lean: true });
    stage('(lean EngagementDocument, stages above let go)', document);
    stage('diagnostics (validateOnly)', analyseDocument(document, { validateOnly: true }).diagnostics);
  }
}

export function runMemoryStagesBench(): void {
  console.log('\n== Memory of cxm validate on a legal 10 MB engagement, stage by stage (target: peak ≤ 400 MB) ==');
  const folder = mkdtempSync(join(tmpdir(), 'cxm-memory-bench-'));
  try {
    const file = join(folder, 'big.engagement.yaml');
    writeFileSync(file, generateEngagement(10_000_000, 7));
    for (const [mode, label] of [['full', 'whole composition (the editor path; cxm validate before issue 8)'], ['lean', 'lean reading (cxm validate now)']]) {
      console.log(`${label}:`);
      const run = spawnSync(process.execPath, ['--expose-gc', __filename, 'child', mode!, file], { stdio: 'inherit' });
      if (run.status !== 0) process.exitCode = 1;
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[2] === 'child') child(process.argv[3]!, process.argv[4]!);
else if (process.argv[1]?.endsWith('memoryStagesBench.js')) runMemoryStagesBench();
