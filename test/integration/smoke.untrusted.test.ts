import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const extensionId = 'cx-maturity.cx-maturity-toolkit';

describe('smoke: the extension in Restricted Mode', () => {
  it('runs in an untrusted workspace', () => {
    assert.equal(vscode.workspace.isTrusted, false);
  });

  it('still activates, since validation runs no user code', async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is not among the installed extensions`);
    await extension.activate();
    assert.equal(extension.isActive, true);
  });
});
