// The manifest and the code agree: every contributed command is registered once the extension is
// active, and every setting the code reads is contributed.
import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';

const extensionId = 'cx-maturity.cx-maturity-toolkit';

interface Manifest {
  contributes: { commands: Array<{ command: string; category?: string }>; configuration: { properties: Record<string, unknown> } };
}

describe('manifest', () => {
  it('registers every contributed command, each with a category', async () => {
    const extension = vscode.extensions.getExtension(extensionId)!;
    await extension.activate();
    const manifest = extension.packageJSON as Manifest;
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = manifest.contributes.commands.map((c) => c.command).filter((command) => !registered.has(command));
    assert.deepEqual(missing, [], 'contributed but not registered');
    assert.ok(manifest.contributes.commands.every((c) => c.category), 'every command has a category');
  });

  it('contributes the settings the extension reads, with their defaults', () => {
    const settings = vscode.workspace.getConfiguration('cxMaturity');
    assert.equal(settings.get('validation.enabled'), true);
    assert.equal(settings.get('validation.debounceMs'), 300);
    assert.equal(settings.get('templatesFolder'), '.cxm/templates');
  });

  it('reports how long activate() took, for `npm run bench` to print', async () => {
    const extension = vscode.extensions.getExtension<{ activationMs: number }>(extensionId)!;
    const { activationMs } = await extension.activate();
    assert.ok(Number.isFinite(activationMs) && activationMs >= 0);
    // A figure, never a timed assertion: the benchmark prints it next to its own.
    const folder = join(extension.extensionUri.fsPath, 'test-results', 'vscode');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'activation.json'), JSON.stringify({ activationMs, vscode: vscode.version }) + '\n');
  });
});
