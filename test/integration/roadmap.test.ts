import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { analyseEngagement } from '../../src/core/analysis/analyseEngagement';
import { renderRoadmap } from '../../src/core/templates/renderRoadmap';
import type { GenerateRoadmapResult } from '../../src/extension/roadmap/registerRoadmap';
import { activateExtension, engagementInWorkspace, exists, readText, workspaceFolder, writeText } from './roadmapSupport';

describe('Generate Roadmap in a trusted workspace', () => {
  let engagement: vscode.Uri;
  let folder: vscode.Uri;

  before(async () => {
    engagement = await engagementInWorkspace(await activateExtension(), 'trusted');
    folder = vscode.Uri.joinPath(engagement, '..');
    assert.equal(vscode.workspace.isTrusted, true);
  });

  const generate = (options: object) => vscode.commands.executeCommand<GenerateRoadmapResult>('cxm.generateRoadmap', engagement, options);

  it('writes the built-in Markdown roadmap, the same document as the core renders', async () => {
    const output = vscode.Uri.joinPath(folder, 'acme.roadmap.md');
    const result = await generate({ template: 'markdown', output });
    assert.equal(result.status, 'written');
    const expected = renderRoadmap(analyseEngagement(await readText(engagement)), { kind: 'builtin', name: 'markdown' });
    assert.ok(expected.ok);
    assert.equal(await readText(output), expected.text);
    assert.match(await readText(output), /^# Maturité de l’expérience client/);
  });

  it('writes the HTML report with its radar and journey map, and opens it', async () => {
    const output = vscode.Uri.joinPath(folder, 'acme.roadmap.html');
    assert.equal((await generate({ template: 'html', output })).status, 'written');
    const html = await readText(output);
    assert.match(html, /<svg [^>]*class="radar"/);
    assert.match(html, /data-step="reorder\/0\/0"/);
    assert.doesNotMatch(html, /<script/i);
    // Opened rendered (issue 10), not as source code.
    const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs);
    assert.ok(tabs.some((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('cxm.roadmapPreview') && tab.label === 'acme.roadmap.html'), 'the result is open');
  });

  it('never replaces an existing file unless told to', async () => {
    const output = vscode.Uri.joinPath(folder, 'kept.md');
    await writeText(output, 'the consultant\'s own notes');
    assert.deepEqual(await generate({ template: 'markdown', output }), { status: 'refused', reason: 'exists' });
    assert.equal(await readText(output), 'the consultant\'s own notes');
    assert.equal((await generate({ template: 'markdown', output, overwrite: true })).status, 'written');
    assert.match(await readText(output), /^# Maturité/);
  });

  it('runs a custom template from the templates folder', async () => {
    const templates = vscode.Uri.joinPath(workspaceFolder(), '.cxm', 'templates');
    await writeText(vscode.Uri.joinPath(templates, 'brief.html.hbs'), '<p>{{engagement.engagement.client}}: {{assessment.overall.maturity}}, {{roadmap.stage}}</p>\n');
    const output = vscode.Uri.joinPath(folder, 'brief.html');
    assert.equal((await generate({ template: 'brief.html.hbs', output })).status, 'written');
    assert.equal(await readText(output), '<p>Acme Distribution: multichannel, contemplation</p>\n');
  });

  it('reports a template error with its line and writes nothing', async () => {
    const templates = vscode.Uri.joinPath(workspaceFolder(), '.cxm', 'templates');
    await writeText(vscode.Uri.joinPath(templates, 'broken.html.hbs'), 'fine\n{{engagement.missing.field}}\n');
    const output = vscode.Uri.joinPath(folder, 'broken.html');
    const result = await generate({ template: 'broken.html.hbs', output });
    assert.equal(result.status, 'failed');
    assert.match(result.status === 'failed' ? result.message : '', /broken\.html\.hbs:2:/);
    assert.equal(await exists(output), false);
  });

  it('writes the Word report and the PowerPoint deck, with the firm’s reference file from the settings', async () => {
    const docx = vscode.Uri.joinPath(folder, 'acme.roadmap.docx');
    assert.equal((await generate({ template: 'docx', output: docx })).status, 'written');
    const bytes = await vscode.workspace.fs.readFile(docx);
    assert.equal(String.fromCharCode(bytes[0]!, bytes[1]!), 'PK');
    assert.ok(Buffer.from(bytes).includes(Buffer.from('word/document.xml')));
    // The deck just written serves as the firm's reference deck.
    const firm = vscode.Uri.joinPath(workspaceFolder(), 'firm.pptx');
    assert.equal((await generate({ template: 'pptx', output: firm })).status, 'written');
    const settings = vscode.workspace.getConfiguration('cxMaturity', engagement);
    await settings.update('office.powerPointReference', 'firm.pptx', vscode.ConfigurationTarget.Workspace);
    try {
      assert.equal((await generate({ template: 'pptx', output: vscode.Uri.joinPath(folder, 'acme.roadmap.pptx') })).status, 'written');
      await settings.update('office.powerPointReference', 'missing.pptx', vscode.ConfigurationTarget.Workspace);
      const missing = await generate({ template: 'pptx', output: vscode.Uri.joinPath(folder, 'other.pptx') });
      assert.equal(missing.status, 'failed');
      assert.match(missing.status === 'failed' ? missing.message : '', /missing\.pptx/);
      assert.equal(await exists(vscode.Uri.joinPath(folder, 'other.pptx')), false);
    } finally {
      await settings.update('office.powerPointReference', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('shows the maturity in a read-only view', async () => {
    const view = await vscode.commands.executeCommand<vscode.Uri>('cxm.showMaturity', engagement);
    assert.ok(view);
    const document = await vscode.workspace.openTextDocument(view);
    assert.match(document.getText(), /^# Maturité — Acme Distribution/);
    assert.match(document.getText(), /\| Visibilité en ligne \| 1\/5/);
  });
});
