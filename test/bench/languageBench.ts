/**
 * The language service on a generated 1 MB engagement, once analysed: completion, hover, definition,
 * references, rename and document symbols, in the core (what the VS Code worker runs) and over LSP
 * (`cxm lsp --stdio` as a process), side by side with yaml-language-server 1.25 on the same file
 * when it is installed; and the memory an open document holds. Figures only, never assertions.
 *
 * yaml-language-server is looked for in $CXM_BENCH_YAML_LANGUAGE_SERVER, else in
 * ~/.cache/cxm/yaml-language-server-1.25.0 (npm install --prefix <that folder> yaml-language-server@1.25.0).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import * as service from '../../src/core/languageService';
import { LspProcess } from '../support/lspProcess';
import { generateEngagement } from './generateEngagement';
import { kb, measure, ms } from './measure';

const TARGETS = { completion: 20, hover: 20, definition: 20, references: 20, rename: 100, documentSymbols: 50 } as const;
const collect = (): void => (globalThis as { gc?: () => void }).gc?.();

interface Spot { offset: number; line: number; character: number }

function spot(text: string, needle: string, shift: number, from: number): Spot {
  const offset = text.indexOf(needle, from) + shift;
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { offset, line, character: offset - (before.lastIndexOf('\n') + 1) };
}

function medianOf(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timeRequests(runs: number, send: () => Promise<unknown>): Promise<number> {
  await send();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await send();
    times.push(performance.now() - started);
  }
  return medianOf(times);
}

function rssOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

function yamlLanguageServer(): string | undefined {
  const candidates = [
    process.env.CXM_BENCH_YAML_LANGUAGE_SERVER,
    join(homedir(), '.cache', 'cxm', 'yaml-language-server-1.25.0', 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server'),
  ];
  return candidates.find((path): path is string => path !== undefined && existsSync(path));
}

interface LspFigures { open: number; completion: number; hover: number; definition: number; references?: number; rename?: number; documentSymbols: number; rssHeld?: number }

async function overLsp(server: LspProcess, uri: string, text: string, spots: Record<'completion' | 'hover' | 'rename', Spot>, runs: number, full: boolean): Promise<LspFigures> {
  const document = { uri };
  const position = (at: Spot) => ({ line: at.line, character: at.character });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const rssBefore = rssOf(server.pid);
  const started = performance.now();
  server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  // The first answer after the open includes the parse of the 1 MB file.
  await server.request('textDocument/documentSymbol', { textDocument: document });
  const open = performance.now() - started;
  const figures: LspFigures = {
    open,
    completion: await timeRequests(runs, () => server.request('textDocument/completion', { textDocument: document, position: position(spots.completion) })),
    hover: await timeRequests(runs, () => server.request('textDocument/hover', { textDocument: document, position: position(spots.hover) })),
    definition: await timeRequests(runs, () => server.request('textDocument/definition', { textDocument: document, position: position(spots.hover) })),
    documentSymbols: await timeRequests(Math.min(runs, 5), () => server.request('textDocument/documentSymbol', { textDocument: document })),
  };
  if (full) {
    figures.references = await timeRequests(runs, () => server.request('textDocument/references', { textDocument: document, position: position(spots.hover), context: { includeDeclaration: true } }));
    figures.rename = await timeRequests(Math.min(runs, 5), () => server.request('textDocument/rename', { textDocument: document, position: position(spots.rename), newName: 'website' }));
  }
  const rssAfter = rssOf(server.pid);
  if (rssBefore !== undefined && rssAfter !== undefined) figures.rssHeld = rssAfter - rssBefore;
  return figures;
}

export async function runLanguageBench(): Promise<void> {
  const text = generateEngagement(1024 * 1024);
  const bytes = Buffer.byteLength(text, 'utf8');
  const middle = Math.floor(text.length / 2);
  const spots = {
    // A step's channel in the middle of the file: completion of the channel ids there.
    completion: spot(text, 'channel: ', 'channel: '.length, middle),
    // A use of a channel id there: hover, definition and references (thousands of uses).
    hover: spot(text, 'channel: site', 'channel: s'.length, middle),
    rename: spot(text, '  - id: site', '  - id: s'.length, 0),
  };
  console.log(`\nLanguage service on a generated engagement of ${kb(bytes)} (${text.split('\n').length} lines)`);

  const parse = measure(() => service.analyseDocument(service.parseEngagementDocument(text)), { runs: 3 });
  const document = service.parseEngagementDocument(text);
  service.analyseDocument(document);
  let started = performance.now();
  const index = document.symbols;
  const indexMs = performance.now() - started;
  console.log(`  parse + analysis (once per version, in the worker) ${ms(parse.median)}   symbol index (first use) ${ms(indexMs)}   ${index.occurrences.length} occurrences`);

  const core = {
    completion: measure(() => service.completion(document, spots.completion.offset, 'fr'), { runs: 21 }).median,
    hover: measure(() => service.hover(document, spots.hover.offset, 'fr'), { runs: 21 }).median,
    definition: measure(() => service.definition(document, spots.hover.offset), { runs: 21 }).median,
    references: measure(() => service.references(document, spots.hover.offset, true), { runs: 21 }).median,
    rename: measure(() => service.rename(document, spots.rename.offset, 'website', 'fr'), { runs: 7 }).median,
    documentSymbols: measure(() => service.documentSymbols(document), { runs: 7 }).median,
  };
  const uses = service.references(document, spots.hover.offset, true).length;
  // The host thread's share of the largest reply (the Outline): receiving its structured clone.
  const outline = serialize(service.documentSymbols(document));
  const outlineOnHost = measure(() => deserialize(outline), { runs: 7 }).median;

  // Memory an open document holds: text, engagement, facts, symbol index and its whole analysis (the
  // worker keeps it to answer the journey map's model requests), the YAML tree released.
  collect();
  const heapBefore = process.memoryUsage().heapUsed;
  const held: unknown[] = [];
  const copies = 3;
  for (let i = 0; i < copies; i++) {
    const copy = service.parseEngagementDocument(`${text}\n`.slice(0, -1 - i) + '\n'.repeat(i + 1));
    const analysis = service.analyseDocument(copy);
    // As the worker holds it: analysed, then without its YAML tree.
    copy.release();
    held.push(copy, analysis);
  }
  collect();
  const perDocument = (process.memoryUsage().heapUsed - heapBefore) / copies;
  void held.length;
  held.length = 0;

  // In VS Code: the host asks the analysis worker (dist/analysisWorker.js), which holds the parsed document.
  const worker = new Worker(join(__dirname, '..', 'analysisWorker.js'));
  let nextId = 1;
  const ask = (message: object) => new Promise<unknown>((resolve) => {
    const id = nextId++;
    const listener = (reply: { id: number }) => {
      if (reply.id !== id) return;
      worker.off('message', listener);
      resolve(reply);
    };
    worker.on('message', listener);
    worker.postMessage({ ...message, id });
  });
  const workerUri = 'file:///bench.engagement.yaml';
  await ask({ text, options: {}, uri: workerUri, version: 1 });
  const language = (method: string, params: object) => () => ask({ kind: 'language', method, uri: workerUri, version: 1, params });
  const viaWorker = {
    completion: await timeRequests(21, language('textDocument/completion', { offset: spots.completion.offset })),
    hover: await timeRequests(21, language('textDocument/hover', { offset: spots.hover.offset })),
    references: await timeRequests(21, language('textDocument/references', { offset: spots.hover.offset, includeDeclaration: true })),
    documentSymbols: await timeRequests(5, language('textDocument/documentSymbol', {})),
  };
  await worker.terminate();

  // Over LSP: cxm lsp --stdio, then yaml-language-server on the same file.
  const folder = mkdtempSync(join(tmpdir(), 'cxm-lsp-bench-'));
  const file = join(folder, 'bench.engagement.yaml');
  writeFileSync(file, text);
  const uri = pathToFileURL(file).href;
  const runs = 11;
  let ours: LspFigures | undefined;
  const cxm = new LspProcess(process.execPath, [join(__dirname, '..', 'cxm.js'), 'lsp', '--stdio']);
  try {
    await cxm.initialize(pathToFileURL(folder).href, { validation: false });
    ours = await overLsp(cxm, uri, text, spots, runs, true);
  } finally {
    await cxm.stop();
  }

  let theirs: LspFigures | undefined;
  const yls = yamlLanguageServer();
  if (yls) {
    const schema = pathToFileURL(join(__dirname, '..', 'engagement.schema.json')).href;
    const server = new LspProcess(process.execPath, [yls, '--stdio']);
    const settings = { schemas: { [schema]: '*.engagement.yaml' }, validate: true, completion: true, hover: true, schemaStore: { enable: false } };
    server.configuration = (section) => (section === 'yaml' ? settings : section === undefined ? { yaml: settings } : null);
    try {
      await server.initialize(pathToFileURL(folder).href);
      server.notify('workspace/didChangeConfiguration', { settings: { yaml: settings } });
      theirs = await overLsp(server, uri, text, spots, runs, false);
    } finally {
      await server.stop();
    }
  }
  rmSync(folder, { recursive: true, force: true });

  const row = (name: keyof typeof TARGETS, label: string) => {
    const target = TARGETS[name];
    const lsp = ours?.[name];
    const other = theirs?.[name];
    const ratio = other !== undefined && lsp !== undefined && lsp > 0 ? `${(other / lsp).toFixed(1)}×` : '';
    console.log(`  ${label.padEnd(18)} core ${ms(core[name])}  (target ≤ ${String(target).padStart(3)} ms)   cxm lsp ${lsp !== undefined ? ms(lsp) : '        —'}   yaml-language-server ${other !== undefined ? ms(other) : '   n/a (none)'}  ${ratio}`);
  };
  console.log('  median of each request, once analysed');
  row('completion', 'completion');
  row('hover', 'hover');
  row('definition', 'definition');
  row('references', `references (${uses})`);
  row('rename', 'rename');
  row('documentSymbols', 'document symbols');
  console.log(`  VS Code path (host ⇄ analysis worker round trip): completion ${ms(viaWorker.completion)}  hover ${ms(viaWorker.hover)}  references ${ms(viaWorker.references)}  document symbols ${ms(viaWorker.documentSymbols)}`);
  console.log(`  host thread's share of the Outline reply (receiving ${kb(outline.length)}): ${ms(outlineOnHost)}  (budget: 50 ms per keystroke)`);
  if (!yls) console.log('  yaml-language-server 1.25 not found: npm install --prefix ~/.cache/cxm/yaml-language-server-1.25.0 yaml-language-server@1.25.0');
  console.log(`  open + first answer over LSP: cxm lsp ${ms(ours?.open ?? NaN)}   yaml-language-server ${theirs ? ms(theirs.open) : 'n/a'}`);
  console.log(`  memory held per open document: core heap ${kb(perDocument)} = ${(perDocument / bytes).toFixed(1)}× the file (target ≤ 10×)`);
  const rss = (figures: LspFigures | undefined) => (figures?.rssHeld !== undefined ? `${kb(figures.rssHeld)} = ${(figures.rssHeld / bytes).toFixed(1)}×` : 'n/a');
  console.log(`  server RSS growth after opening it: cxm lsp ${rss(ours)}   yaml-language-server ${rss(theirs)}`);
}

if (require.main === module) void runLanguageBench();
