/**
 * The built-in roadmap templates, precompiled at build time by src/build/precompileTemplates.mjs
 * (an esbuild plugin serves this module) so the extension ships `handlebars/runtime`, not the compiler.
 */
declare module 'cxm:builtin-templates' {
  import type { TemplateSpecification } from 'handlebars';

  export interface PrecompiledFormat {
    main: TemplateSpecification;
    partials: Record<string, TemplateSpecification>;
  }

  export const builtinTemplates: Record<'markdown' | 'html', PrecompiledFormat>;
}
