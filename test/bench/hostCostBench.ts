// Extension-host figures (issue 2): what one keystroke in a 1 MB engagement costs the host thread
// (the text sent to the analysis worker, the analysis received back: both structured clones, as
// worker postMessage does), and the extension bundle's size and load time.
import { existsSync, readFileSync, statSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { analyseEngagement } from '../../src/core/analysis/analyseEngagement';
import { generateEngagement } from './generateEngagement';
import { kb, measure, ms } from './measure';

const root = join(__dirname, '..', '..');

export function runHostCostBench(): void {
  console.log('\n== Extension host: one keystroke in a 1 MB engagement (target: never blocks > 50 ms) ==');
  const text = generateEngagement(1_000_000, 7);
  const analysis = analyseEngagement(text);
  const encoded = new TextEncoder().encode(JSON.stringify(analysis));
  // What the host thread does per keystroke: post the text, receive the diagnostics and the
  // summary (structured clones) with the model as a transferred buffer (no copy).
  const send = measure(() => deserialize(serialize({ id: 1, text, options: {} })), { runs: 9 });
  const receive = measure(() => deserialize(serialize({ id: 1, diagnostics: analysis.diagnostics, summary: { ok: analysis.ok } })), { runs: 9 });
  const decode = measure(() => JSON.parse(new TextDecoder().decode(encoded)), { runs: 9 });
  const wholeClone = measure(() => deserialize(serialize(analysis)), { runs: 5 });
  const worker = measure(() => analyseEngagement(text), { runs: 5 });
  console.log(`text to the worker        ${ms(send.median)}  (host thread)`);
  console.log(`diagnostics back          ${ms(receive.median)}  (host thread, ${analysis.diagnostics.length} diagnostics)`);
  console.log(`host thread per keystroke ${ms(send.median + receive.median)}  vs 50 ms budget`);
  console.log(`model decoded for a view  ${ms(decode.median)}  (only while a roadmap, a comparison or an export reads it: the journey map asks the worker for its view; ${kb(encoded.length)} of JSON)`);
  console.log(`  (a structured clone of the whole model would cost ${ms(wholeClone.median)} on every keystroke)`);
  console.log(`analysis itself           ${ms(worker.median)}  (worker thread, off the host)`);

  console.log('\n== Extension bundle (targets: ≤ 350 KB minified, load + activate < 30 ms) ==');
  const bundle = join(root, 'dist', 'extension.js');
  console.log(`dist/extension.js         ${kb(statSync(bundle).size)}  (\`npm run package\` builds it minified)`);
  const load = loadTime(bundle);
  console.log(`module load               ${load === undefined ? '     n/a' : ms(load)}  (evaluation of the bundle)`);
  const measured = join(root, 'test-results', 'vscode', 'activation.json');
  if (existsSync(measured)) {
    const { activationMs, vscode } = JSON.parse(readFileSync(measured, 'utf8')) as { activationMs: number; vscode: string };
    console.log(`activate()                ${ms(activationMs)}  (inside VS Code ${vscode}, from the last \`npm run test:vscode\`)`);
  } else {
    console.log('activate()                     n/a  (run `npm run test:vscode` once: it times activate() inside VS Code)');
  }
}

/** The names the bundle reads from `vscode` while it loads (enums and constructors). */
const VSCODE_NAMES = [
  'DiagnosticSeverity', 'CodeActionKind', 'StatusBarAlignment', 'EventEmitter', 'Uri', 'Range', 'Position', 'Diagnostic',
  'CodeAction', 'WorkspaceEdit', 'ThemeColor', 'ThemeIcon', 'l10n', 'window', 'workspace', 'languages', 'commands', 'env',
  'extensions', 'ViewColumn', 'ProgressLocation', 'FileType', 'Disposable', 'MarkdownString', 'Selection', 'TextEditorRevealType',
];

/** Evaluates the bundle with an inert stand-in for the `vscode` module, which only VS Code provides. */
function loadTime(bundle: string): number | undefined {
  const inert: object = new Proxy(function inert() {}, { get: () => inert, apply: () => inert, construct: () => inert });
  const stand = Object.fromEntries(VSCODE_NAMES.map((name) => [name, inert]));
  const loader = Module as unknown as { _load(request: string, parent: unknown, isMain: boolean): unknown };
  const original = loader._load;
  loader._load = (request, parent, isMain) => (request === 'vscode' ? stand : original.call(Module, request, parent, isMain));
  try {
    const started = performance.now();
    require(bundle);
    return performance.now() - started;
  } catch {
    return undefined;
  } finally {
    loader._load = original;
  }
}

if (process.argv[1]?.endsWith('hostCostBench.js')) runHostCostBench();
