/**
 * One analysis worker thread, started on first use and restarted if it dies or overruns. Requests
 * go to the worker one at a time, so each one's time limit counts its own analysis only (a burst of
 * files changed on disk queues here, not against the clock); a request that outlives its limit
 * restarts the worker, so one hostile file can never wedge validation for the others.
 */
import { Worker } from 'node:worker_threads';
import type * as vscode from 'vscode';
import type { AnalyseOptions } from '../../core';
import type { WorkerMethod, WorkerMethods } from '../language/languageProtocol';
import type { WorkerReply, WorkerRequest } from './workerProtocol';

export type WorkerResult = Extract<WorkerReply, { diagnostics: unknown }>;

/** A request as queued, before it gets its id. */
type Outgoing = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

const TIME_LIMIT_MS = 30_000;
/**
 * The worker's own heap, so a hostile file can never grow the extension host: a realistic 10 MB
 * engagement needs about 600 MB at peak; past this the worker dies alone and is restarted.
 */
export const WORKER_MEMORY_LIMIT_MB = 1024;
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: WORKER_MEMORY_LIMIT_MB, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 };

/** An analysis stopped by a limit of the worker (memory or time): the file is at fault, not the product. */
export class AnalysisLimitError extends Error {
  constructor(readonly limit: 'memory' | 'time', message: string) {
    super(message);
  }
}

interface Waiting {
  id: number;
  message: Outgoing;
  resolve(result: WorkerReply): void;
  reject(error: Error): void;
}

export class AnalysisWorkerClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly queue: Waiting[] = [];
  private running: (Waiting & { timer: NodeJS.Timeout }) | undefined;

  constructor(private readonly scriptPath: string, private readonly log: vscode.LogOutputChannel) {}

  /** With `document`, the worker keeps the parsed document of that version for the language features. */
  async analyse(text: string, options: AnalyseOptions, document?: { uri: string; version: number }): Promise<WorkerResult> {
    return (await this.send({ text, options, ...document })) as WorkerResult;
  }

  /** A language feature on version `version` of `uri`; `missing` when the worker does not hold that version. */
  async request<M extends WorkerMethod>(method: M, uri: string, version: number, params: WorkerMethods[M]['params']): Promise<{ result: WorkerMethods[M]['result'] } | 'missing'> {
    const reply = (await this.send({ kind: 'language', method, uri, version, params })) as { result: WorkerMethods[M]['result']; missing?: true };
    return reply.missing ? 'missing' : { result: reply.result };
  }

  /** Indexes `text` as the file `uri` for workspace symbols only; without text, drops its outline. */
  async outline(uri: string, text?: string, byteLength?: number): Promise<void> {
    await this.send({ kind: 'outline', uri, ...(text !== undefined ? { text } : {}), ...(byteLength !== undefined ? { byteLength } : {}) });
  }

  forget(uri: string): void {
    if (this.worker) void this.send({ kind: 'forget', uri }).catch(() => undefined);
  }

  private send(message: Outgoing): Promise<WorkerReply> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, message, resolve, reject });
      this.startNext();
    });
  }

  dispose(): void {
    const disposed = new Error('analysis worker disposed');
    for (const waiting of this.queue.splice(0)) waiting.reject(disposed);
    this.fail(disposed);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.scriptPath, { resourceLimits: RESOURCE_LIMITS });
    worker.unref();
    worker.on('message', (reply: WorkerReply) => this.settle(reply));
    worker.on('error', (error) => {
      const code = (error as NodeJS.ErrnoException).code;
      this.fail(code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new AnalysisLimitError('memory', `the analysis needed more than ${WORKER_MEMORY_LIMIT_MB} MB of memory`)
        : error);
    });
    worker.on('exit', (code) => {
      if (this.worker === worker) this.fail(new Error(`analysis worker exited with code ${code}`));
    });
    this.worker = worker;
    return worker;
  }

  private startNext(): void {
    if (this.running) return;
    const next = this.queue.shift();
    if (!next) return;
    const timer = setTimeout(() => this.fail(new AnalysisLimitError('time', `analysis took longer than ${TIME_LIMIT_MS} ms`)), TIME_LIMIT_MS);
    this.running = { ...next, timer };
    this.ensureWorker().postMessage({ ...next.message, id: next.id } as WorkerRequest);
  }

  private settle(reply: WorkerReply): void {
    const running = this.running;
    if (!running || running.id !== reply.id) return;
    this.running = undefined;
    clearTimeout(running.timer);
    if ('error' in reply) running.reject(new Error(reply.error));
    else running.resolve(reply);
    this.startNext();
  }

  /** Fails the running request only, drops the worker; the queue goes on with a fresh one. */
  private fail(reason: Error): void {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) void worker.terminate();
    const running = this.running;
    this.running = undefined;
    if (running) {
      this.log.warn(`Restarting the analysis worker: ${reason.message}`);
      clearTimeout(running.timer);
      running.reject(reason);
    }
    this.startNext();
  }
}
