// Precompiles the built-in roadmap templates (templates/<format>/roadmap.hbs and its partials) at
// build time, served to the bundles as the virtual module `cxm:builtin-templates`, so the extension
// ships `handlebars/runtime` only. The full compiler, needed for custom templates alone, becomes its
// own file (dist/handlebarsCompiler.js) that the bundles load lazily.
import Handlebars from 'handlebars';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FORMATS = { markdown: { noEscape: true }, html: { noEscape: false } };

/**
 * The helpers of src/core/templates/templateHelpers.ts (a unit test keeps the two lists equal):
 * known helpers compile to direct calls, which keeps the extension bundle within its budget.
 */
export const TEMPLATE_HELPERS = ['t', 'word', 'dimensionLabel', 'levelBar', 'at', 'md', 'eq', 'join', 'count', 'radar'];

/** Every handlebars runtime since 4.6 provides `container.lookupProperty`: drop the inlined fallback. */
const LOOKUP_FALLBACK = /container\.lookupProperty \|\| function\(parent, propertyName\) \{[\s\S]*?return undefined\s*\}/g;

function precompile(file, noEscape) {
  try {
    const knownHelpers = Object.fromEntries(TEMPLATE_HELPERS.map((name) => [name, true]));
    return Handlebars.precompile(readFileSync(file, 'utf8'), { strict: true, noEscape, knownHelpers }).replace(LOOKUP_FALLBACK, 'container.lookupProperty');
  } catch (error) {
    throw new Error(`${file}:${error.lineNumber ?? '?'}: ${error.message}`);
  }
}

/** The source of the virtual module, and the template files it was made from (for watch mode). */
export function precompiledTemplatesModule(root) {
  const files = [];
  const formats = Object.entries(FORMATS).map(([format, { noEscape }]) => {
    const dir = join(root, 'templates', format);
    const main = join(dir, 'roadmap.hbs');
    files.push(main);
    const partialsDir = join(dir, 'partials');
    const partials = readdirSync(partialsDir).filter((name) => name.endsWith('.hbs')).sort().map((name) => {
      files.push(join(partialsDir, name));
      return `${JSON.stringify(name.slice(0, -4))}: ${precompile(join(partialsDir, name), noEscape)}`;
    });
    return `${JSON.stringify(format)}: { main: ${precompile(main, noEscape)}, partials: { ${partials.join(',\n')} } }`;
  });
  return { contents: `export const builtinTemplates = {\n${formats.join(',\n')}\n};\n`, files };
}

export function builtinTemplatesPlugin(root) {
  return {
    name: 'cxm-builtin-templates',
    setup(build) {
      build.onResolve({ filter: /^cxm:builtin-templates$/ }, () => ({ path: 'builtin-templates', namespace: 'cxm-templates' }));
      build.onLoad({ filter: /.*/, namespace: 'cxm-templates' }, () => {
        const { contents, files } = precompiledTemplatesModule(root);
        return { contents, loader: 'js', resolveDir: root, watchFiles: files };
      });
    },
  };
}

/** In the shipped bundles, `require('handlebars')` loads the compiler from its own file next to them. */
export function lazyHandlebarsCompilerPlugin() {
  return {
    name: 'cxm-lazy-handlebars-compiler',
    setup(build) {
      build.onResolve({ filter: /^handlebars$/ }, () => ({ path: './handlebarsCompiler.js', external: true }));
    },
  };
}

/** The entry point of dist/handlebarsCompiler.js (the browser build has no `require.extensions` hook). */
export const HANDLEBARS_COMPILER_ENTRY = 'node_modules/handlebars/dist/cjs/handlebars.js';
