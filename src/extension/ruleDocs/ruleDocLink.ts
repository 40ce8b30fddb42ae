/**
 * Where a diagnostic's code links to: the rule's own documentation, rendered, in the file's
 * language. The Problems panel opens a diagnostic's code target with commands allowed, so the
 * target is a command URI (its fragment still names the code, as the rules page's anchor did).
 */
import * as vscode from 'vscode';

export const SHOW_RULE_COMMAND = 'cxm.showRule';

export function ruleDocTarget(code: string, language: string): vscode.Uri {
  return vscode.Uri.from({ scheme: 'command', path: SHOW_RULE_COMMAND, query: JSON.stringify([code, language]), fragment: code });
}
