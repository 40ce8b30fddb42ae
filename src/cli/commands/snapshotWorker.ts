/**
 * `cxm compare` analyses its two versions at once: the earlier one in a worker thread (the `cxm`
 * bundle started on itself, as for the other commands), which sends back only the snapshot and the
 * errors to print, never the model.
 */
import { Worker } from 'node:worker_threads';
import { analyseEngagement, snapshotOf, type AnalyseOptions, type Diagnostic, type EngagementSnapshot } from '../../core';

export const SNAPSHOT_WORKER_ROLE = 'cxm-snapshot-worker';

export interface SnapshotResult {
  snapshot: EngagementSnapshot;
  /** Error diagnostics, located, for the report on stderr. */
  errors: Diagnostic[];
}

export function snapshotOfText(text: string, options: AnalyseOptions): SnapshotResult {
  const analysis = analyseEngagement(text, options);
  return { snapshot: snapshotOf(analysis), errors: analysis.diagnostics.filter((d) => d.severity === 'error') };
}

/** In a worker thread when a script is given, else in this thread. */
export function snapshotInWorker(text: string, options: AnalyseOptions, script: string | undefined): Promise<SnapshotResult> {
  if (!script) return Promise.resolve(snapshotOfText(text, options));
  // A worker that cannot start or dies costs only the parallelism: the text is analysed here instead.
  return inWorker(text, options, script).catch(() => snapshotOfText(text, options));
}

function inWorker(text: string, options: AnalyseOptions, script: string): Promise<SnapshotResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: { role: SNAPSHOT_WORKER_ROLE, text, options } });
    let settled = false;
    worker.once('message', (result: SnapshotResult) => {
      settled = true;
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', (error) => { if (!settled) { settled = true; reject(error); } });
    worker.once('exit', (code) => { if (!settled) { settled = true; reject(new Error(`snapshot worker exited with code ${code}`)); } });
  });
}

/** The worker thread's side: one text in, one snapshot out. */
export function runSnapshotWorker(port: { postMessage(result: SnapshotResult): void }, data: { text: string; options: AnalyseOptions }): void {
  port.postMessage(snapshotOfText(data.text, data.options));
}
