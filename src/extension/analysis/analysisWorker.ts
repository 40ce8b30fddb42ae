// Runs the core analysis off the extension-host thread: a large engagement takes hundreds of
// milliseconds to parse, and typing must never block the host for more than 50 ms.
import { parentPort } from 'node:worker_threads';
import { analyseEngagement } from '../../core/analysis/analyseEngagement';
import type { WorkerReply, WorkerRequest } from './workerProtocol';

parentPort?.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id: request.id, analysis: analyseEngagement(request.text, request.options) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) };
  }
  parentPort!.postMessage(reply);
});
