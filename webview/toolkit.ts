/**
 * The only module that touches @vscode/webview-ui-toolkit (deprecated upstream, the client's
 * choice), bundled as its own deferred script (dist/webview/toolkit.js) that runs after the map's:
 * the map is drawn without waiting for the toolkit's ~250 KB, and its components upgrade in place
 * when this registers them. Replacing the toolkit (e.g. by @vscode-elements/elements) changes this
 * file and webview/ui.ts alone.
 */
import { provideVSCodeDesignSystem } from '@vscode/webview-ui-toolkit/dist/vscode-design-system';
import { vsCodeButton } from '@vscode/webview-ui-toolkit/dist/button/index';
import { vsCodeDropdown } from '@vscode/webview-ui-toolkit/dist/dropdown/index';
import { vsCodeOption } from '@vscode/webview-ui-toolkit/dist/option/index';

provideVSCodeDesignSystem().register(vsCodeDropdown(), vsCodeOption(), vsCodeButton());
