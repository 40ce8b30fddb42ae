// Validation runs no user code, so it works in Restricted Mode too.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, cxmDiagnostics, exampleUri, extensionId } from './engagementFiles';

describe('validation in Restricted Mode', () => {
  it('validates an engagement in an untrusted workspace', async () => {
    assert.equal(vscode.workspace.isTrusted, false);
    await vscode.extensions.getExtension(extensionId)!.activate();
    const uri = await exampleUri('mistakes.engagement.yaml');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const diagnostics = await cxmDiagnostics(uri, (ds) => ds.length > 0, 'diagnostics in Restricted Mode');
    assert.ok(diagnostics.some((d) => codeOf(d) === 'continuity-break'));
  });
});
