/**
 * The workspace's engagements as benchmark rows: each file's latest analysis (the workspace
 * validation has usually made it already), one row kept per analysed version, so a refresh after
 * one file changes costs one snapshot, not the whole workspace.
 */
import * as vscode from 'vscode';
import { portfolioRowOf, PortfolioBuilder, snapshotOf, type PortfolioRow } from '../../core';
import { analyseFileOnDisk } from '../analysis/analyseFileOnDisk';
import type { AnalysedDocument } from '../analysis/analysisService';
import { ENGAGEMENT_GLOB } from '../analysis/engagementDocuments';
import type { HostServices } from '../hostServices';

const EXCLUDED_FOLDERS = '**/{node_modules,.*}/**';

type Outcome = { row: PortfolioRow } | { error: { code: string; message: string } };

export class WorkspacePortfolio {
  private readonly rows = new WeakMap<AnalysedDocument, Outcome>();

  constructor(private readonly services: HostServices) {}

  /** Every engagement of the workspace, in sorted path order (the order redaction codes follow). */
  async build(): Promise<PortfolioBuilder> {
    const files = await vscode.workspace.findFiles(ENGAGEMENT_GLOB, EXCLUDED_FOLDERS);
    const byPath = files.map((uri) => ({ uri, path: vscode.workspace.asRelativePath(uri) })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const builder = new PortfolioBuilder();
    for (const { uri, path } of byPath) {
      const outcome = await this.outcomeOf(uri);
      if ('row' in outcome) builder.add(path, outcome.row);
      else builder.skip(path, outcome.error);
    }
    return builder;
  }

  private async outcomeOf(uri: vscode.Uri): Promise<Outcome> {
    let analysed: AnalysedDocument;
    try {
      analysed = await this.analysed(uri);
    } catch (error) {
      return { error: { code: 'file-unreadable', message: error instanceof Error ? error.message : String(error) } };
    }
    const known = this.rows.get(analysed);
    if (known) return known;
    const firstError = analysed.diagnostics.find((d) => d.severity === 'error');
    const row = firstError ? undefined : portfolioRowOf(snapshotOf(analysed.analysis));
    const outcome: Outcome = row ? { row } : { error: { code: firstError?.code ?? 'analysis-failed', message: firstError?.message ?? '' } };
    this.rows.set(analysed, outcome);
    return outcome;
  }

  private async analysed(uri: vscode.Uri): Promise<AnalysedDocument> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return this.services.analysis.analyseDocument(open);
    const latest = this.services.analysis.latest(uri);
    if (latest) return latest;
    return analyseFileOnDisk(this.services.analysis, uri);
  }
}
