/**
 * The webview's page: one nonce'd script from dist/webview, nothing inline, nothing from the
 * network. The document URI travels in an escaped data attribute, never inside script text.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { escapeAttribute } from '../../core/journey/virtualTree';

export function webviewRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
}

export function journeyMapHtml(webview: vscode.Webview, extensionUri: vscode.Uri, documentUri: vscode.Uri): string {
  const nonce = randomBytes(18).toString('base64');
  const script = webview.asWebviewUri(vscode.Uri.joinPath(webviewRoot(extensionUri), 'main.js'));
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${webview.cspSource}`,
    `img-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${vscode.env.language.startsWith('fr') ? 'fr' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body data-uri="${escapeAttribute(documentUri.toString())}">
<script nonce="${nonce}" src="${escapeAttribute(script.toString())}"></script>
</body>
</html>`;
}
