// Validation inside a real VS Code: diagnostics on open with exact ranges, files never opened
// validated at activation, a quick fix through the real code-action API, and live updates on edit.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CONTRACT_EXAMPLE, codeOf, cxmDiagnostics, exampleUri, extensionId, newEngagement } from './engagementFiles';
import { waitFor } from './waitFor';

/**
 * The quick fix whose title passes `wanted`. The Problems markers reach the workbench a moment
 * after the extension host publishes them, and code actions are computed from those markers: ask again until they are there.
 */
function quickFix(uri: vscode.Uri, range: vscode.Range, wanted: (title: string) => boolean): Promise<vscode.CodeAction> {
  return waitFor('the quick fix', async () => {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
    return actions.find((action) => wanted(action.title));
  });
}

describe('validation in VS Code', () => {
  before(async () => {
    await vscode.extensions.getExtension(extensionId)!.activate();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('validates every engagement of the workspace at activation, without opening it', async () => {
    const broken = await exampleUri('yaml-syntax.engagement.yaml');
    assert.equal(vscode.workspace.textDocuments.some((d) => d.uri.toString() === broken.toString()), false);
    const diagnostics = await cxmDiagnostics(broken, (ds) => ds.length > 0, 'the unopened broken example to be validated');
    assert.ok(diagnostics.some((d) => codeOf(d) === 'yaml-syntax' && d.severity === vscode.DiagnosticSeverity.Error));
  });

  it('shows the example with deliberate mistakes with every code at its exact range', async () => {
    const uri = await exampleUri('mistakes.engagement.yaml');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const diagnostics = await cxmDiagnostics(uri, (ds) => ds.length >= 10, 'the mistakes example diagnostics');
    const api = vscode.extensions.getExtension<{ analyse(uri: vscode.Uri): Promise<{ diagnostics: Array<{ code: string; range: { start: number; end: number } }> }> }>(extensionId)!.exports;
    const core = await api.analyse(uri);
    assert.equal(diagnostics.length, core.diagnostics.length);
    for (const expected of core.diagnostics) {
      const shown = diagnostics.find((d) => codeOf(d) === expected.code && document.offsetAt(d.range.start) === expected.range.start);
      assert.ok(shown, `${expected.code} at offset ${expected.range.start} is in the Problems panel`);
      assert.equal(document.offsetAt(shown.range.end), expected.range.end);
      assert.ok(typeof shown.code === 'object' && shown.code.target.fragment === expected.code, 'linked to its rule page');
    }
    for (const code of ['unknown-ref', 'continuity-break', 'duplicate-id', 'unknown-key']) {
      assert.ok(diagnostics.some((d) => codeOf(d) === code), `${code} is shown`);
    }
  });

  it('applies the did-you-mean quick fix for an unknown channel id', async () => {
    const uri = await newEngagement('quickfix.engagement.yaml', CONTRACT_EXAMPLE);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const [unknown] = await cxmDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'unknown-ref'), 'the unknown channel id')
      .then((ds) => ds.filter((d) => codeOf(d) === 'unknown-ref'));
    assert.equal(document.getText(unknown!.range), 'phnoe');

    const fix = await quickFix(uri, unknown!.range, (title) => title.includes('"phone"') || title.includes('«\u00a0phone\u00a0»'));
    assert.ok(fix.edit);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(document.getText(), /prefers: \[site, phone\]/);
    await cxmDiagnostics(uri, (ds) => !ds.some((d) => codeOf(d) === 'unknown-ref'), 'the unknown-ref to disappear after the fix');
  });

  it('updates the diagnostics as the file is edited, and offers the English word for a French one', async () => {
    const uri = await newEngagement('live.engagement.yaml', CONTRACT_EXAMPLE.replace('phnoe', 'phone'));
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    await cxmDiagnostics(uri, (ds) => ds.length > 0 && !ds.some((d) => d.severity === vscode.DiagnosticSeverity.Error), 'a valid file with CX warnings');

    const offset = document.getText().indexOf('contemplation');
    await editor.edit((edit) => edit.replace(new vscode.Range(document.positionAt(offset), document.positionAt(offset + 'contemplation'.length)), 'préparation'));
    const [enumError] = await cxmDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'schema-enum'), 'the French stage to be reported')
      .then((ds) => ds.filter((d) => codeOf(d) === 'schema-enum'));
    assert.equal(document.getText(enumError!.range), 'préparation');
    const fix = await quickFix(uri, enumError!.range, (title) => title.includes('preparation'));
    assert.ok(fix.edit, 'a quick fix to the English value');
  });
});
