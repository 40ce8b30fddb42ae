import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const extensionId = 'cx-maturity.cx-maturity-toolkit';

describe('smoke: the extension in a real VS Code', () => {
  it('is installed and activates', async () => {
    console.log(`VS Code ${vscode.version}, ${vscode.env.appName}, UI kind ${vscode.UIKind[vscode.env.uiKind]}`);
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is not among the installed extensions`);
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  it('runs in a trusted workspace that holds the copied fixtures', () => {
    assert.equal(vscode.workspace.isTrusted, true);
    assert.equal(vscode.workspace.workspaceFolders?.length, 1);
  });
});
