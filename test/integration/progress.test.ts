// "Compare with Previous Version…" on a git revision read through the built-in git extension, and
// "Portfolio Benchmark" over the workspace (highlight, redaction, exports), in a real VS Code.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import type { CompareResult } from '../../src/extension/compare/registerCompare';
import type { PortfolioState } from '../../src/extension/portfolio/registerPortfolio';
import { activateExtension, readText, workspaceFolder, writeText } from './roadmapSupport';
import { waitFor } from './validation/waitFor';

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'pipe' });
}

async function gitEnabled(): Promise<void> {
  // The test profile turns git off (a quiet window); this suite needs the built-in git extension.
  await vscode.workspace.getConfiguration('git').update('enabled', true, vscode.ConfigurationTarget.Global);
  const git = vscode.extensions.getExtension<{ enabled: boolean; onDidChangeEnablement: vscode.Event<boolean> }>('vscode.git');
  assert.ok(git, 'the built-in git extension is present');
  const exports = git.isActive ? git.exports : await git.activate();
  if (!exports.enabled) {
    await new Promise<void>((resolve) => {
      const listener = exports.onDidChangeEnablement((enabled) => { if (enabled) { listener.dispose(); resolve(); } });
      setTimeout(resolve, 10_000);
    });
  }
}

function webviewTabs(viewType: string): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes(viewType));
}

describe('Progress: compare and portfolio', () => {
  let engagement: vscode.Uri;
  let folder: vscode.Uri;

  before(async () => {
    const extension = await activateExtension();
    folder = vscode.Uri.joinPath(workspaceFolder(), 'progress');
    engagement = vscode.Uri.joinPath(folder, 'acme.engagement.yaml');
    const first = await readText(vscode.Uri.joinPath(extension.extensionUri, 'test', 'unit', 'roadmap', 'fixtures', 'acme.fr.engagement.yaml'));
    await writeText(engagement, first);
    git(folder.fsPath, 'init', '-q');
    git(folder.fsPath, 'add', 'acme.engagement.yaml');
    git(folder.fsPath, 'commit', '-qm', 'Assessment of November');
    await writeText(engagement, first.replace(/sharesHistory: false/g, 'sharesHistory: true').replace('emotion: -1', 'emotion: 2'));
    git(folder.fsPath, 'commit', '-qam', 'Assessment of May');
    await gitEnabled();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.getConfiguration('git').update('enabled', undefined, vscode.ConfigurationTarget.Global);
  });

  it('compares the file with its previous git revision in a panel showing the HTML report', async () => {
    const result = await vscode.commands.executeCommand<CompareResult | undefined>('cxm.compareWithPrevious', engagement, { revision: 'HEAD~1' });
    assert.ok(result, 'the comparison was shown');
    assert.match(result.html, /<polygon class="before" data-curve="before"/);
    assert.match(result.html, /<polygon class="after" data-curve="after"/);
    assert.match(result.html, /HEAD~1:progress\/acme\.engagement\.yaml/);
    assert.match(result.html, /<ul data-findings="fixed">.*<code>continuity-break<\/code>/);
    assert.match(result.html, /<ul data-breaks="closed">/);
    assert.match(result.html, /Progrès\u00a0: Acme Distribution/, 'in the file\'s language');
    assert.match(result.html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;nonce-/);
    assert.doesNotMatch(result.html, /<script/i);
    await waitFor('the comparison panel\'s tab', () => (webviewTabs('cxm.compare').length === 1 ? true : undefined), 5000);
  });

  it('compares with another engagement file', async () => {
    const other = vscode.Uri.joinPath(folder, 'other.engagement.yaml');
    await writeText(other, (await readText(engagement)).replace('client: Acme Distribution', 'client: Acme Ancien'));
    const result = await vscode.commands.executeCommand<CompareResult | undefined>('cxm.compareWithPrevious', engagement, { file: other });
    assert.ok(result);
    assert.match(result.html, /progress\/other\.engagement\.yaml/);
    assert.match(result.html, /<ul data-findings="fixed">|Corrigés \(0\)/);
  });

  it('reads the other file from disk as the validation does: a UTF-16 file with a byte-order mark compares', async () => {
    // Validation off: no analysis of the new file is published, so the comparison reads it from disk itself.
    const settings = vscode.workspace.getConfiguration('cxMaturity');
    await settings.update('validation.enabled', false, vscode.ConfigurationTarget.Workspace);
    const other = vscode.Uri.joinPath(folder, 'utf16.engagement.yaml');
    try {
      const text = (await readText(engagement)).replace('client: Acme Distribution', 'client: Acme Seize');
      await vscode.workspace.fs.writeFile(other, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
      const result = await vscode.commands.executeCommand<CompareResult | undefined>('cxm.compareWithPrevious', engagement, { file: other });
      assert.ok(result);
      assert.match(result.html, /progress\/utf16\.engagement\.yaml/);
      assert.doesNotMatch(result.html, /A version has errors|Une version contient des erreurs/);
    } finally {
      await settings.update('validation.enabled', undefined, vscode.ConfigurationTarget.Workspace);
      // The later suites (the portfolio, the e2e Problems panel) see the workspace as before.
      await vscode.workspace.fs.delete(other).then(undefined, () => undefined);
    }
  });

  it('benchmarks the workspace, highlights the active client, redacts and exports', async () => {
    await vscode.window.showTextDocument(engagement);
    const state = await vscode.commands.executeCommand<PortfolioState | undefined>('cxm.portfolioBenchmark');
    assert.ok(state);
    assert.ok(state.report.count >= 3, `${state.report.count} engagements`);
    assert.ok(state.report.skipped.length >= 1, 'the broken examples are skipped, not fatal');
    assert.equal(state.highlightRef, 'progress/acme.engagement.yaml');
    assert.match(state.html, /<tr data-ref="progress\/acme\.engagement\.yaml" class="highlight">/);
    assert.equal((state.html.match(/<rect class="box"/g) ?? []).length, 10);
    await waitFor('the portfolio panel\'s tab', () => (webviewTabs('cxm.portfolio').length === 1 ? true : undefined), 5000);
    const clients = state.report.engagements.map((e) => e.client);
    assert.ok(clients.includes('Acme Distribution'));

    const redacted = await vscode.commands.executeCommand<PortfolioState | undefined>('cxm.portfolioToggleRedaction');
    assert.ok(redacted?.redact);
    assert.match(redacted.highlightRef ?? '', /^client-\d{3}$/);
    for (const client of clients) assert.ok(!redacted.html.includes(client), `redacted page shows ${client}`);

    for (const format of ['markdown', 'json', 'html']) {
      const target = vscode.Uri.joinPath(folder, `portfolio.${format}`);
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('cxm.portfolioExport', format, target);
      assert.equal(written?.toString(), target.toString());
      const text = await readText(target);
      for (const client of clients) assert.ok(!text.includes(client), `${format} export shows ${client}`);
      assert.match(text, /client-\d{3}/);
    }
    const back = await vscode.commands.executeCommand<PortfolioState | undefined>('cxm.portfolioToggleRedaction');
    assert.equal(back?.redact, false);
  });

  it('refreshes the open benchmark when an engagement is created', async () => {
    const live = vscode.Uri.joinPath(folder, 'live.engagement.yaml');
    await writeText(live, (await readText(engagement)).replace('client: Acme Distribution', 'client: Live Client Arrives'));
    const target = vscode.Uri.joinPath(folder, 'live-portfolio.json');
    // The export writes the panel's current state: it names the new client once the panel has refreshed by itself.
    await waitFor('the benchmark to include the new engagement', async () => {
      await vscode.commands.executeCommand('cxm.portfolioExport', 'json', target);
      return (await readText(target)).includes('Live Client Arrives') ? true : undefined;
    }, 20_000);
  });
});
