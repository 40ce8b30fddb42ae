// The import rules that keep the architecture as docs/architecture.md draws it, read from the sources:
// the core never imports `vscode`, the file system or a host; the parsed document never imports the
// language features built on it; every host reaches the core through its one entry point
// (src/core/index.ts), or through the entry of a renderer loaded on demand from the lazy loader and
// the bundle that holds it; the entry points are lists of exports, with no logic.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..', '..');

function sources(folder: string): string[] {
  return (readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' }))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(folder, name));
}

interface Import { from: string; to: string; typeOnly: boolean }

function importsOf(file: string): Import[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const found: Import[] = [];
  const pattern = /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+'([^']+)'|^\s*import\s+'([^']+)'|require\('([^']+)'\)|import\('([^']+)'\)/gm;
  for (const match of text.matchAll(pattern)) {
    const specifier = match[3] ?? match[4] ?? match[5] ?? match[6]!;
    const to = specifier.startsWith('.') ? relative(ROOT, resolve(dirname(join(ROOT, file)), specifier)) : specifier;
    found.push({ from: file, to, typeOnly: match[2] !== undefined });
  }
  return found;
}

const core = sources('src/core').flatMap(importsOf);

/** Every host of the core: the extension host and its workers, `cxm`, `cxm lsp`, the Node helpers, the Office renderer, the webview and their protocol. */
const HOST_FOLDERS = ['src/extension', 'src/cli', 'src/lsp', 'src/node', 'src/officeRenderer', 'src/protocol', 'webview'];
const hostImports = HOST_FOLDERS.flatMap(sources).flatMap(importsOf).filter((i) => i.to === join('src', 'core') || i.to.startsWith(join('src', 'core') + '/'));

/** The core's entry points, and which hosts may import the two renderers loaded on demand. */
const ENTRY = join('src', 'core');
const ON_DEMAND: Record<string, (from: string) => boolean> = {
  // Handlebars: dist/roadmapRenderer.js, loaded by the extension on first use (a type there); `cxm` bundles it.
  [join('src', 'core', 'roadmapTemplates')]: (from) => from.startsWith(join('src', 'cli') + '/') || from === join('src', 'extension', 'roadmap', 'lazyRoadmapRenderer.ts'),
  // docx, pptxgenjs, resvg: only dist/officeRenderer.js.
  [join('src', 'core', 'officeWriters')]: (from) => from.startsWith(join('src', 'officeRenderer') + '/'),
};

/** The imports that break the one-entry rule. */
function besideTheEntry(imports: Import[]): string[] {
  return imports.filter((i) => i.to !== ENTRY && !ON_DEMAND[i.to]?.(i.from)).map((i) => `${i.from} -> ${i.to}`);
}

describe('architecture: imports', () => {
  it('reads the imports it checks (the rule can fail)', () => {
    assert.ok(core.length > 100);
    assert.ok(core.some((i) => i.from.startsWith(join('src', 'core', 'language')) && i.to.startsWith(join('src', 'core', 'document'))));
  });

  it('the core never imports vscode, the file system, processes or the network', () => {
    const forbidden = /^(vscode|(node:)?(fs|fs\/promises|child_process|net|http|https|worker_threads))$/;
    assert.deepEqual(core.filter((i) => forbidden.test(i.to)).map((i) => `${i.from} -> ${i.to}`), []);
  });

  it('the core never imports a host (imports point one way: hosts -> core)', () => {
    const host = /^(src\/(extension|cli|lsp|node|officeRenderer|protocol|build)|webview|test)(\/|$)/;
    assert.deepEqual(core.filter((i) => host.test(i.to)).map((i) => `${i.from} -> ${i.to}`), []);
  });

  it('every host imports the core through its entry point only, type imports too', () => {
    // The rule reads what it checks: the hosts import the core many times, from every host folder.
    assert.ok(hostImports.length > 50);
    for (const folder of HOST_FOLDERS.filter((f) => f !== 'src/node')) assert.ok(hostImports.some((i) => i.from.startsWith(folder)), folder);
    assert.deepEqual(besideTheEntry(hostImports), []);
  });

  it('the one-entry rule fails on a host reaching into a core module, or into a renderer from elsewhere', () => {
    assert.deepEqual(besideTheEntry([
      { from: 'src/extension/x.ts', to: 'src/core/model/vocabulary', typeOnly: true },
      { from: 'webview/main.ts', to: 'src/core/journey/renderJourneyMap', typeOnly: false },
      { from: 'src/extension/extension.ts', to: 'src/core/officeWriters', typeOnly: false },
      { from: 'src/lsp/languageServer.ts', to: 'src/core/languageService', typeOnly: false },
      { from: 'src/cli/commands/renderDocument.ts', to: 'src/core/roadmapTemplates', typeOnly: false },
      { from: 'src/cli/cxm.ts', to: 'src/core', typeOnly: false },
    ]), [
      'src/extension/x.ts -> src/core/model/vocabulary',
      'webview/main.ts -> src/core/journey/renderJourneyMap',
      'src/extension/extension.ts -> src/core/officeWriters',
      'src/lsp/languageServer.ts -> src/core/languageService',
    ]);
  });

  it('the entry points are lists of exports, with no logic', () => {
    for (const entry of ['index.ts', 'languageService.ts', 'roadmapTemplates.ts', 'officeWriters.ts']) {
      const text = readFileSync(join(ROOT, 'src', 'core', entry), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      const statements = text.split(';').map((statement) => statement.trim()).filter((statement) => statement !== '');
      assert.ok(statements.length > 0, entry);
      for (const statement of statements) assert.match(statement, /^export (type )?(\*|\{[^}]*\}) from '\.\/[^']+'$|^export type \* from '\.\/[^']+'$/, `${entry}: ${statement}`);
    }
  });

  it('the parsed document never imports the language features built on it', () => {
    const document = core.filter((i) => i.from.startsWith(join('src', 'core', 'document')));
    assert.ok(document.length > 0);
    assert.deepEqual(document.filter((i) => /^src\/core\/(language|languageService)/.test(i.to)).map((i) => `${i.from} -> ${i.to}`), []);
  });

  it('the entry point holds the language service facade whole', () => {
    assert.match(readFileSync(join(ROOT, 'src', 'core', 'index.ts'), 'utf8'), /^export \* from '\.\/languageService';$/m);
  });
});
