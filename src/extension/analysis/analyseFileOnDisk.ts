/**
 * Analysis of an engagement file that is not open in an editor (the comparison's other file, a
 * portfolio's files): read as the workspace validation reads it (readWorkspaceFile: confined to its
 * folder, regular files only, at most 10 MB + 1 bytes), decoded as VS Code decodes it (a byte-order
 * mark decides), and the size limit counted on the bytes of the file, not on the decoded text.
 */
import type * as vscode from 'vscode';
import { MAX_FILE_BYTES } from '../../core';
import { decodeEngagementBytes } from '../../node/decodeEngagementBytes';
import { readWorkspaceFile } from '../diagnostics/readWorkspaceFile';
import type { AnalysedDocument, AnalysisService } from './analysisService';

export async function analyseFileOnDisk(analysis: AnalysisService, uri: vscode.Uri): Promise<AnalysedDocument> {
  const read = await readWorkspaceFile(uri);
  if (read.kind === 'skipped') throw new Error(read.reason);
  // Past the limit only the size counts: the reader reports `file-too-large` from it without the text.
  if (read.kind === 'too-large') return analysis.analyseText(uri, '', -1, MAX_FILE_BYTES + 1);
  return analysis.analyseText(uri, decodeEngagementBytes(read.bytes), -1, read.bytes.length);
}
