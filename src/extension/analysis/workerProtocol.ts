import type { AnalyseOptions, Diagnostic, ChangeStage, ChannelMaturity, Language } from '../../core';
import type { ForgetRequest, LanguageReply, LanguageRequest } from '../language/languageProtocol';

/** With `uri`, the worker keeps the parsed document for the language features (open documents: their version). */
export interface AnalysisRequest { id: number; kind?: 'analyse'; text: string; options: AnalyseOptions; uri?: string; version?: number }

/**
 * A file on disk indexed for workspace symbols only (not analysed: no diagnostics, no model): the
 * worker parses it and keeps its outline. Without `text`, the file is gone: its outline is dropped.
 */
export interface OutlineRequest { id: number; kind: 'outline'; uri: string; text?: string; byteLength?: number }

export type WorkerRequest = AnalysisRequest | LanguageRequest | ForgetRequest | OutlineRequest;

/** What the status bar and the Problems panel need, without decoding the whole model. */
export interface AnalysisSummary {
  language: Language;
  ok: boolean;
  client?: string;
  stage?: ChangeStage;
  maturity?: ChannelMaturity;
}

/**
 * The diagnostics travel as objects (the host always needs them); the whole model travels as UTF-8
 * JSON in a transferred buffer, decoded on the host only by the views that read it: a 1 MB
 * engagement's model would otherwise cost the host thread a structured clone on every keystroke.
 */
export type WorkerReply =
  | { id: number; diagnostics: Diagnostic[]; summary: AnalysisSummary; model: Uint8Array }
  | LanguageReply
  | { id: number; error: string };
