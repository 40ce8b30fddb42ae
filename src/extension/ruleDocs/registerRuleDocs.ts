/**
 * Rule documentation that opens at the rule: one panel showing the section of docs/rules.md (or
 * docs/rules.fr.md) for a diagnostic code, rendered by VS Code's own Markdown engine, reached from
 * the Problems panel's code link, from a link in the hover and from the quick-fix menu.
 */
import * as vscode from 'vscode';
import { escapeAttribute, escapeText, LANGUAGES, localize, RULE_LINK_TEXTS, type Language } from '../../core';
import type { HostServices } from '../hostServices';
import { DIAGNOSTIC_SOURCE } from '../diagnostics/toVscodeDiagnostic';
import { ENGAGEMENT_SELECTOR } from '../analysis/engagementDocuments';
import { ruleSection, rulesPageName } from './ruleSection';
import { SHOW_RULE_COMMAND } from './ruleDocLink';

const VIEW_TYPE = 'cxm.ruleDoc';

interface ShownRule { code: string; language: string; title: string; html: string }

export function registerRuleDocs(context: vscode.ExtensionContext, services: HostServices): void {
  let panel: vscode.WebviewPanel | undefined;
  let shown: ShownRule | undefined;

  const show = async (code: unknown, language: unknown): Promise<void> => {
    // The rule lookup is the rules page itself, generated from the core's rule registry: the host
    // bundle carries no rule (their texts and checks stay in the worker), and a code with no section
    // there is no rule.
    if (typeof code !== 'string' || !/^[a-z0-9-]{1,64}$/.test(code)) return;
    const wanted = asLanguage(language);
    const read = async (lang: Language) => new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(services.extensionUri, 'docs', rulesPageName(lang))));
    // A code documented in English only (a rule newer than its translation) still opens at its section.
    let lang: Language = wanted;
    let section = ruleSection(await read(wanted), code);
    if (section === undefined && wanted !== ENGLISH) {
      lang = ENGLISH;
      section = ruleSection(await read(ENGLISH), code);
    }
    if (section === undefined) return;
    const body = await renderMarkdown(section);
    const title = localize(RULE_LINK_TEXTS.pageTitle, lang, { code });
    if (!panel) {
      panel = vscode.window.createWebviewPanel(VIEW_TYPE, title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {
        enableScripts: false,
        localResourceRoots: [],
      });
      panel.iconPath = new vscode.ThemeIcon('book');
      panel.onDidDispose(() => { panel = undefined; shown = undefined; });
    }
    panel.title = title;
    panel.webview.html = rulePage(panel.webview, lang, title, body);
    panel.reveal(undefined, false);
    shown = { code, language: lang, title, html: body };
    services.log.info(`Rule documentation shown: ${code} (${lang})`);
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(SHOW_RULE_COMMAND, (code: unknown, language: unknown) =>
      show(code, language).catch((error: unknown) => services.log.error(`Rule documentation: ${String(error)}`))),
    vscode.languages.registerHoverProvider(ENGAGEMENT_SELECTOR, new RuleHoverProvider(services)),
    vscode.languages.registerCodeActionsProvider(ENGAGEMENT_SELECTOR, new RuleDocActions(services), {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
    }),
    { dispose: () => panel?.dispose() },
  );
  if (context.extensionMode === vscode.ExtensionMode.Test) {
    context.subscriptions.push(vscode.commands.registerCommand('cxm.test.ruleDoc', () => (panel ? { ...shown, visible: panel.visible } : undefined)));
  }
}

/** VS Code's Markdown engine (the built-in Markdown extension), else the section as plain text. */
async function renderMarkdown(markdown: string): Promise<string> {
  try {
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', markdown);
    if (typeof html === 'string' && html !== '') return html;
  } catch {
    // The Markdown extension is disabled: the section still reads as text.
  }
  return `<pre>${escapeText(markdown)}</pre>`;
}

/** No script, nothing loaded: the CSP allows only the page's own style element. */
function rulePage(webview: vscode.Webview, language: string, title: string, body: string): string {
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src ${webview.cspSource}`;
  return `<!DOCTYPE html>
<html lang="${escapeAttribute(language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<title>${escapeText(title)}</title>
<style>
body { font-family: var(--vscode-markdown-font-family, var(--vscode-font-family)); font-size: var(--vscode-markdown-font-size, 14px); line-height: 1.6; color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 26px 26px; max-width: 880px; }
code { font-family: var(--vscode-editor-font-family); font-size: 0.92em; }
pre { background: var(--vscode-textCodeBlock-background); padding: 12px; overflow-x: auto; border-radius: 4px; }
a { color: var(--vscode-textLink-foreground); }
h2 { border-bottom: 1px solid var(--vscode-panel-border); padding-bottom: 4px; }
</style>
</head>
<body class="rule-doc">
${body}
</body>
</html>`;
}

function cxmCodes(diagnostics: readonly vscode.Diagnostic[]): string[] {
  const codes: string[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
    const code = typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code ?? '');
    if (code !== '' && !codes.includes(code)) codes.push(code);
  }
  return codes;
}

/** Every rule has its English page: the one to fall back on. */
const ENGLISH: Language = 'en';

/** A language the rule pages are written in; anything else (a link's argument is untrusted) reads English. */
function asLanguage(value: unknown): Language {
  return (LANGUAGES as readonly unknown[]).includes(value) ? (value as Language) : ENGLISH;
}

function languageOf(services: HostServices, document: vscode.TextDocument): Language {
  return asLanguage(services.analysis.latest(document.uri)?.summary.language ?? vscode.env.language.slice(0, 2));
}

/** The hover over a problem adds a link to its rule (the diagnostic hover's own code link cannot run a command). */
class RuleHoverProvider implements vscode.HoverProvider {
  constructor(private readonly services: HostServices) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const here = vscode.languages.getDiagnostics(document.uri).filter((d) => d.range.contains(position));
    const codes = cxmCodes(here);
    if (codes.length === 0) return undefined;
    const language = languageOf(this.services, document);
    const text = new vscode.MarkdownString(undefined, true);
    text.isTrusted = { enabledCommands: [SHOW_RULE_COMMAND] };
    for (const code of codes) {
      const args = encodeURIComponent(JSON.stringify([code, language]));
      text.appendMarkdown(`$(book) [${localize(RULE_LINK_TEXTS.readTheRule, language)} \`${code}\`](command:${SHOW_RULE_COMMAND}?${args})  \n`);
    }
    return new vscode.Hover(text);
  }
}

/** "Read the rule: <code>" in the quick-fix menu of every problem the toolkit reports. */
class RuleDocActions implements vscode.CodeActionProvider {
  constructor(private readonly services: HostServices) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const language = languageOf(this.services, document);
    return cxmCodes(context.diagnostics).map((code) => {
      const action = new vscode.CodeAction(vscode.l10n.t('Read the rule: {0}', code), vscode.CodeActionKind.QuickFix);
      action.command = { command: SHOW_RULE_COMMAND, title: action.title, arguments: [code, language] };
      action.diagnostics = context.diagnostics.filter((d) => cxmCodes([d])[0] === code);
      return action;
    });
  }
}
