/**
 * A webview that shows one of the core's self-contained HTML reports (comparison, portfolio) as is:
 * the same page `cxm` writes, under a CSP that allows no script at all and only the page's one
 * stylesheet, by a fresh nonce per render. The pages hold no `style` attribute, no image and no link.
 */
import { randomBytes } from 'node:crypto';
import type * as vscode from 'vscode';

export interface ReportRender {
  csp: string;
  styleNonce: string;
}

export function reportRender(webview: vscode.Webview): ReportRender {
  const styleNonce = randomBytes(16).toString('base64');
  return { csp: `default-src 'none'; style-src 'nonce-${styleNonce}'; img-src ${webview.cspSource};`, styleNonce };
}

/** Scripts stay off and the webview reads nothing from disk. */
export const REPORT_WEBVIEW_OPTIONS: vscode.WebviewOptions & vscode.WebviewPanelOptions = { enableScripts: false, localResourceRoots: [] };

/** A banner under the page's `<body>` (already escaped text only). */
export function withBanner(html: string, bannerText: string | undefined, escape: (text: string) => string): string {
  return bannerText ? html.replace('<body>', `<body>\n<p class="banner" role="status">${escape(bannerText)}</p>`) : html;
}
