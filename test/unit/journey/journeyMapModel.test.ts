import assert from 'node:assert/strict';
import { journeyMapModel, mapJourneyIds } from '../../../src/core/journey/journeyMapModel';
import { analyse, exampleEngagement, withStages } from './journeyFixtures';

describe('journey map model', () => {
  it('has one lane per channel used, digital lanes grouped before physical and human ones', () => {
    const model = journeyMapModel(analyse(exampleEngagement()), 'reorder');
    assert.deepEqual(model.lanes.map((lane) => [lane.channelId, lane.group]), [
      ['site', 'digital'], ['branch', 'physical'], ['phone', 'physical'],
    ]);
  });

  it('keeps each group in file order and leaves unused channels out', () => {
    const model = journeyMapModel(analyse(withStages([[
      { channel: 'phone', action: 'a' }, { channel: 'app', action: 'b' }, { channel: 'branch', action: 'c' }, { channel: 'site', action: 'd' },
    ]])), 'j');
    assert.deepEqual(model.lanes.map((lane) => lane.channelId), ['site', 'app', 'branch', 'phone']);
    assert.deepEqual(model.cards.map((card) => model.lanes[card.lane]!.channelId), ['phone', 'app', 'branch', 'site']);
  });

  it('puts stages as columns of slots in journey order', () => {
    const model = journeyMapModel(analyse(exampleEngagement()), 'reorder');
    assert.deepEqual(model.stages.map((stage) => [stage.name, stage.firstOrder, stage.stepCount]), [['Se renseigner', 0, 2], ['Commander', 2, 1]]);
    assert.deepEqual(model.cards.map((card) => card.order), [0, 1, 2]);
  });

  it('gives every card the contract keys: data-step always, data-step-id when the step has an id', () => {
    const model = journeyMapModel(analyse(exampleEngagement()), 'reorder');
    assert.deepEqual(model.cards.map((card) => [card.key, card.idKey]), [
      ['reorder/0/0', 'reorder/search'], ['reorder/0/1', undefined], ['reorder/1/0', undefined],
    ]);
    assert.equal(model.cards[2]!.path, 'journeys.0.stages.1.steps.0');
  });

  it('draws a connector for every channel switch and marks a continuity break when the target does not share history', () => {
    const model = journeyMapModel(analyse(withStages([
      [{ channel: 'site', action: 'a' }, { channel: 'site', action: 'b' }, { channel: 'chat', action: 'c' }],
      [{ channel: 'phone', action: 'd' }, { channel: 'app', action: 'e' }],
    ])), 'j');
    assert.deepEqual(model.connectors.map((c) => [c.fromKey, c.toKey, c.continuityBreak]), [
      ['j/0/1', 'j/0/2', false],
      ['j/0/2', 'j/1/0', true],
      ['j/1/0', 'j/1/1', false],
    ]);
  });

  it('highlights critical moments with no person reachable, not those with a human in the stage', () => {
    const model = journeyMapModel(analyse(withStages([
      [{ channel: 'site', action: 'alone', critical: true }],
      [{ channel: 'site', action: 'helped', critical: true }, { channel: 'phone', action: 'human' }],
      [{ channel: 'chat', action: 'staffed chat', critical: true }],
      [{ channel: 'app', action: 'not critical' }],
    ])), 'j');
    assert.deepEqual(model.cards.map((card) => [card.critical, card.noPersonReachable]), [
      [true, true], [true, false], [false, false], [true, false], [false, false],
    ]);
  });

  it('builds the header from the segment: name, share, digital intensity', () => {
    const model = journeyMapModel(analyse(exampleEngagement()), 'reorder');
    assert.deepEqual(model.header, { segmentId: 'artisans', segmentName: 'Artisans du bâtiment', share: 45, digitalIntensity: 'multichannel' });
    assert.equal(model.language, 'fr');
  });

  it('attaches to a card the diagnostics whose path lies under its step, and only those', () => {
    const analysis = analyse(exampleEngagement());
    const range = { start: 0, end: 1, line: 1, column: 1, endLine: 1, endColumn: 2 };
    analysis.diagnostics = [
      { code: 'continuity-break', severity: 'warning', message: 'under step 0/1', path: 'journeys.0.stages.0.steps.1.channel', range },
      { code: 'critical-without-person', severity: 'warning', message: 'the step itself', path: 'journeys.0.stages.0.steps.1', range },
      { code: 'unknown-key', severity: 'warning', message: 'the stage', path: 'journeys.0.stages.0', range },
      { code: 'unknown-key', severity: 'warning', message: 'another journey', path: 'journeys.1.stages.0.steps.1', range },
      { code: 'unknown-key', severity: 'warning', message: 'step 10 is not step 1', path: 'journeys.0.stages.0.steps.10', range },
    ];
    const model = journeyMapModel(analysis, 'reorder');
    assert.deepEqual(model.cards.map((card) => card.diagnostics.map((d) => d.message)), [[], ['under step 0/1', 'the step itself'], []]);
  });

  it('still draws a step whose channel is undeclared, in its own lane', () => {
    const analysis = analyse(exampleEngagement());
    analysis.engagement!.journeys[0]!.steps[0]!.channel = 'ghost';
    const model = journeyMapModel(analysis, 'reorder');
    assert.deepEqual(model.lanes.at(-1), { channelId: 'ghost', name: 'ghost', group: 'physical', human: false, sharesHistory: false });
  });

  it('lists journey ids in file order and refuses an unknown one', () => {
    const file = exampleEngagement();
    file.journeys = [...(file.journeys as object[]), { id: 'after', segment: 'artisans', stages: [{ name: 's', steps: [{ channel: 'site', action: 'x' }] }] }];
    const analysis = analyse(file);
    assert.deepEqual(mapJourneyIds(analysis), ['reorder', 'after']);
    assert.throws(() => journeyMapModel(analysis, 'nope'), /Unknown journey/);
  });
});
