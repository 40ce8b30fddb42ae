import assert from 'node:assert/strict';
import { parseWebviewMessage } from '../../../src/protocol/journeyMapProtocol';
import { journeyMapUpdate } from '../../../src/extension/journeyMap/journeyMapUpdate';
import { journeyMapView, spanAtOffset, stepSpan } from '../../../src/core/journey/journeyMapView';
import { analyseEngagement } from '../../../src/core/analysis/analyseEngagement';
import { analyse, exampleEngagement } from './journeyFixtures';

const uri = 'file:///w/a.engagement.yaml';

describe('journey map protocol', () => {
  it('accepts every message the webview sends', () => {
    for (const message of [
      { type: 'ready', uri }, { type: 'ready', uri, journeyId: 'j' }, { type: 'selectJourney', uri, journeyId: 'j' },
      { type: 'revealStep', uri, stepKey: 'j/0/1' }, { type: 'rendered', uri, version: 3, journeyId: 'j', cards: 10, ms: 4 },
      { type: 'export', uri }, { type: 'ready', uri, version: 4 }, { type: 'ready', uri, journeyId: 'j', version: -1 },
      { type: 'rendered', uri, version: 3, journeyId: 'j', cards: 10, ms: 4, pageMs: 120 },
    ]) assert.deepEqual(parseWebviewMessage(message), message);
  });

  it('drops unknown, malformed or padded messages', () => {
    for (const message of [
      null, 'ready', [], {}, { type: 'eval', uri }, { type: 'ready' }, { type: 'ready', uri: '' }, { type: 'ready', uri: 3 },
      { type: 'selectJourney', uri }, { type: 'revealStep', uri, stepKey: { toString: 'x' } },
      { type: 'rendered', uri, version: 'x', journeyId: 'j', cards: 1, ms: 1 }, { type: 'export', uri, extra: '<script>' },
      { type: '__proto__', uri }, { type: 'ready', uri, version: '3' }, { type: 'ready', uri, version: -2 },
      { type: 'rendered', uri, version: 3, journeyId: 'j', cards: 1, ms: 1, pageMs: 'x' }, { type: 'revealStep', uri, stepKey: 'x'.repeat(5000) },
    ]) assert.equal(parseWebviewMessage(message), undefined, JSON.stringify(message));
  });
});

describe('journey map updates', () => {
  it('sends the chosen journey, or the first one, with journeys and segments for the pickers', () => {
    const analysis = analyse(exampleEngagement());
    const update = journeyMapUpdate(uri, 4, journeyMapView(analysis, 'unknown'));
    assert.equal(update.map?.journeyId, 'reorder');
    assert.deepEqual(update.journeys, [{ id: 'reorder', name: 'Réassort de consommables', segmentId: 'artisans', state: 'current' }]);
    assert.deepEqual(update.segments, [{ id: 'artisans', name: 'Artisans du bâtiment' }]);
    assert.deepEqual(update.errors, []);
  });

  it('draws the map from the valid parts of a file that fails the schema, and names the errors for the banner', () => {
    const file = exampleEngagement();
    (file.channels as Array<Record<string, unknown>>)[0]!.type = 'magasin';
    const analysis = analyseEngagement(JSON.stringify(file));
    assert.equal(analysis.engagement, undefined);
    const update = journeyMapUpdate(uri, 5, journeyMapView(analysis, undefined));
    assert.equal(update.map?.journeyId, 'reorder');
    assert.equal(update.partial, true);
    assert.equal(update.map?.cards.length, 3);
    assert.ok(update.errors.length >= 1);
    assert.ok(update.errors.every((error) => error.line >= 1 && error.message.length > 0));
  });

  it('lists a journey that fails its schema, at its line, and draws the others', () => {
    const file = exampleEngagement();
    const journeys = file.journeys as Array<Record<string, unknown>>;
    journeys.push({ id: 'broken', name: 'Cassé', segment: 'artisans', stages: [{ name: 'X', steps: [{ channel: 'site', action: 'a', emotion: 5 }] }] });
    const text = JSON.stringify(file, null, 2);
    const analysis = analyseEngagement(text);
    const update = journeyMapUpdate(uri, 6, journeyMapView(analysis, 'broken'));
    assert.equal(update.map?.journeyId, 'reorder', 'the valid journey is drawn');
    assert.deepEqual(update.journeys.map((j) => j.id), ['reorder']);
    const line = text.slice(0, text.indexOf('"emotion": 5')).split('\n').length;
    assert.deepEqual(update.journeyProblems, [{ name: 'Cassé', line, drawable: false }]);
  });

  it('draws a map whose file has reference errors, listing the journey with errors', () => {
    const file = exampleEngagement();
    const journey = (file.journeys as Array<{ stages: Array<{ steps: Array<Record<string, unknown>> }> }>)[0]!;
    journey.stages[0]!.steps[0]!.channel = 'shop';
    const analysis = analyseEngagement(JSON.stringify(file, null, 2));
    assert.equal(analysis.ok, false);
    const update = journeyMapUpdate(uri, 7, journeyMapView(analysis, undefined));
    assert.equal(update.map?.cards.length, 3);
    assert.equal(update.partial, false);
    assert.equal(update.journeyProblems.length, 1);
    assert.equal(update.journeyProblems[0]!.drawable, true);
  });

  it('finds the step under the cursor, the journey around it, and the place of a clicked step, from the view alone', () => {
    const text = JSON.stringify(exampleEngagement(), null, 2);
    const analysis = analyseEngagement(text);
    const view = journeyMapView(analysis, undefined);
    const offset = text.indexOf("Appelle l'agence");
    assert.deepEqual(spanAtOffset(view, offset), { journeyId: 'reorder', stepKey: 'reorder/0/1' });
    assert.equal(spanAtOffset(view, 0), undefined);
    const between = text.indexOf('"stages"', text.indexOf('"journeys"'));
    assert.deepEqual(spanAtOffset(view, between), { journeyId: 'reorder' });
    const span = stepSpan(view, 'reorder/1/0');
    assert.deepEqual(span && { start: span.start, end: span.end }, analysis.locations['journeys.0.stages.1.steps.0'] && {
      start: analysis.locations['journeys.0.stages.1.steps.0'].start, end: analysis.locations['journeys.0.stages.1.steps.0'].end,
    });
    assert.equal(stepSpan(view, 'nowhere/0/0'), undefined);
  });

  it('keeps the spans on the host: the update sent to the webview carries none', () => {
    const view = journeyMapView(analyse(exampleEngagement()), undefined);
    assert.ok(view.spans.keys.length > 3);
    assert.equal(view.spans.offsets.length, 2 * view.spans.keys.length);
    assert.equal('spans' in journeyMapUpdate(uri, 1, view), false);
  });
});
