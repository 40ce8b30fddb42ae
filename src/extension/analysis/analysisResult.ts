/** One analysed version of an engagement on the host: diagnostics at once, the model on demand. */
import type * as vscode from 'vscode';
import type { EngagementAnalysis, Diagnostic } from '../../core';
import type { AnalysisSummary } from './workerProtocol';

const decoder = new TextDecoder();

export class AnalysedDocument {
  /** How many models the host has decoded since activation (the tests check a view that should not decode, does not). */
  static decodedModels = 0;
  private decoded: EngagementAnalysis | undefined;

  constructor(
    readonly uri: vscode.Uri,
    /** The document version analysed; -1 for a file read from disk (not open). */
    readonly version: number,
    readonly diagnostics: Diagnostic[],
    readonly summary: AnalysisSummary,
    private model: Uint8Array | EngagementAnalysis,
  ) {}

  /** The whole model, decoded once on first use (only views that draw it pay for it). */
  get analysis(): EngagementAnalysis {
    if (!this.decoded) {
      if (this.model instanceof Uint8Array) AnalysedDocument.decodedModels++;
      this.decoded = this.model instanceof Uint8Array ? (JSON.parse(decoder.decode(this.model)) as EngagementAnalysis) : this.model;
      this.model = this.decoded;
    }
    return this.decoded;
  }
}
