/**
 * Analyses the input files (and renders the document asked for), one hostile file never stopping
 * the batch: any failure becomes a diagnostic on that file. With a worker script and several
 * files, the files are analysed and rendered on every core by worker threads, and still yielded in
 * input order, with only a few files in flight so memory stays bounded.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyseEngagement, type EngagementAnalysis, type Language } from '../core';
import type { InputFile } from './expandInputs';
import { WHOLE_FILE, type FileReport } from './fileReport';
import { heldOutcome, renderDocument, type DocumentRender, type RenderOutcome } from './commands/renderDocument';
import { cliMessages } from './messages';
import { readEngagementFile } from './readEngagementFile';

export interface AnalysedFile extends FileReport {
  input: InputFile;
  /** Present when the file was read and analysed, and no document was asked for. */
  analysis?: EngagementAnalysis;
  /** The document asked for, when the file has no error. */
  rendered?: RenderOutcome;
}

export interface AnalysisLanguage {
  lang?: Language;
  fallbackLang: Language;
}

export interface AnalysisOptions extends AnalysisLanguage {
  /** `cxm validate` needs diagnostics only. */
  validateOnly?: boolean;
  /** The script that runs `runAnalysisWorker` in a worker thread (the `cxm` bundle itself); absent: in this thread. */
  workerScript?: string;
  /** The document to make of each file without errors, where it is analysed (then the analysis itself is not kept). */
  render?: { document: DocumentRender; sharedStdout: boolean; lang: Language };
  /** Only error diagnostics come back (`cxm portfolio` keeps one row per file, its findings inside it). */
  errorsOnly?: boolean;
}

/** Marks the worker threads the `cxm` bundle starts on itself. */
export const ANALYSIS_WORKER_ROLE = 'cxm-analysis-worker';

interface WorkRequest { index: number; input: InputFile; options: AnalysisOptions }
interface WorkReply { index: number; file: AnalysedFile }

export async function analyseInput(input: InputFile, options: AnalysisOptions): Promise<AnalysedFile> {
  const hostLanguage = options.lang ?? options.fallbackLang;
  const read = readEngagementFile(input, hostLanguage);
  if (!read.ok) return { input, path: input.path, diagnostics: [read.diagnostic] };
  try {
    // A journey export draws the engagement and the diagnostics only (no maturity, roadmap or
    // source locations): the lean reading gives the same, without composing the YAML tree.
    const validateOnly = options.validateOnly === true || options.render?.document.kind === 'journey';
    const analysis = analyseEngagement(read.text, { lang: options.lang, fallbackLang: options.fallbackLang, validateOnly, byteLength: read.byteLength });
    if (!options.render) return { input, path: input.path, diagnostics: analysis.diagnostics, analysis };
    const diagnostics = options.errorsOnly ? analysis.diagnostics.filter((d) => d.severity === 'error') : analysis.diagnostics;
    if (!analysis.ok) return { input, path: input.path, diagnostics };
    const { document, sharedStdout, lang } = options.render;
    return { input, path: input.path, diagnostics, rendered: await renderDocument(document, analysis, { path: input.path, sharedStdout, lang }) };
  } catch (error) {
    return failure(input, hostLanguage, error);
  }
}

/**
 * A custom template is code the product did not write: its compilation and rendering run in a
 * worker thread with a memory limit and a time budget per file (a 10 MB template can otherwise
 * take minutes and gigabytes), even for a single file.
 */
export const TEMPLATE_TIME_BUDGET_MS = Number(process.env['CXM_TEMPLATE_TIME_BUDGET_MS']) > 0 ? Number(process.env['CXM_TEMPLATE_TIME_BUDGET_MS']) : 30_000;
export const TEMPLATE_MEMORY_LIMIT_MB = 1024;

function runsCustomTemplate(options: AnalysisOptions): boolean {
  const document = options.render?.document;
  return document?.kind === 'roadmap' && document.template.kind === 'custom';
}

export async function* analyseInputs(files: readonly InputFile[], options: AnalysisOptions): AsyncGenerator<AnalysedFile> {
  const workers = Math.min(availableParallelism(), files.length);
  const budgeted = runsCustomTemplate(options);
  if (!options.workerScript || (workers < 2 && !budgeted)) {
    for (const input of files) yield await analyseInput(input, options);
    return;
  }
  yield* analyseInParallel(files, options, options.workerScript, Math.max(1, workers), budgeted);
}

async function* analyseInParallel(files: readonly InputFile[], options: AnalysisOptions, script: string, count: number, budgeted = false): AsyncGenerator<AnalysedFile> {
  const { workerScript: _script, ...plainOptions } = options;
  const hostLanguage = options.lang ?? options.fallbackLang;
  // Results wait here until their turn; at most `window` files are analysed ahead of the output.
  const window = count * 2;
  const ready = new Map<number, AnalysedFile>();
  const current = new Map<Worker, number>();
  const free: Worker[] = [];
  const pool: Worker[] = [];
  let wake: (() => void) | undefined;
  let next = 0;
  let emitted = 0;
  let finished = false;

  const pump = () => {
    while (free.length > 0 && next < files.length && next - emitted < window) {
      const worker = free.pop()!;
      const index = next++;
      current.set(worker, index);
      if (budgeted) {
        const timer = setTimeout(() => {
          if (current.get(worker) !== index) return;
          outOfBudget.add(worker);
          void worker.terminate();
        }, TEMPLATE_TIME_BUDGET_MS);
        timers.set(worker, timer);
      }
      worker.postMessage({ index, input: files[index]!, options: plainOptions } satisfies WorkRequest);
    }
  };
  const deliver = (index: number, file: AnalysedFile) => {
    ready.set(index, file);
    wake?.();
  };
  const timers = new Map<Worker, NodeJS.Timeout>();
  const outOfBudget = new Set<Worker>();
  const start = (): Worker => {
    const worker = new Worker(script, {
      workerData: { role: ANALYSIS_WORKER_ROLE },
      ...(budgeted ? { resourceLimits: { maxOldGenerationSizeMb: TEMPLATE_MEMORY_LIMIT_MB, maxYoungGenerationSizeMb: 64 } } : {}),
    });
    worker.on('message', ({ index, file }: WorkReply) => {
      clearTimeout(timers.get(worker));
      current.delete(worker);
      deliver(index, file);
      free.push(worker);
      pump();
    });
    // A worker that dies (an error, or an exit we did not ask for) takes only its own file with
    // it: that file gets a diagnostic and a fresh worker carries on.
    let gone = false;
    const replace = (error: unknown) => {
      if (gone) return;
      gone = true;
      clearTimeout(timers.get(worker));
      const index = current.get(worker);
      current.delete(worker);
      if (index !== undefined) {
        const code = (error as NodeJS.ErrnoException | undefined)?.code;
        const reason = outOfBudget.has(worker)
          ? new TemplateBudgetError(cliMessages(hostLanguage).templateTooSlow(Math.round(TEMPLATE_TIME_BUDGET_MS / 100) / 10))
          : budgeted && code === 'ERR_WORKER_OUT_OF_MEMORY' ? new TemplateBudgetError(cliMessages(hostLanguage).templateTooLarge(TEMPLATE_MEMORY_LIMIT_MB)) : error;
        deliver(index, failure(files[index]!, hostLanguage, reason));
      }
      pool.splice(pool.indexOf(worker), 1);
      if (!finished) {
        free.push(start());
        pump();
      }
    };
    worker.on('error', replace);
    worker.on('exit', (code) => replace(new Error(`analysis worker exited with code ${code}`)));
    pool.push(worker);
    return worker;
  };
  for (let i = 0; i < count; i++) free.push(start());

  try {
    for (; emitted < files.length; emitted++) {
      pump();
      while (!ready.has(emitted)) await new Promise<void>((resolve) => (wake = resolve));
      const file = ready.get(emitted)!;
      ready.delete(emitted);
      yield file;
    }
  } finally {
    finished = true;
    await Promise.all([...pool].map((worker) => worker.terminate()));
  }
}

/** The worker thread's side: analyse each file it is sent and send the result back. */
export function runAnalysisWorker(port: { on(event: 'message', listener: (request: WorkRequest) => void): void; postMessage(reply: WorkReply): void }): void {
  port.on('message', ({ index, input, options }) => {
    analyseInput(input, options)
      .catch((error: unknown) => failure(input, options.lang ?? options.fallbackLang, error))
      // A document made as it is written cannot cross threads: it is made here, in chunks.
      .then((file) => port.postMessage({ index, file: file.rendered ? { ...file, rendered: heldOutcome(file.rendered) } : file }));
  });
}

/** A custom template stopped by its budget: the template is at fault, not cxm (no "please report"). */
class TemplateBudgetError extends Error {}

function failure(input: InputFile, lang: Language, error: unknown): AnalysedFile {
  const reason = error instanceof Error ? error.message : String(error);
  const diagnostic = {
    code: 'analysis-failed' as const,
    severity: 'error' as const,
    message: error instanceof TemplateBudgetError ? `${input.path}: ${reason}.` : cliMessages(lang).internalError(input.path, reason),
    path: '',
    range: { ...WHOLE_FILE },
  };
  return { input, path: input.path, diagnostics: [diagnostic] };
}
