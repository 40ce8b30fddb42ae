// Runs the core analysis off the extension-host thread: a large engagement takes hundreds of
// milliseconds to parse, and typing must never block the host for more than 50 ms.
import { parentPort } from 'node:worker_threads';
import { analyseEngagement } from '../../core/analysis/analyseEngagement';
import type { WorkerReply, WorkerRequest } from './workerProtocol';

const encoder = new TextEncoder();

parentPort?.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  const transfer: ArrayBuffer[] = [];
  try {
    const analysis = analyseEngagement(request.text, request.options);
    const model = encoder.encode(JSON.stringify(analysis));
    transfer.push(model.buffer as ArrayBuffer);
    const summary = {
      language: analysis.language,
      ok: analysis.ok,
      ...(analysis.engagement ? { client: analysis.engagement.engagement.client, stage: analysis.engagement.change.stage } : {}),
      ...(analysis.maturity ? { maturity: analysis.maturity.overall.maturity } : {}),
    };
    reply = { id: request.id, diagnostics: analysis.diagnostics, summary, model };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) };
  }
  parentPort!.postMessage(reply, transfer);
});
