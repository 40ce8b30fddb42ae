/**
 * The webview's page: nonce'd scripts from dist/webview, a stylesheet from the extension (the CSP
 * allows nothing inline, nothing from the network). The document URI travels in an escaped data
 * attribute, never inside script text.
 *
 * First paint: when the file is already analysed, the page carries the first map twice — drawn
 * (the core's SVG, every user string escaped by toMarkup) so it paints before any script runs,
 * and as the `update` message in an escaped data attribute so the script adopts it at once,
 * without waiting for a `ready` round trip. The toolkit's components load from their own deferred
 * script after the map's: the map never waits for them.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { layoutJourneyMap, renderJourneyMap, escapeAttribute, toMarkup } from '../../core';
import type { UpdateMessage } from '../../protocol/journeyMapProtocol';

/** Beyond this many cards the page carries no map (its markup would outweigh a round trip). */
const MAX_EMBEDDED_CARDS = 400;
/** Below this zoom the webview draws cards without text (webview/mapCanvas.ts's OVERVIEW_ZOOM). */
const OVERVIEW_ZOOM = 0.35;
/** A typical panel beside an editor, to guess whether the fitted first map shows card text. */
const TYPICAL_PANEL_WIDTH = 1000;

export function webviewRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
}

export function journeyMapHtml(webview: vscode.Webview, extensionUri: vscode.Uri, documentUri: vscode.Uri, initial?: UpdateMessage): string {
  const nonce = randomBytes(18).toString('base64');
  const asset = (name: string) => escapeAttribute(webview.asWebviewUri(vscode.Uri.joinPath(webviewRoot(extensionUri), name)).toString());
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${webview.cspSource}`,
    `img-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  const embedded = initial?.map && initial.map.cards.length <= MAX_EMBEDDED_CARDS ? initial : undefined;
  return `<!DOCTYPE html>
<html lang="${embedded?.map?.language ?? (vscode.env.language.startsWith('fr') ? 'fr' : 'en')}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${asset('map.css')}">
<script nonce="${nonce}" src="${asset('main.js')}" defer></script>
<script nonce="${nonce}" src="${asset('toolkit.js')}" defer></script>
</head>
<body data-uri="${escapeAttribute(documentUri.toString())}"${embedded ? ` data-initial="${escapeAttribute(JSON.stringify(embedded))}"` : ''}>
${embedded ? firstDrawing(embedded) : ''}
</body>
</html>`;
}

/** The map as the webview will draw it on first opening: fitted to the panel's width. */
function firstDrawing(update: UpdateMessage): string {
  const model = update.map!;
  const detail = layoutJourneyMap(model).width * OVERVIEW_ZOOM > TYPICAL_PANEL_WIDTH ? 'overview' : 'full';
  const svg = toMarkup(renderJourneyMap(model, { standalone: false, detail }));
  return `<div class="toolbar placeholder"></div><div class="viewport"><div class="canvas prepainted">${svg}</div></div>`;
}
