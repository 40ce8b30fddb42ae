/**
 * Hover: on an id, the entity it names (name, type, its facts, where it is used); on a key, what it
 * means; on a value of a closed vocabulary, what that value means. Markdown; every user text is
 * escaped, since a name in the file is never markup.
 */
import type { EngagementDocument } from '../document/engagementDocument';
import type { Occurrence } from '../document/symbolIndex';
import type { Language } from '../model/vocabulary';
import { cursorContext } from './cursorContext';
import type { HoverResult } from './languageTypes';
import { outlinePaths } from './outlinePaths';
import { KIND_NAMES, keyMeaning, labelled, percentText, texts, valueMeaning } from './languageTexts';
import { schemaAt, valuesOf } from './schemaAt';

const MAX_USES_LISTED = 8;

export function hover(document: EngagementDocument, offset: number, lang: Language): HoverResult | undefined {
  const occurrence = document.symbols.at(offset);
  if (occurrence) return { markdown: entityHover(document, occurrence, lang), range: occurrence.value };
  // Keys and values are read from the text around the cursor, as completion reads them.
  const context = cursorContext(document.text, offset, outlinePaths(document));
  if (!context || context.range.end <= context.range.start) return undefined;
  const word = document.text.slice(context.range.start, context.range.end);
  if (context.mode === 'key') {
    if (!/^\s*:/.test(document.text.slice(context.range.end, context.range.end + 64))) return undefined;
    const meaning = keyMeaning(context.path, word, lang) ?? schemaAt([...context.path, word])?.description;
    return meaning ? { markdown: `**${escapeMarkdown(word)}** — ${escapeMarkdown(meaning)}`, range: context.range } : undefined;
  }
  let field = schemaAt([...context.path, context.key!]);
  if (field?.shape.kind === 'array') field = { shape: field.shape.element, required: true };
  if (!field || !valuesOf(field.shape).includes(word)) return undefined;
  const meaning = valueMeaning(word, lang);
  return meaning ? { markdown: `**${escapeMarkdown(word)}** — ${escapeMarkdown(meaning)}`, range: context.range } : undefined;
}

function entityHover(document: EngagementDocument, occurrence: Occurrence, lang: Language): string {
  const symbols = document.symbols;
  const definitions = symbols.definitionsOf(occurrence.symbol);
  const kind = KIND_NAMES[occurrence.kind]![lang];
  const lines: string[] = [];
  const entity = definitions[0] ? symbols.entityOf(definitions[0]) : undefined;
  const title = entity && entity.name !== occurrence.id ? `${escapeMarkdown(entity.name)} (\`${code(occurrence.id)}\`)` : `\`${code(occurrence.id)}\``;
  lines.push(`**${title}** — ${kind}`);
  if (occurrence.kind === 'dimension') {
    const meaning = valueMeaning(occurrence.id, lang);
    if (meaning) lines.push('', escapeMarkdown(meaning));
  }
  if (definitions.length === 0 && occurrence.kind !== 'dimension') lines.push('', texts.notDefined[lang]);
  if (definitions.length > 1) lines.push('', texts.definedTwice(definitions.length)[lang]);
  const facts = factsOf(document, occurrence, lang);
  if (facts.length > 0) lines.push('', ...facts.map((fact) => `- ${fact}`));
  const uses = symbols.referencesOf(occurrence.symbol);
  if (occurrence.kind !== 'step') {
    lines.push('', texts.usedTimes(uses.length)[lang]);
    for (const use of uses.slice(0, MAX_USES_LISTED)) lines.push(`- ${texts.line(document.lines.position(use.value.start).line)[lang]} — ${escapeMarkdown(describePath(document, use.path, lang))}`);
    if (uses.length > MAX_USES_LISTED) lines.push(`- ${texts.more(uses.length - MAX_USES_LISTED)[lang]}`);
  }
  return lines.join('\n');
}

/** What the validated engagement says of the entity (nothing while the file has errors). */
function factsOf(document: EngagementDocument, occurrence: Occurrence, lang: Language): string[] {
  const engagement = document.engagement;
  const facts = document.facts;
  if (!engagement || !facts) return [];
  const say = texts.facts;
  switch (occurrence.kind) {
    case 'channel': {
      const channel = facts.channelsById.get(occurrence.id);
      if (!channel) return [];
      return [
        labelled(say.type[lang], `\`${channel.type}\``, lang),
        channel.human ? say.human[lang] : say.notHuman[lang],
        channel.recognizesCustomer ? say.recognizes[lang] : say.notRecognizes[lang],
        channel.sharesHistory ? say.shares[lang] : say.notShares[lang],
        ...(channel.capabilities.length > 0 ? [labelled(say.capabilities[lang], channel.capabilities.join(', '), lang)] : []),
      ];
    }
    case 'segment': {
      const segment = facts.segmentsById.get(occurrence.id);
      if (!segment) return [];
      return [
        labelled(say.intensity[lang], `\`${segment.digitalIntensity}\``, lang),
        ...(segment.share !== undefined ? [labelled(say.share[lang], percentText(segment.share, lang), lang)] : []),
        labelled(say.journeys[lang], String(facts.journeysOf(segment).length), lang),
      ];
    }
    case 'journey': {
      const journey = engagement.journeys.find((candidate) => candidate.id === occurrence.id);
      if (!journey) return [];
      return [
        labelled(say.segment[lang], `\`${code(journey.segment)}\``, lang),
        labelled(say.steps[lang], String(journey.steps.length), lang),
        texts.breaks(facts.channelSwitches(journey).filter((change) => change.continuityBreak).length)[lang],
        texts.criticalMoments(journey.steps.filter((step) => step.critical).length)[lang],
      ];
    }
    case 'initiative': {
      const initiative = engagement.initiatives.find((candidate) => candidate.id === occurrence.id);
      if (!initiative) return [];
      return [labelled(say.dimension[lang], `\`${initiative.dimension}\``, lang), labelled(say.horizon[lang], `\`${initiative.horizon}\``, lang)];
    }
    case 'dimension': {
      const entry = engagement.assessment[occurrence.id as keyof typeof engagement.assessment];
      return entry ? [labelled(say.level[lang], String(entry.level), lang)] : [];
    }
    default:
      return [];
  }
}

/** `journeys.0.stages.1.steps.2.channel` as a reader says it: the names of the entities on the way. */
function describePath(document: EngagementDocument, path: string, lang: Language): string {
  const segments = path.split('.');
  const names: string[] = [];
  for (let length = 2; length <= segments.length; length += 2) {
    const found = document.symbols.entity(segments.slice(0, length).join('.'));
    if (found) names.push(found.kind === 'step' ? `${KIND_NAMES.step![lang]} ${Number(segments[length - 1]) + 1}` : found.name);
  }
  return [...names, segments[segments.length - 1]!.replace(/^\d+$/, segments[segments.length - 2] ?? '')].join(' › ');
}

function code(text: string): string {
  return text.replace(/`/g, "'");
}

/** Markdown's special characters escaped, and no raw HTML: names come from the file. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>&~]/g, (character) => `\\${character}`);
}
