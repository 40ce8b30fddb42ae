// The import rules that keep the architecture as docs/architecture.md draws it, read from the sources:
// the core never imports `vscode` or the file system; the parsed document never imports the
// language features built on it; the language hosts reach the core's behaviour through its facade.
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
  const pattern = /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+'([^']+)'|^\s*import\s+'([^']+)'|require\('([^']+)'\)/gm;
  for (const match of text.matchAll(pattern)) {
    const specifier = match[3] ?? match[4] ?? match[5]!;
    const to = specifier.startsWith('.') ? relative(ROOT, resolve(dirname(join(ROOT, file)), specifier)) : specifier;
    found.push({ from: file, to, typeOnly: match[2] !== undefined });
  }
  return found;
}

const core = sources('src/core').flatMap(importsOf);

describe('architecture: imports', () => {
  it('reads the imports it checks (the rule can fail)', () => {
    assert.ok(core.length > 100);
    assert.ok(core.some((i) => i.from.startsWith(join('src', 'core', 'language')) && i.to.startsWith(join('src', 'core', 'document'))));
  });

  it('the core never imports vscode, the file system, processes or the network', () => {
    const forbidden = /^(vscode|(node:)?(fs|fs\/promises|child_process|net|http|https|worker_threads))$/;
    assert.deepEqual(core.filter((i) => forbidden.test(i.to)).map((i) => `${i.from} -> ${i.to}`), []);
  });

  it('the core never imports a host (extension, cli, lsp, webview)', () => {
    assert.deepEqual(core.filter((i) => /^(src\/(extension|cli|lsp)|webview)/.test(i.to)).map((i) => `${i.from} -> ${i.to}`), []);
  });

  it('the parsed document never imports the language features built on it', () => {
    const document = core.filter((i) => i.from.startsWith(join('src', 'core', 'document')));
    assert.ok(document.length > 0);
    assert.deepEqual(document.filter((i) => /^src\/core\/(language|languageService)/.test(i.to)).map((i) => `${i.from} -> ${i.to}`), []);
  });

  it('the language hosts reach the core only through its facade (types aside)', () => {
    const hosts = [...sources('src/lsp'), ...sources('src/extension/language')].flatMap(importsOf);
    const behaviour = hosts.filter((i) => i.to.startsWith(join('src', 'core')) && !i.typeOnly && i.to !== join('src', 'core', 'languageService'));
    assert.deepEqual(behaviour.map((i) => `${i.from} -> ${i.to}`), []);
  });
});
