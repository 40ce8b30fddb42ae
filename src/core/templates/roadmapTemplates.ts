/**
 * Handlebars environments for roadmaps, each isolated (`Handlebars.create()`): built-ins from the
 * precompiled specs on `handlebars/runtime`; custom templates with the full compiler, loaded only
 * when a custom template is first used (the build puts it in its own file, dist/handlebarsCompiler.js).
 * Every template is compiled once and cached.
 */
import type { TemplateDelegate } from 'handlebars';
import { builtinTemplates } from 'cxm:builtin-templates';
import { registerTemplateHelpers } from './templateHelpers';

type HandlebarsEnvironment = typeof import('handlebars');
export type BuiltinName = 'markdown' | 'html';

const builtinCache = new Map<BuiltinName, TemplateDelegate>();

export function builtinTemplate(name: BuiltinName): TemplateDelegate {
  let template = builtinCache.get(name);
  if (!template) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const runtime = (require('handlebars/runtime') as HandlebarsEnvironment).create();
    registerTemplateHelpers(runtime);
    const format = builtinTemplates[name];
    for (const [partial, spec] of Object.entries(format.partials)) runtime.registerPartial(partial, runtime.template(spec));
    template = runtime.template(format.main);
    builtinCache.set(name, template);
  }
  return template;
}

/** Markdown custom templates (`*.md.hbs`) are not HTML-escaped; every other one is. */
export function isMarkdownTemplate(name: string): boolean {
  return /\.(md|markdown)(\.hbs|\.handlebars)?$/i.test(name);
}

const MAX_CACHED_CUSTOM = 32;
const customCache = new Map<string, TemplateDelegate>();
const compilerEnvironments = new Map<BuiltinName, HandlebarsEnvironment>();

export function customTemplate(name: string, source: string): TemplateDelegate {
  const mode: BuiltinName = isMarkdownTemplate(name) ? 'markdown' : 'html';
  const key = `${mode}\u0000${source}`;
  let template = customCache.get(key);
  if (!template) {
    template = compilerEnvironment(mode).compile(source, { strict: true, noEscape: mode === 'markdown' });
    if (customCache.size >= MAX_CACHED_CUSTOM) customCache.delete(customCache.keys().next().value!);
    customCache.set(key, template);
  }
  return template;
}

function compilerEnvironment(mode: BuiltinName): HandlebarsEnvironment {
  let env = compilerEnvironments.get(mode);
  if (!env) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    env = (require('handlebars') as HandlebarsEnvironment).create();
    registerTemplateHelpers(env);
    // `{{log}}` would write the engagement's raw strings (escape codes included) to the console of
    // whoever renders: a custom template gets a silent one.
    env.registerHelper('log', () => '');
    // Custom templates may reuse the built-in partials of their format.
    for (const [partial, spec] of Object.entries(builtinTemplates[mode].partials)) env.registerPartial(partial, env.template(spec));
    compilerEnvironments.set(mode, env);
  }
  return env;
}
