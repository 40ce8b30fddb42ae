/**
 * One analysis worker thread, started on first use and restarted if it dies or overruns. Requests
 * are answered in order; a request that outlives its time limit restarts the worker so one hostile
 * file can never wedge validation for the others.
 */
import { Worker } from 'node:worker_threads';
import type * as vscode from 'vscode';
import type { AnalyseOptions } from '../../core/analysis/engagementAnalysis';
import type { WorkerReply, WorkerRequest } from './workerProtocol';

export type WorkerResult = Extract<WorkerReply, { diagnostics: unknown }>;

const TIME_LIMIT_MS = 30_000;

interface Waiting {
  resolve(result: WorkerResult): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

export class AnalysisWorkerClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();

  constructor(private readonly scriptPath: string, private readonly log: vscode.LogOutputChannel) {}

  analyse(text: string, options: AnalyseOptions): Promise<WorkerResult> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.restart(new Error(`analysis took longer than ${TIME_LIMIT_MS} ms`)), TIME_LIMIT_MS);
      this.waiting.set(id, { resolve, reject, timer });
      worker.postMessage({ id, text, options } satisfies WorkerRequest);
    });
  }

  dispose(): void {
    this.restart(new Error('analysis worker disposed'));
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.scriptPath);
    worker.unref();
    worker.on('message', (reply: WorkerReply) => this.settle(reply));
    worker.on('error', (error) => this.restart(error));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.restart(new Error(`analysis worker exited with code ${code}`));
    });
    this.worker = worker;
    return worker;
  }

  private settle(reply: WorkerReply): void {
    const waiting = this.waiting.get(reply.id);
    if (!waiting) return;
    this.waiting.delete(reply.id);
    clearTimeout(waiting.timer);
    if ('error' in reply) waiting.reject(new Error(reply.error));
    else waiting.resolve(reply);
  }

  /** Fails every pending request and drops the worker; the next request starts a fresh one. */
  private restart(reason: Error): void {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) {
      if (this.waiting.size > 0) this.log.warn(`Restarting the analysis worker: ${reason.message}`);
      void worker.terminate();
    }
    for (const waiting of this.waiting.values()) {
      clearTimeout(waiting.timer);
      waiting.reject(reason);
    }
    this.waiting.clear();
  }
}
