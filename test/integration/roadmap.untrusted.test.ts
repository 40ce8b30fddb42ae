import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { GenerateRoadmapResult } from '../../src/extension/roadmap/registerRoadmap';
import { activateExtension, engagementInWorkspace, exists, readText, workspaceFolder, writeText } from './roadmapSupport';

describe('Generate Roadmap in Restricted Mode', () => {
  let engagement: vscode.Uri;
  let folder: vscode.Uri;

  before(async () => {
    assert.equal(vscode.workspace.isTrusted, false);
    engagement = await engagementInWorkspace(await activateExtension(), 'untrusted');
    folder = vscode.Uri.joinPath(engagement, '..');
  });

  const generate = (options: object) => vscode.commands.executeCommand<GenerateRoadmapResult>('cxm.generateRoadmap', engagement, options);

  it('refuses to run a custom template from the workspace', async () => {
    await writeText(vscode.Uri.joinPath(workspaceFolder(), '.cxm', 'templates', 'evil.html.hbs'), '{{engagement.engagement.client}}');
    const output = vscode.Uri.joinPath(folder, 'evil.html');
    assert.deepEqual(await generate({ template: 'evil.html.hbs', output }), { status: 'refused', reason: 'untrusted' });
    assert.equal(await exists(output), false);
  });

  it('writes a Word report, never reading a reference file named by the workspace', async () => {
    const output = vscode.Uri.joinPath(folder, 'acme.roadmap.docx');
    // A workspace setting naming a file that does not exist: honoured, it would fail the command.
    await writeText(vscode.Uri.joinPath(workspaceFolder(), '.vscode', 'settings.json'), '{ "cxMaturity.office.wordReference": "missing-firm.docx" }');
    assert.equal((await generate({ template: 'docx', output })).status, 'written');
    const bytes = await vscode.workspace.fs.readFile(output);
    assert.equal(String.fromCharCode(bytes[0]!, bytes[1]!), 'PK');
  });

  it('still generates with the built-in templates', async () => {
    const output = vscode.Uri.joinPath(folder, 'acme.roadmap.html');
    assert.equal((await generate({ template: 'html', output })).status, 'written');
    assert.match(await readText(output), /<html lang="fr">/);
  });
});
