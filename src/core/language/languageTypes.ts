/**
 * What the language features answer, in the core's terms: offsets into the text (UTF-16 code units),
 * plain data, no editor types. Hosts (VS Code, `cxm lsp`) convert offsets to their positions.
 */
import type { DiagnosticCode } from '../diagnostics/diagnostic';
import type { EntityKind, SymbolKind } from '../document/symbolIndex';
import type { OffsetRange } from '../yaml/locatePath';

export type { OffsetRange };

export interface TextEdit { range: OffsetRange; newText: string }

export type CompletionKind = 'key' | 'value' | 'id' | 'snippet';

export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  /** One line shown beside the label (a channel's name, "required"). */
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** Replaces `range`; a snippet (`$1`, `${1:text}`) when `kind` is `snippet`. Lines after the first are indented relative to the cursor's line. */
  insertText: string;
  range: OffsetRange;
  /** What the typed word is matched against (a French word typed for an English value). */
  filterText?: string;
  sortText?: string;
  preselect?: boolean;
}

export interface HoverResult { markdown: string; range: OffsetRange }

export interface LocationResult {
  /** The id's characters. */
  range: OffsetRange;
  /** The whole entity (its list item), for editors that show the definition's extent. */
  entity?: OffsetRange;
}

export type PrepareRenameResult = { range: OffsetRange; placeholder: string } | { refused: string };

export type RenameResult = { edits: TextEdit[] } | { refused: string };

export interface DocumentSymbolEntry {
  name: string;
  detail?: string;
  kind: EntityKind;
  range: OffsetRange;
  selection: OffsetRange;
  children: DocumentSymbolEntry[];
}

export interface CodeActionEntry {
  title: string;
  /** The diagnostic it fixes (by code and range), when it fixes one. */
  diagnostic?: { code: DiagnosticCode; range: OffsetRange };
  edits: TextEdit[];
  isPreferred?: boolean;
}

export interface CodeLensEntry {
  range: OffsetRange;
  title: string;
  /** The command to run: the host supplies the document's uri as its first argument. */
  command: 'cxm.openJourneyMap';
  journeyId: string;
}

export type { SymbolKind };
