/**
 * A Mermaid `journey` block for Markdown documents: lossy interop (score = emotion + 3, actors =
 * the step's channel), so the map can travel where only Markdown goes.
 */
import { journeyMapLabels } from './journeyMapLabels';
import type { JourneyMapModel } from './journeyMapModel';

/** A step without emotion has no score in Mermaid's grammar: it is drawn neutral (3). */
const NEUTRAL_SCORE = 3;

export function mermaidJourney(model: JourneyMapModel): string {
  const lines = ['```mermaid', 'journey', `  title ${mermaidText(model.journeyName + targetSuffix(model))}`];
  for (const stage of model.stages) {
    lines.push(`  section ${mermaidText(stage.name)}`);
    for (const card of model.cards.slice(stage.firstOrder, stage.firstOrder + stage.stepCount)) {
      const score = card.emotion === undefined ? NEUTRAL_SCORE : card.emotion + 3;
      const actor = mermaidText(model.lanes[card.lane]!.name).replace(/,/g, ' ').replace(/ {2,}/g, ' ');
      lines.push(`    ${mermaidTask(card.action)}: ${score}: ${actor}`);
    }
  }
  lines.push('```');
  return lines.join('\n');
}

/** A target ("to-be") journey says so in its title, in the map's language. */
function targetSuffix(model: JourneyMapModel): string {
  return model.state === 'target' ? journeyMapLabels(model.language).ui.targetSuffix : '';
}

/**
 * Mermaid's journey lexer tries its keywords before a task, case-insensitively and at the start of
 * a statement: "Title deed check" would become the diagram's title and "Journey planning" a second
 * `journey` header. A task text that starts like a keyword gets a zero-width space in front, which
 * no keyword rule matches and which is invisible in the drawing.
 */
const KEYWORD_START = /^(?:journey\b|title\s|section\s|acc(?:Title|Descr)\b)/i;

export function mermaidTask(value: string): string {
  const text = mermaidText(value);
  return KEYWORD_START.test(text) ? `\u200b${text}` : text;
}

/**
 * Text Mermaid's journey grammar can take on one line: `:` separates fields, `;` and newlines end
 * statements, `#` starts entity codes, `%%` comments, backticks would close the Markdown fence, and
 * angle brackets would reach its HTML labels. They are replaced, never passed through.
 */
export function mermaidText(value: string): string {
  const cleaned = value
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(/[:;#%`]/g, ' ')
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/[{}]/g, (brace) => (brace === '{' ? '(' : ')'))
    .replace(/[\u0000-\u001F\u007F]/g, '')
    .replace(/ {2,}/g, ' ')
    .trim();
  return cleaned === '' ? '-' : cleaned;
}
