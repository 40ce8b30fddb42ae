/**
 * The hostile corpus, export side: the Mermaid block checked by Mermaid's own journey parser, the
 * Markdown escaping of every line break, a 50,000-step journey exported (its time is in the bench).
 */
import * as assert from 'node:assert/strict';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { analyseEngagement } from '../../../src/core/analysis/analyseEngagement';
import { exportJourneyMap } from '../../../src/core/journey/exportJourneyMap';
import { mermaidTask, mermaidText } from '../../../src/core/journey/mermaidJourney';
import { escapeMarkdown } from '../../../src/core/templates/escapeMarkdown';

interface ParsedJourney { title: string; sections: string[]; tasks: Array<{ section: string; task: string; data: string }> }

// Mermaid ships as ES modules; a real dynamic import (not rewritten by the bundler) loads its parser.
const importModule = new Function('path', 'return import(path)') as (path: string) => Promise<{ diagram: { parser: { parse(text: string): void; yy: unknown } } }>;
const JOURNEY_PARSER = resolve(__dirname, '../../../../node_modules/mermaid/dist/chunks/mermaid.core');

async function mermaidParse(block: string): Promise<ParsedJourney> {
  const { readdirSync } = await import('node:fs');
  const file = readdirSync(JOURNEY_PARSER).find((name) => /^journeyDiagram-.*\.mjs$/.test(name));
  assert.ok(file, 'mermaid journey parser found');
  const { parser } = (await importModule(`${JOURNEY_PARSER}/${file}`)).diagram;
  const parsed: ParsedJourney = { title: '', sections: [], tasks: [] };
  // Mermaid's own grammar, with a recorder in place of its DOM-bound database.
  parser.yy = {
    setDiagramTitle: (title: string) => void (parsed.title = title),
    setAccTitle: () => undefined,
    setAccDescription: () => undefined,
    addSection: (name: string) => void parsed.sections.push(name),
    addTask: (task: string, data: string) => void parsed.tasks.push({ section: parsed.sections.at(-1) ?? '', task, data }),
  };
  const body = block.replace(/^```mermaid\n/, '').replace(/\n```\n?$/, '\n');
  parser.parse(body);
  return parsed;
}

const KEYWORD_TEXTS = [
  'Title deed check', 'title: something', 'Journey planning with the advisor', 'journey', 'Section head approves', 'section',
  'accTitle: hidden', 'accDescr { x }', 'acctitle checks', '%% not a comment', '#entity; end', 'a: b; c', 'Ends with colon:', '   ',
  'Line\rbreak', 'Line\nbreak', 'Tab\there', 'Zero\u2028width', '```fence', '<b>bold</b>', '{{curly}}',
];

function engagementWith(actions: readonly string[], channelName: string, stageName: string, journeyName: string): string {
  const steps = actions.map((action, i) => `          - channel: ${i % 2 ? 'b' : 'a'}\n            action: ${JSON.stringify(action)}\n            emotion: ${(i % 5) - 2}\n`).join('');
  return `engagement:\n  client: X\nchange:\n  stage: action\nchannels:\n  - id: a\n    type: web\n    name: ${JSON.stringify(channelName)}\n  - id: b\n    type: store\nsegments:\n  - id: s\n    digitalIntensity: traditional\njourneys:\n  - id: j\n    name: ${JSON.stringify(journeyName)}\n    segment: s\n    stages:\n      - name: ${JSON.stringify(stageName)}\n        steps:\n${steps}`;
}

describe('hostile exports', () => {
  it('Mermaid: every step survives Mermaid\'s own parser, whatever keyword or separator its text holds', async () => {
    const analysis = analyseEngagement(engagementWith(KEYWORD_TEXTS, 'Web, site: shop; #1', 'title Section: journey', 'Journey: title; section'));
    assert.ok(analysis.engagement, JSON.stringify(analysis.diagnostics));
    const parsed = await mermaidParse(exportJourneyMap(analysis, { format: 'mermaid' }));
    assert.equal(parsed.tasks.length, KEYWORD_TEXTS.length);
    assert.deepEqual(parsed.sections.map((s) => s.trim()), [mermaidText('title Section: journey')]);
    assert.equal(parsed.title.trim(), mermaidText('Journey: title; section'));
    parsed.tasks.forEach((task, i) => {
      assert.equal(task.task.trim(), mermaidTask(KEYWORD_TEXTS[i]!).trim(), `step ${i}`);
      assert.match(task.data, /^:\s*[1-5]:/, `step ${i} keeps its score`);
    });
  });

  it('Mermaid: random step texts always give one task per step (property)', async () => {
    const unit = fc.constantFrom(...'aTtJjSs :;#%`{}<>\r\n\t,-|'.split(''), 'title ', 'journey ', 'section ', 'accTitle', 'accDescr');
    const samples = fc.sample(fc.array(fc.string({ unit, minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 6 }), 40);
    for (const actions of samples) {
      const analysis = analyseEngagement(engagementWith(actions, 'Web', 'Stage', 'Journey'));
      if (!analysis.engagement) continue;
      const parsed = await mermaidParse(exportJourneyMap(analysis, { format: 'mermaid' }));
      assert.equal(parsed.tasks.length, actions.length, JSON.stringify(actions));
    }
  });

  it('Markdown: a lone CR, LF, CRLF, NEL or line separator never starts a block', () => {
    for (const lineBreak of ['\r', '\n', '\r\n', '\u0085', '\u2028', '\u2029']) {
      const escaped = escapeMarkdown(`Société${lineBreak}# Heading${lineBreak}<script>`);
      assert.doesNotMatch(escaped, /[\r\n\u0085\u2028\u2029]/, JSON.stringify(lineBreak));
      assert.match(escaped, /^Société \\# Heading \\<script\\>$/);
    }
  });

  it('a 50,000-step journey exports to SVG and HTML with one element per step', function () {
    this.timeout(180_000);
    const actions = Array.from({ length: 50_000 }, (_, i) => `Step ${i}`);
    const analysis = analyseEngagement(engagementWith(actions, 'Web', 'Stage', 'Journey'), { lang: 'en' });
    assert.ok(analysis.engagement);
    for (const format of ['svg', 'html'] as const) {
      const markup = exportJourneyMap(analysis, { format });
      assert.equal(markup.match(/data-step="j\/0\/\d+"/g)?.length, 50_000, format);
    }
  });
});
