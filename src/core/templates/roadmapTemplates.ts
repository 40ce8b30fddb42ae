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
    const env = compilerEnvironment(mode);
    // Parsed once, here: the tree gives the partials' lines, which Handlebars' runtime does not know.
    const program = env.parse(source);
    const partials = partialLocations(program);
    markLocations(program);
    template = locatedAtRuntime(env.compile(program, { strict: true, noEscape: mode === 'markdown' }), partials);
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
    env.registerHelper(LOCATION_MARK, (line: number, column: number) => {
      runningAt = { start: { line, column } };
      return '';
    });
    // Custom templates may reuse the built-in partials of their format.
    for (const [partial, spec] of Object.entries(builtinTemplates[mode].partials)) env.registerPartial(partial, env.template(spec));
    locateHelperErrors(env);
    compilerEnvironments.set(mode, env);
  }
  return env;
}

/** Where a template went wrong at run time, as Handlebars' own located errors say it (line 1-based, column 0-based). */
interface LocatedError { lineNumber?: unknown; column?: unknown }
interface SourceLocation { start: { line: number; column: number } }

function locate(error: unknown, loc: SourceLocation | undefined): void {
  if (!loc || typeof error !== 'object' || error === null) return;
  const located = error as LocatedError;
  // The innermost location wins: an error inside a block is already located when it leaves `#each`.
  if (typeof located.lineNumber === 'number') return;
  try {
    located.lineNumber = loc.start.line;
    located.column = loc.start.column;
  } catch {
    // A frozen error object keeps its message, unlocated.
  }
}

/**
 * Every helper of a custom template's environment (ours and Handlebars' own: `each`, `with`,
 * `lookup`…) reports an error it throws at the line of the call: Handlebars passes each helper the
 * call's location (`options.loc`) but leaves a thrown error unlocated.
 */
function locateHelperErrors(env: HandlebarsEnvironment): void {
  for (const [name, helper] of Object.entries(env.helpers)) {
    env.helpers[name] = function (this: unknown, ...args: unknown[]) {
      try {
        return (helper as (...args: unknown[]) => unknown).apply(this, args);
      } catch (error) {
        locate(error, innermost((args.at(-1) as { loc?: SourceLocation } | undefined)?.loc, runningAt));
        throw error;
      }
    };
  }
}

/**
 * Of a helper's call and the last statement started, the one that starts later: a statement inside
 * a block (the error came out of the block's body) or a sub-expression inside the statement.
 */
function innermost(call: SourceLocation | undefined, statement: SourceLocation | undefined): SourceLocation | undefined {
  if (!call || !statement) return call ?? statement;
  const later = statement.start.line > call.start.line || (statement.start.line === call.start.line && statement.start.column > call.start.column);
  return later ? statement : call;
}

type TemplateProgram = ReturnType<HandlebarsEnvironment['parse']>;

/** The first place each partial is called by name (`{{> name}}`), for "partial not found" errors. */
function partialLocations(program: TemplateProgram): Map<string, SourceLocation> {
  const found = new Map<string, SourceLocation>();
  const stack: unknown[] = [program];
  while (stack.length > 0) {
    const node = stack.pop() as Record<string, unknown> | undefined;
    if (!node || typeof node !== 'object') continue;
    if ((node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') && node.loc) {
      const name = node.name as { type?: string; original?: unknown } | undefined;
      if (name && typeof name.original === 'string' && !found.has(name.original)) found.set(name.original, node.loc as SourceLocation);
    }
    for (const child of [node.body, node.program, node.inverse]) {
      if (Array.isArray(child)) for (let i = child.length - 1; i >= 0; i--) stack.push(child[i]);
      else if (child) stack.push(child);
    }
  }
  return found;
}

/**
 * Run-time errors outside any helper (a TypeError while Handlebars evaluates `{{#each a.b}}`'s
 * parameters, where `a` is missing: strict mode checks only the last part of a helper's parameter)
 * carry no location. Each statement is preceded by a mark, a helper call writing nothing, that
 * records the statement's place as it runs: the error is then located at the last statement started.
 * The marks are added after Handlebars has stripped whitespace, so they change no output.
 */
const LOCATION_MARK = '__cxmLocationMark';
let runningAt: SourceLocation | undefined;

function markLocations(program: TemplateProgram): void {
  const programs: Array<{ body: unknown[]; chained?: boolean }> = [program as never];
  while (programs.length > 0) {
    const current = programs.pop()!;
    const body: unknown[] = [];
    for (const statement of current.body as Array<Record<string, unknown>>) {
      const loc = statement.loc as (SourceLocation & { end: unknown; source?: unknown }) | undefined;
      // The first statement of a chained `{{else if}}` must stay first: Handlebars reads it there.
      const chainedHead = current.chained === true && body.length === 0;
      if ((statement.type === 'MustacheStatement' || statement.type === 'BlockStatement') && loc && !chainedHead) body.push(locationMark(loc));
      body.push(statement);
      for (const child of [statement.program, statement.inverse]) if (child && typeof child === 'object') programs.push(child as never);
    }
    current.body = body;
  }
}

function locationMark(loc: SourceLocation & { end: unknown }): unknown {
  const number = (value: number) => ({ type: 'NumberLiteral', value, original: value, loc });
  return {
    type: 'MustacheStatement',
    path: { type: 'PathExpression', data: false, depth: 0, parts: [LOCATION_MARK], original: LOCATION_MARK, loc },
    params: [number(loc.start.line), number(loc.start.column)],
    escaped: true,
    strip: { open: false, close: false },
    loc,
  };
}

const MISSING_PARTIAL = /^The partial (.+) could not be found$/;

/** A run-time error that Handlebars left without a line gets the line of what caused it, where known. */
function locatedAtRuntime(template: TemplateDelegate, partials: Map<string, SourceLocation>): TemplateDelegate {
  return ((context: unknown, options?: unknown) => {
    runningAt = undefined;
    try {
      return template(context, options as never);
    } catch (error) {
      const name = MISSING_PARTIAL.exec(String((error as { message?: unknown } | null)?.message ?? ''))?.[1];
      if (name !== undefined) locate(error, partials.get(name));
      locate(error, runningAt);
      throw error;
    } finally {
      runningAt = undefined;
    }
  }) as TemplateDelegate;
}
