/**
 * The composition root: builds the services once, hands them to each feature's registration and
 * holds no logic. Everything disposable goes to context.subscriptions.
 */
import * as vscode from 'vscode';
import type { EngagementAnalysis } from '../core';
import { AnalysisService } from './analysis/analysisService';
import { registerCompare } from './compare/registerCompare';
import { registerValidation } from './diagnostics/registerValidation';
import type { HostServices } from './hostServices';
import { registerFirstUse } from './firstUse/registerFirstUse';
import { registerJourneyMap } from './journeyMap/registerJourneyMap';
import { registerLanguageFeatures } from './language/registerLanguageFeatures';
import { registerPortfolio } from './portfolio/registerPortfolio';
import { registerRoadmap } from './roadmap/registerRoadmap';
import { registerRuleDocs } from './ruleDocs/registerRuleDocs';
import { registerStatusBar } from './statusBar';

/** What the extension exports: the same analysis its views use (for other extensions and tests). */
export interface CxMaturityApi {
  analyse(uri: vscode.Uri): Promise<EngagementAnalysis>;
  /** How long activate() took, in milliseconds (reported by the integration suite and the log). */
  activationMs: number;
}

export function activate(context: vscode.ExtensionContext): CxMaturityApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('CX Maturity Toolkit', { log: true });
  const analysis = new AnalysisService(vscode.Uri.joinPath(context.extensionUri, 'dist', 'analysisWorker.js').fsPath, log);
  const services: HostServices = { analysis, log, extensionUri: context.extensionUri };
  context.subscriptions.push(log, analysis);

  registerValidation(context, services);
  registerStatusBar(context, services);
  registerRoadmap(context, services);
  registerJourneyMap(context, services);
  registerLanguageFeatures(context, services);
  registerRuleDocs(context, services);
  registerFirstUse(context, services);
  registerCompare(context, services);
  registerPortfolio(context, services);

  const activationMs = performance.now() - started;
  log.info(`Activated in ${activationMs.toFixed(1)} ms`);
  return {
    analyse: async (uri) => analysis.analyse(await vscode.workspace.openTextDocument(uri)),
    activationMs,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
