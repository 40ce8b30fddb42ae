import assert from 'node:assert/strict';
import fc from 'fast-check';
import { exportJourneyMap, journeyIds, renderJourneySvg } from '../../../src/core/journey/exportJourneyMap';
import { mermaidText } from '../../../src/core/journey/mermaidJourney';
import { escapeAttribute, escapeText } from '../../../src/core/journey/virtualTree';
import { analyse, exampleEngagement, hostileEngagement, HOSTILE, withStages } from './journeyFixtures';

const ALLOWED_TAGS = new Set(['!DOCTYPE', 'html', 'head', 'meta', 'title', 'style', 'body', 'h1', 'p', 'section', 'svg', 'g', 'rect', 'text', 'path', 'circle']);

function tagsOf(markup: string): string[] {
  return [...markup.matchAll(/<\/?([!a-zA-Z][a-zA-Z0-9-]*)/g)].map((match) => match[1]!);
}

/** Every attribute of every tag, as written: no injected attribute can hide in a quoted value. */
function attributeNamesOf(markup: string): string[] {
  const names: string[] = [];
  for (const tag of markup.matchAll(/<[a-zA-Z][^>]*>/g)) {
    for (const attribute of tag[0].matchAll(/\s([^\s=/>]+)(?:="[^"]*")?/g)) names.push(attribute[1]!);
  }
  return names;
}

/** Every free-text value of the hostile engagement that the map shows. */
function hostileFieldValues(): string[] {
  const file = hostileEngagement() as {
    engagement: { client: string }; channels: Array<{ name: string }>; segments: Array<{ name: string }>;
    journeys: Array<{ name: string; stages: Array<{ name: string; steps: Array<{ action: string; pain: string }> }> }>;
  };
  const journey = file.journeys[0]!;
  return [
    file.engagement.client, journey.name, file.segments[0]!.name, ...file.channels.map((channel) => channel.name),
    ...journey.stages.flatMap((stage) => [stage.name, ...stage.steps.flatMap((step) => [step.action, step.pain])]),
  ];
}

describe('journey map exports', () => {
  it('lists the journeys and exports every one without a journey id', () => {
    const file = exampleEngagement();
    file.journeys = [...(file.journeys as object[]), { id: 'second', segment: 'artisans', stages: [{ name: 's', steps: [{ channel: 'app', action: 'x' }] }] }];
    const analysis = analyse(file);
    assert.deepEqual(journeyIds(analysis), ['reorder', 'second']);
    for (const format of ['html', 'svg'] as const) {
      const all = exportJourneyMap(analysis, { format });
      assert.equal((all.match(/data-journey="/g) ?? []).length, 2, format);
      assert.equal((all.match(/ data-step="/g) ?? []).length, 4, format);
      const one = exportJourneyMap(analysis, { format, journeyId: 'second' });
      assert.equal((one.match(/ data-step="/g) ?? []).length, 1, format);
    }
    assert.equal((exportJourneyMap(analysis, { format: 'mermaid' }).match(/```mermaid/g) ?? []).length, 2);
    assert.throws(() => exportJourneyMap(analysis, { format: 'svg', journeyId: 'nope' }), /Unknown journey/);
  });

  it('writes a self-contained HTML page: no script, nothing loaded from outside, A4 landscape print', () => {
    const html = exportJourneyMap(analyse(exampleEngagement()), { format: 'html' });
    assert.match(html, /^<!DOCTYPE html>\n<html lang="fr">/);
    assert.match(html, /@page \{ size: A4 landscape;/);
    assert.match(html, /default-src 'none'/);
    assert.doesNotMatch(html, /<script|<link|src=|href=|url\(|@import/i);
    assert.deepEqual([...new Set(tagsOf(html))].filter((tag) => !ALLOWED_TAGS.has(tag)), []);
  });

  it('writes a standalone SVG with its stylesheet and no script', () => {
    const svg = renderJourneySvg(analyse(exampleEngagement()), 'reorder');
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.doesNotMatch(svg, /<script|href=|url\(/i);
    assert.equal(exportJourneyMap(analyse(exampleEngagement()), { format: 'svg', journeyId: 'reorder' }), `${svg}\n`);
  });

  it('is deterministic', () => {
    for (const format of ['html', 'svg', 'mermaid'] as const) {
      assert.equal(exportJourneyMap(analyse(exampleEngagement()), { format }), exportJourneyMap(analyse(exampleEngagement()), { format }));
    }
  });

  for (const format of ['html', 'svg'] as const) {
    it(`escapes hostile strings in every text field (${format})`, () => {
      const markup = exportJourneyMap(analyse(hostileEngagement()), { format });
      assert.deepEqual([...new Set(tagsOf(markup))].filter((tag) => !ALLOWED_TAGS.has(tag)), [], 'no injected element');
      assert.deepEqual(attributeNamesOf(markup).filter((name) => /^on/i.test(name) || name === 'src'), [], 'no injected attribute');
      assert.doesNotMatch(markup, /]]>|\u0001/);
      assert.match(markup, /&lt;script&gt;window\.pwned=1&lt;\/script&gt;/);
      assert.match(markup, /&quot;&gt;&lt;img src=x onerror=&quot;window\.pwned=1&quot;&gt;/);
      assert.match(markup, /\{\{constructor\}\}/, 'braces are plain text here');
      for (const value of hostileFieldValues()) {
        assert.ok(markup.includes(escapeText(value)) || markup.includes(escapeAttribute(value)), `shown in full, escaped: ${value}`);
      }
    });
  }

  it('keeps each hostile field as text: the escaped value reads back as the original', () => {
    const svg = renderJourneySvg(analyse(hostileEngagement()), 'hostile');
    const unescape = (value: string) => value.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => unescape(match[1]!));
    assert.ok(texts.some((text) => text.includes(HOSTILE[0]!.slice(0, 20))), 'the action starts with the script text, shown as text');
  });

  it('exports a Mermaid journey block: sections per stage, score = emotion + 3, actors = channel names', () => {
    const mermaid = exportJourneyMap(analyse(withStages([
      [{ channel: 'site', action: 'Cherche: la réf; #1', emotion: -2 }, { channel: 'branch', action: 'Passe\nen agence' }],
      [{ channel: 'phone', action: 'Appelle', emotion: 2 }],
    ])), { format: 'mermaid', journeyId: 'j' });
    assert.equal(mermaid, [
      '```mermaid', 'journey', '  title j',
      '  section Stage 0', '    Cherche la réf 1: 1: site', '    Passe en agence: 3: Agences',
      '  section Stage 1', '    Appelle: 5: phone', '```', '',
    ].join('\n'));
  });

  it('strips from Mermaid text every character its grammar cannot take', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme-ascii' }), (value) => {
      const text = mermaidText(value);
      assert.doesNotMatch(text, /[:;#%`<>{}\r\n]/);
      assert.ok(text.length > 0);
      assert.equal(text, text.trim());
    }));
    const hostile = exportJourneyMap(analyse(hostileEngagement()), { format: 'mermaid' });
    assert.doesNotMatch(hostile.replace(/^```(mermaid)?$/gm, ''), /[<>`]|: .*: .*: /);
  });
});
