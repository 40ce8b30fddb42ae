/**
 * Ctrl+T across the workspace's engagement files, open or not. The worker answers `workspace/symbol`
 * from the outline of every file it has parsed; the workspace validation parses the files on disk,
 * but only while `cxMaturity.validation.enabled` is on, and only once it has finished. So before the
 * first query, every engagement file of the workspace the worker holds nothing for is read (safely:
 * readWorkspaceFile, confined to its folder) and indexed for its outline only: no diagnostics, no
 * model. Bounded by MAX_FILES; files created or changed on disk while validation is off are read
 * again at the next query (with validation on, their analysis refreshes the outline already).
 */
import * as vscode from 'vscode';
import { decodeEngagementBytes } from '../../node/decodeEngagementBytes';
import type { AnalysisService } from '../analysis/analysisService';
import { ENGAGEMENT_GLOB, isEngagementUri } from '../analysis/engagementDocuments';
import { readWorkspaceFile } from '../diagnostics/readWorkspaceFile';
import { EXCLUDED_FOLDERS } from '../diagnostics/registerValidation';

/** At most this many files indexed for workspace symbols (as `cxm lsp` does). */
const MAX_FILES = 500;

export class WorkspaceSymbolIndex implements vscode.Disposable {
  private indexed: Promise<void> | undefined;
  private readonly stale = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly analysis: AnalysisService, private readonly log: vscode.LogOutputChannel) {}

  /** Every engagement file of the workspace has an outline in the worker (read once; changed ones again). */
  async ready(): Promise<void> {
    this.indexed ??= this.indexAll();
    await this.indexed;
    const stale = [...this.stale];
    this.stale.clear();
    for (const uri of stale) await this.index(vscode.Uri.parse(uri));
  }

  private async indexAll(): Promise<void> {
    // Watched from the first query on (nothing at activation).
    const watcher = vscode.workspace.createFileSystemWatcher(ENGAGEMENT_GLOB);
    const changed = (uri: vscode.Uri) => {
      if (isEngagementUri(uri) && !validationOn()) this.stale.add(uri.toString());
    };
    this.disposables.push(
      watcher,
      watcher.onDidCreate(changed),
      watcher.onDidChange(changed),
      watcher.onDidDelete((uri) => {
        this.stale.delete(uri.toString());
        void this.analysis.indexOutline(uri).catch(() => undefined);
      }),
    );
    const files = await vscode.workspace.findFiles(ENGAGEMENT_GLOB, EXCLUDED_FOLDERS, MAX_FILES);
    // Analysed already (the workspace validation, an editor): the worker holds their outline.
    for (const uri of files) if (!this.analysis.latest(uri)) await this.index(uri);
  }

  private async index(uri: vscode.Uri): Promise<void> {
    if (vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString())) return;
    try {
      const read = await readWorkspaceFile(uri);
      if (read.kind === 'read') await this.analysis.indexOutline(uri, decodeEngagementBytes(read.bytes), read.bytes.length);
      else if (read.kind === 'skipped') this.log.info(read.reason);
    } catch (error) {
      this.log.warn(`Workspace symbols: could not read ${uri.toString()}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  dispose(): void {
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}

function validationOn(): boolean {
  return vscode.workspace.getConfiguration('cxMaturity').get<boolean>('validation.enabled', true);
}
