/** The services the composition root builds once and hands to every feature's registration. */
import type * as vscode from 'vscode';
import type { AnalysisService } from './analysis/analysisService';

export interface HostServices {
  analysis: AnalysisService;
  log: vscode.LogOutputChannel;
  /** The extension's install folder: built webview assets, templates, docs. */
  extensionUri: vscode.Uri;
}
