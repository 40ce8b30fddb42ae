/**
 * The helpers every roadmap template may call (documented in docs/templates.md). They read the
 * document language from the root context's `lang`, so custom templates get the same words.
 */
import type { HelperOptions } from 'handlebars';
import type { EvidenceJson, MaturityJson } from '../maturity/maturityAssessment';
import { dimensionLabel } from '../maturity/dimensionLabels';
import { DIMENSIONS, LANGUAGES, type DimensionId, type Language } from '../model/vocabulary';
import { escapeMarkdown } from './escapeMarkdown';
import { maturityRadarSvg } from './maturityRadarSvg';
import { label, word } from './templateLabels';

type HandlebarsEnvironment = typeof import('handlebars');

const langOf = (options: HelperOptions): Language => {
  const lang = (options.data?.root as { lang?: unknown } | undefined)?.lang;
  return LANGUAGES.find((l) => l === lang) ?? 'en';
};

export function registerTemplateHelpers(env: HandlebarsEnvironment): void {
  env.registerHelper('t', (key: string, options: HelperOptions) => label(String(key), langOf(options)));
  env.registerHelper('word', (value: string, options: HelperOptions) => word(String(value), langOf(options)));
  env.registerHelper('dimensionLabel', (id: string, options: HelperOptions) =>
    (DIMENSIONS as readonly string[]).includes(id) ? dimensionLabel(id as DimensionId, langOf(options)) : String(id));
  env.registerHelper('levelBar', (level: number) => {
    const filled = Math.max(0, Math.min(5, Math.round(Number(level))));
    return '●'.repeat(filled) + '○'.repeat(5 - filled);
  });
  env.registerHelper('at', (evidence: EvidenceJson, options: HelperOptions) =>
    evidence && typeof evidence.line === 'number' ? ` (${label('line', langOf(options))} ${evidence.line})` : '');
  env.registerHelper('md', (value: unknown) => escapeMarkdown(value));
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  env.registerHelper('join', (list: unknown, separator: unknown) =>
    Array.isArray(list) ? list.map(String).join(typeof separator === 'string' ? separator : ', ') : '');
  env.registerHelper('count', (list: unknown) => (Array.isArray(list) ? list.length : 0));
  env.registerHelper('radar', (assessment: MaturityJson, options: HelperOptions) =>
    new env.SafeString(maturityRadarSvg(assessment, langOf(options), label('radarTitle', langOf(options)))));
}
