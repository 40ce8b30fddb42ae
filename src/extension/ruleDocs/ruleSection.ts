/**
 * The section of a rules page (docs/rules.md, docs/rules.fr.md) that documents one diagnostic
 * code: from its `## <code>` heading to the next heading of the same level. Pure text, so the
 * unit tests check every code has its section in both languages.
 */
import { RULES_PAGE, type Language } from '../../core';

export function ruleSection(markdown: string, code: string): string | undefined {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() === `## ${code}`);
  if (start < 0) return undefined;
  let end = start + 1;
  let fenced = false;
  for (; end < lines.length; end++) {
    const line = lines[end]!;
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    // A `# comment` inside a YAML example is not a heading.
    if (!fenced && /^#{1,2} /.test(line)) break;
  }
  return lines.slice(start, end).join('\n').replace(/\n+---\s*$/, '').trimEnd();
}

/** The rules page of a language: French pages beside the English ones. */
export function rulesPageName(language: Language): string {
  return RULES_PAGE[language];
}
