/**
 * Renders a roadmap with a custom template off the extension host, in a worker thread with a memory
 * limit and a time budget: a template from the workspace is code the product did not write, and a
 * 10 MB template or a combinatorial one would otherwise freeze every extension for minutes. The
 * built-in templates are the product's own code and render in the host, as before.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import * as vscode from 'vscode';
import type { EngagementAnalysis, RenderResult, RoadmapTemplate } from '../../core';
import { roadmapRenderer } from './lazyRoadmapRenderer';

export const TEMPLATE_TIME_BUDGET_MS = 30_000;
export const TEMPLATE_MEMORY_LIMIT_MB = 1024;

// The worker loads the same renderer bundle the host loads lazily (dist/roadmapRenderer.js).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { renderRoadmap } = require(workerData.renderer);
parentPort.once('message', ({ analysis, template }) => parentPort.postMessage(renderRoadmap(analysis, template)));
`;

export function renderRoadmapBounded(analysis: EngagementAnalysis, template: RoadmapTemplate): Promise<RenderResult> {
  if (template.kind === 'builtin') return Promise.resolve(roadmapRenderer().renderRoadmap(analysis, template));
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { renderer: join(__dirname, 'roadmapRenderer.js') },
      resourceLimits: { maxOldGenerationSizeMb: TEMPLATE_MEMORY_LIMIT_MB, maxYoungGenerationSizeMb: 64 },
    });
    let settled = false;
    const settle = (result: RenderResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => settle({
      ok: false,
      message: vscode.l10n.t('The template {0} took longer than {1} seconds to render: it was stopped.', template.name, TEMPLATE_TIME_BUDGET_MS / 1000),
    }), TEMPLATE_TIME_BUDGET_MS);
    worker.once('message', (result: RenderResult) => settle(result));
    worker.once('error', (error: NodeJS.ErrnoException) => settle({
      ok: false,
      message: error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? vscode.l10n.t('The template {0} needed more than {1} MB of memory to render: it was stopped.', template.name, TEMPLATE_MEMORY_LIMIT_MB)
        : error.message,
    }));
    worker.once('exit', (code) => settle({ ok: false, message: `template worker exited with code ${code}` }));
    worker.postMessage({ analysis, template });
  });
}
