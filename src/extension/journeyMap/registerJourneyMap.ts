/**
 * The journey-map feature: "Open Journey Map" (one panel per file, beside the editor), "Export
 * Journey Map…", and the serializer that brings panels back after a reload with their journey.
 */
import * as vscode from 'vscode';
import type { JourneyMapViewState } from '../../protocol/journeyMapProtocol';
import { isEngagementUri } from '../analysis/engagementDocuments';
import { AnalysedDocument } from '../analysis/analysisResult';
import type { HostServices } from '../hostServices';
import { exportJourneyMapCommand, exportOptionsOf, type ExportJourneyMapOptions, type ExportJourneyMapResult } from './exportJourneyMapCommand';
import { JOURNEY_MAP_VIEW_TYPE, JourneyMapPanel, journeyMapWebviewOptions } from './journeyMapPanel';

export function registerJourneyMap(context: vscode.ExtensionContext, services: HostServices): void {
  const panels = new Map<string, JourneyMapPanel>();
  let lastActive: JourneyMapPanel | undefined;

  const exportFor = (uri: vscode.Uri, options: ExportJourneyMapOptions = {}): Promise<ExportJourneyMapResult | undefined> =>
    exportJourneyMapCommand(uri, services, panels.get(uri.toString())?.currentJourney, options).catch((error: unknown) => {
      report(error);
      return undefined;
    });
  const report = (error: unknown): void => {
    const message = error instanceof Error ? error.message : String(error);
    services.log.error(`Journey map: ${message}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('The journey map failed: {0}', message));
  };

  const adopt = (panel: vscode.WebviewPanel, uri: vscode.Uri, journeyId: string | undefined): JourneyMapPanel => {
    const key = uri.toString();
    const journeyMap = new JourneyMapPanel(panel, uri, journeyId, services, exportFor, () => {
      if (panels.get(key) === journeyMap) panels.delete(key);
      if (lastActive === journeyMap) lastActive = undefined;
    });
    panel.onDidChangeViewState(() => { if (panel.active) lastActive = journeyMap; });
    panels.set(key, journeyMap);
    lastActive = journeyMap;
    return journeyMap;
  };

  const open = (uri: vscode.Uri, journeyId?: string): JourneyMapPanel => {
    const existing = panels.get(uri.toString());
    if (existing) {
      existing.reveal();
      return existing;
    }
    const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    const panel = vscode.window.createWebviewPanel(
      JOURNEY_MAP_VIEW_TYPE,
      vscode.l10n.t('Journey Map: {0}', name),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      journeyMapWebviewOptions(services.extensionUri),
    );
    panel.iconPath = new vscode.ThemeIcon('type-hierarchy-sub');
    return adopt(panel, uri, journeyId);
  };

  /** The file a command is about: its argument, else the active map's, else the active editor's. */
  const targetUri = (argument: unknown): vscode.Uri | undefined => {
    if (argument instanceof vscode.Uri) return argument;
    if (lastActive?.panel.active) return lastActive.uri;
    const editorUri = vscode.window.activeTextEditor?.document.uri;
    if (editorUri && isEngagementUri(editorUri)) return editorUri;
    return lastActive?.uri;
  };

  context.subscriptions.push(
    // The journey lenses pass the journey to show as a second argument.
    vscode.commands.registerCommand('cxm.openJourneyMap', (argument?: unknown, journeyId?: unknown) => {
      const uri = targetUri(argument);
      if (!uri) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a *.engagement.yaml file to see its journey map.'));
        return;
      }
      open(uri, typeof journeyId === 'string' ? journeyId : undefined);
    }),
    // The second argument, for tasks, keybindings and tests: { format, journeyId, output, overwrite }.
    vscode.commands.registerCommand('cxm.exportJourneyMap', (argument?: unknown, options?: unknown) => {
      const uri = targetUri(argument);
      if (!uri) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a *.engagement.yaml file to export its journey map.'));
        return undefined;
      }
      return exportFor(uri, exportOptionsOf(options));
    }),
    vscode.window.registerWebviewPanelSerializer(JOURNEY_MAP_VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
        const restored = restoredState(state);
        if (!restored) {
          panel.dispose();
          return;
        }
        adopt(panel, vscode.Uri.parse(restored.uri), restored.journeyId);
      },
    }),
    { dispose: () => { for (const panel of panels.values()) panel.panel.dispose(); } },
  );

  // Tests drive the panel through the protocol's own messages; only registered under test.
  if (context.extensionMode === vscode.ExtensionMode.Test) {
    context.subscriptions.push(vscode.commands.registerCommand('cxm.test.journeyMap', async (request: JourneyMapTestRequest) => {
      if (request.action === 'receive') await panels.get(request.uri)?.receive(request.message);
      if (request.action === 'restore') {
        const panel = vscode.window.createWebviewPanel(JOURNEY_MAP_VIEW_TYPE, 'restored', vscode.ViewColumn.Beside, journeyMapWebviewOptions(services.extensionUri));
        const restored = restoredState(request.state);
        if (restored) adopt(panel, vscode.Uri.parse(restored.uri), restored.journeyId);
        else panel.dispose();
      }
      return [...panels.values()].map((panel) => ({
        uri: panel.uri.toString(),
        journeyId: panel.currentJourney,
        visible: panel.panel.visible,
        viewColumn: panel.panel.viewColumn,
        rendered: panel.lastRendered,
        timing: panel.timing,
        // Copied: a command run in the extension host returns its result by reference.
        models: { ...panel.models },
        decodedModels: AnalysedDocument.decodedModels,
      }));
    }));
  }
}

type JourneyMapTestRequest =
  | { action: 'state' }
  | { action: 'receive'; uri: string; message: unknown }
  | { action: 'restore'; state: unknown };

/** The state the webview saved, when it is one this version understands. */
function restoredState(state: unknown): Pick<JourneyMapViewState, 'uri' | 'journeyId'> | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const { uri, journeyId } = state as Record<string, unknown>;
  if (typeof uri !== 'string' || uri === '') return undefined;
  return typeof journeyId === 'string' ? { uri, journeyId } : { uri };
}
