// Runs the core analysis off the extension-host thread: a large engagement takes hundreds of
// milliseconds to parse, and typing must never block the host for more than 50 ms. The parsed
// document is kept for the language features, so a version is parsed once for both.
import { parentPort } from 'node:worker_threads';
import { analyseDocument, parseEngagementDocument } from '../../core';
import { answerLanguageRequest, forgetDocument, keepDocument, keepOutline } from '../language/languageWorker';
import type { WorkerReply, WorkerRequest } from './workerProtocol';

const encoder = new TextEncoder();

parentPort?.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  const transfer: ArrayBuffer[] = [];
  try {
    if (request.kind === 'language') {
      const answer = answerLanguageRequest(request);
      reply = answer === 'missing' ? { id: request.id, result: null, missing: true } : { id: request.id, result: answer.result };
    } else if (request.kind === 'outline') {
      keepOutline(request.uri, request.text === undefined ? undefined
        : parseEngagementDocument(request.text, request.byteLength !== undefined ? { byteLength: request.byteLength } : {}));
      reply = { id: request.id, result: null };
    } else if (request.kind === 'forget') {
      forgetDocument(request.uri);
      reply = { id: request.id, result: null };
    } else {
      const document = parseEngagementDocument(request.text, request.options.byteLength !== undefined ? { byteLength: request.options.byteLength } : {});
      const analysis = analyseDocument(document, request.options);
      if (request.uri !== undefined) keepDocument(request.uri, request.version ?? -1, document, analysis, request.options.fallbackLang ?? 'en');
      const model = encoder.encode(JSON.stringify(analysis));
      transfer.push(model.buffer as ArrayBuffer);
      const summary = {
        language: analysis.language,
        ok: analysis.ok,
        ...(analysis.engagement ? { client: analysis.engagement.engagement.client, stage: analysis.engagement.change.stage } : {}),
        ...(analysis.maturity ? { maturity: analysis.maturity.overall.maturity } : {}),
      };
      reply = { id: request.id, diagnostics: analysis.diagnostics, summary, model };
    }
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) };
  }
  parentPort!.postMessage(reply, transfer);
});
