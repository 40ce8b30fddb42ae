/** Which documents are engagements, and the language to speak when the file names none. */
import * as vscode from 'vscode';
import type { Language } from '../../core';

const ENGAGEMENT_FILE = /\.engagement\.ya?ml$/i;

export const ENGAGEMENT_GLOB = '**/*.engagement.{yaml,yml}';
export const ENGAGEMENT_SELECTOR: vscode.DocumentSelector = [
  { scheme: 'file', pattern: ENGAGEMENT_GLOB },
  { scheme: 'untitled', pattern: ENGAGEMENT_GLOB },
  { scheme: 'vscode-remote', pattern: ENGAGEMENT_GLOB },
];

export function isEngagementUri(uri: vscode.Uri): boolean {
  return ENGAGEMENT_FILE.test(uri.path);
}

export function isEngagementDocument(document: vscode.TextDocument): boolean {
  return isEngagementUri(document.uri);
}

/** VS Code's display language, used when the engagement does not declare its own. */
export function displayLanguage(): Language {
  return vscode.env.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
