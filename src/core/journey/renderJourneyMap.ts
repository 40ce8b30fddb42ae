/**
 * The one drawing of a journey map: model -> virtual SVG tree. The webview mounts and patches it,
 * the exports serialise it with toMarkup, so every view shows the same picture. Elements that a
 * patch must follow carry a key (cards by step key, connectors by their two steps).
 */
import type { Connector, JourneyMapModel, Lane, StepCard } from './journeyMapModel';
import { cardX, cardY, emotionY, LAYOUT, layoutJourneyMap, type JourneyMapLayout, type TextSizes } from './journeyMapLayout';
import { journeyMapLabels, type JourneyMapLabels } from './journeyMapLabels';
import { JOURNEY_MAP_CSS } from './journeyMapStyle';
import { h, textNode, type VNode } from './virtualTree';
import { wrapText } from './wrapText';

export interface RenderOptions {
  /** Adds the XML namespace and the embedded stylesheet, for a file that stands alone. */
  standalone: boolean;
  /**
   * Only the step slots `from` (inclusive) to `to` (exclusive) get their cards, connectors and
   * curve dots: the webview draws what the viewport shows, so a 1,000-step map costs what a screen
   * of it costs. The size of the drawing stays the whole map's, so scrollbars stay true.
   */
  slots?: { from: number; to: number };
  /**
   * `overview` draws cards without their text, for zoom levels where text could not be read
   * anyway: they keep their key, colour, badge, label for screen readers and focus.
   */
  detail?: 'full' | 'overview';
  /**
   * Every word of every card, stage and lane, wrapped over as many lines as it takes (cards, lanes
   * and stage bands grow to fit): what the exports print, where no tooltip can show the rest.
   */
  fullText?: boolean;
}

export function renderJourneyMap(model: JourneyMapModel, options: RenderOptions): VNode {
  const labels = journeyMapLabels(model.language);
  const full = options.fullText === true;
  // Each card's lines are wrapped once: the full-text sizes need them all, the cards reuse them.
  const texts = new CardTexts(labels, full);
  const layout = layoutJourneyMap(model, full ? textSizes(model, texts) : undefined);
  const from = options.slots?.from ?? 0;
  const to = options.slots?.to ?? model.cards.length;
  const shown = (order: number): boolean => order >= from && order < to;
  const children: VNode[] = [];
  if (options.standalone) children.push(textNode('style', {}, JOURNEY_MAP_CSS, 'style'));
  children.push(
    textNode('title', {}, labels.mapOf(model.journeyName), 'title'),
    h('rect', { class: 'bg', x: 0, y: 0, width: layout.width, height: layout.height }, [], 'bg'),
    renderHeader(model, labels),
    renderStages(model, layout, from, to, full),
    renderLanes(model, layout, labels, full),
    renderCurve(model, layout, labels, shown),
    h('g', { class: 'connectors' }, model.connectors
      .filter((connector) => shown(connector.fromOrder) || shown(connector.toOrder))
      .map((connector) => renderConnector(connector, model, layout, labels)), 'connectors'),
    h('g', { class: 'cards' }, model.cards.slice(from, to).map((card) => renderCard(card, model, layout, labels, options.detail ?? 'full', texts)), 'cards'),
  );
  return h('svg', {
    ...(options.standalone ? { xmlns: 'http://www.w3.org/2000/svg' } : {}),
    class: 'cxm-journey-map',
    'data-journey': model.journeyId,
    'data-state': model.state,
    role: 'group',
    'aria-label': labels.mapOf(model.journeyName),
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    width: layout.width,
    height: layout.height,
  }, children, model.journeyId);
}

function renderHeader(model: JourneyMapModel, labels: JourneyMapLabels): VNode {
  const { header } = model;
  const facts = [`${labels.segment}: ${header.segmentName}`];
  if (header.share !== undefined) facts.push(labels.share(header.share));
  if (header.digitalIntensity) facts.push(labels.intensity[header.digitalIntensity]);
  const x = LAYOUT.pad;
  const legendY = LAYOUT.pad + 62;
  let legendX = x;
  const legend: VNode[] = [];
  const legendItem = (sample: VNode[], text: string, key: string): void => {
    legend.push(h('g', { transform: `translate(${legendX},${legendY})` }, [...sample, textNode('text', { x: 30, y: 4, class: 'muted small' }, text)], key));
    legendX += 40 + Math.ceil(text.length * 5.6);
  };
  legendItem([h('path', { class: 'connector', d: 'M0 0 H24' })], labels.legendSwitch, 'switch');
  legendItem([h('g', { class: 'break' }, [h('path', { class: 'connector', d: 'M0 0 H24' })])], labels.legendBreak, 'break');
  legendItem([h('g', { class: 'no-person' }, [h('rect', { class: 'card-box', x: 0, y: -6, width: 24, height: 12, rx: 3 })])], labels.legendNoPerson, 'no-person');
  if (model.state === 'target') facts.unshift(labels.targetJourney(model.comparison?.journeyName));
  return h('g', { class: 'header' }, [
    textNode('text', { class: 'title', x, y: LAYOUT.pad + 18 }, model.journeyName),
    textNode('text', { class: 'muted', x, y: LAYOUT.pad + 40 }, `${model.client} — ${facts.join(' · ')}`),
    h('g', { class: 'legend' }, legend),
  ], 'header');
}

function renderStages(model: JourneyMapModel, layout: JourneyMapLayout, from: number, to: number, full: boolean): VNode {
  const bottom = layout.curveTop + LAYOUT.curveHeight;
  const visible = model.stages.filter((stage) => stage.firstOrder < to && stage.firstOrder + stage.stepCount > from);
  return h('g', { class: 'stages' }, visible.map((stage) => {
    const x = layout.mapLeft + stage.firstOrder * LAYOUT.slot;
    const width = stage.stepCount * LAYOUT.slot;
    const names = wrapText(stage.name, stageChars(width), full ? Infinity : 1);
    return h('g', { class: 'stage', 'data-stage': stage.index }, [
      h('rect', { class: 'stage-band', x, y: layout.stageTop, width, height: layout.stageHeight }),
      ...names.map((name, i) => textNode('text', { class: 'stage-name', x: x + 8, y: layout.stageTop + 21 + i * STAGE_LINE }, name)),
      textNode('title', {}, stage.name),
      h('path', { class: 'stage-separator', d: `M${x} ${layout.stageTop + layout.stageHeight} V${bottom}` }),
    ], `stage-${stage.index}`);
  }), 'stages');
}

function renderLanes(model: JourneyMapModel, layout: JourneyMapLayout, labels: JourneyMapLabels, full: boolean): VNode {
  const width = layout.width - 2 * LAYOUT.pad;
  const groups = layout.groups.map((group) =>
    textNode('text', { class: 'group-name muted', x: LAYOUT.pad + 4, y: group.y + 15 }, group.group === 'digital' ? labels.digitalGroup : labels.physicalGroup, `group-${group.group}`));
  const lanes = model.lanes.map((lane, index) => {
    const y = layout.lanes[index]!.y;
    const nameLines = wrapText(lane.name, LANE_CHARS, full ? Infinity : 2);
    return h('g', { class: `lane-row lane-${lane.group}-row`, 'data-channel': lane.channelId }, [
      h('rect', { class: lane.group === 'digital' ? 'lane lane-digital' : 'lane', x: LAYOUT.pad, y, width, height: layout.laneHeight }),
      ...nameLines.map((line, i) => textNode('text', { class: 'lane-name', x: LAYOUT.pad + 8, y: y + 24 + i * 15 }, line)),
      textNode('text', { class: 'muted small', x: LAYOUT.pad + 8, y: y + 28 + nameLines.length * 15 }, laneQualities(lane, labels)),
    ], `lane-${lane.channelId}`);
  });
  return h('g', { class: 'lanes' }, [...groups, ...lanes], 'lanes');
}

function laneQualities(lane: Lane, labels: JourneyMapLabels): string {
  if (lane.type === undefined) return labels.undeclaredChannel;
  const qualities: string[] = [lane.type];
  if (lane.human) qualities.push(labels.human);
  if (lane.sharesHistory) qualities.push(labels.sharesHistory);
  return qualities.join(' · ');
}

function emotionClass(emotion: number | undefined): string {
  if (emotion === undefined) return 'emotion-none';
  return emotion < 0 ? `emotion-n${-emotion}` : emotion > 0 ? `emotion-p${emotion}` : 'emotion-0';
}

function signed(emotion: number): string {
  return emotion > 0 ? `+${emotion}` : emotion < 0 ? `−${-emotion}` : '0';
}

function renderCurve(model: JourneyMapModel, layout: JourneyMapLayout, labels: JourneyMapLabels, shown: (order: number) => boolean): VNode {
  const top = layout.curveTop;
  const centre = (order: number): number => layout.mapLeft + order * LAYOUT.slot + LAYOUT.slot / 2;
  const own = curvePath(model.cards.map((card) => card.emotion ?? null), centre, layout);
  const dots = model.cards.filter((card) => card.emotion !== undefined && shown(card.order)).map((card) =>
    h('circle', { class: emotionClass(card.emotion), cx: centre(card.order), cy: emotionY(layout, card.emotion!), r: 4 }, [], card.key));
  const axisLabelX = layout.mapLeft - 12;
  const curves: VNode[] = [
    h('g', { class: `curve-own curve-${model.state}`, 'data-curve': model.state, role: 'img', 'aria-label': labels.curveOf(model.state, model.journeyName) }, [
      h('path', { class: 'curve-line', d: own }, [], 'line'),
      h('g', { class: 'curve-dots' }, dots, 'dots'),
    ], `curve-${model.state}`),
  ];
  const legend: VNode[] = [];
  const { comparison } = model;
  if (comparison) {
    // The other journey's steps are spread over the same width: the two curves read side by side
    // from the first moment to the last, whatever the number of steps of each.
    const count = Math.max(1, comparison.emotions.length);
    const width = Math.max(1, model.cards.length) * LAYOUT.slot;
    const at = (index: number): number => layout.mapLeft + ((index + 0.5) * width) / count;
    const otherDots = comparison.emotions.flatMap((emotion, index) => emotion === null ? [] : [
      h('rect', { class: `compare-dot ${emotionClass(emotion)}`, x: at(index) - 3.5, y: emotionY(layout, emotion) - 3.5, width: 7, height: 7 }, [], `c${index}`),
    ]);
    curves.push(h('g', {
      class: `curve-compare curve-${comparison.state}`, 'data-curve': comparison.state, 'data-journey': comparison.journeyId,
      role: 'img', 'aria-label': labels.curveOf(comparison.state, comparison.journeyName),
    }, [
      h('path', { class: 'curve-line-compare', d: curvePath(comparison.emotions, at, layout) }, [], 'line'),
      h('g', { class: 'curve-dots' }, otherDots, 'dots'),
    ], `curve-${comparison.state}`));
    const legendY = top + 44;
    for (const [i, item] of [
      { className: 'curve-line', state: model.state, name: model.journeyName },
      { className: 'curve-line-compare', state: comparison.state, name: comparison.journeyName },
    ].entries()) {
      const y = legendY + i * 16;
      legend.push(
        h('path', { class: item.className, d: `M${LAYOUT.pad + 8} ${y - 4} H${LAYOUT.pad + 30}` }),
        textNode('text', { class: 'muted small', x: LAYOUT.pad + 36, y }, labels.stateName[item.state]),
      );
    }
  }
  return h('g', { class: 'curve' }, [
    h('rect', { class: 'curve-band', x: LAYOUT.pad, y: top, width: layout.width - 2 * LAYOUT.pad, height: LAYOUT.curveHeight }),
    textNode('text', { class: 'lane-name', x: LAYOUT.pad + 8, y: top + 24 }, labels.emotion),
    ...[2, 0, -2].map((value) => textNode('text', { class: 'muted small', x: axisLabelX, y: emotionY(layout, value) + 4, 'text-anchor': 'end' }, signed(value))),
    h('path', { class: 'curve-axis', d: `M${layout.mapLeft} ${emotionY(layout, 0)} H${layout.width - LAYOUT.pad}` }),
    h('g', { class: 'curve-legend' }, legend, 'legend'),
    h('g', { class: 'curves' }, curves, 'curves'),
  ], 'curve');
}

/** A step without emotion breaks the line: the curve never invents a value. */
function curvePath(emotions: ReadonlyArray<number | null>, x: (index: number) => number, layout: JourneyMapLayout): string {
  const segments: string[] = [];
  let drawing = false;
  emotions.forEach((emotion, index) => {
    if (emotion === null) { drawing = false; return; }
    segments.push(`${drawing ? 'L' : 'M'}${x(index)} ${emotionY(layout, emotion)}`);
    drawing = true;
  });
  return segments.join(' ');
}

function renderConnector(connector: Connector, model: JourneyMapModel, layout: JourneyMapLayout, labels: JourneyMapLabels): VNode {
  const x1 = cardX(layout, connector.fromOrder) + LAYOUT.cardWidth;
  const y1 = cardY(layout, connector.fromLane) + layout.cardHeight / 2;
  const x2 = cardX(layout, connector.toOrder);
  const y2 = cardY(layout, connector.toLane) + layout.cardHeight / 2;
  const children: VNode[] = [
    h('path', { class: 'connector', d: `M${x1} ${y1} C${x1 + 16} ${y1} ${x2 - 16} ${y2} ${x2 - 5} ${y2}` }),
    h('path', { class: 'connector-arrow', d: `M${x2 - 6} ${y2 - 4} L${x2} ${y2} L${x2 - 6} ${y2 + 4} Z` }),
  ];
  const target = model.lanes[connector.toLane]!;
  if (connector.continuityBreak) {
    const mx = (x1 + x2) / 2;
    const my = (y1 + y2) / 2;
    children.push(h('path', { class: 'break-mark', d: `M${mx - 5} ${my - 5} L${mx + 5} ${my + 5} M${mx + 5} ${my - 5} L${mx - 5} ${my + 5}` }));
    children.push(textNode('title', {}, labels.continuityBreak(target.name)));
  } else {
    children.push(textNode('title', {}, `${labels.channelSwitch}: ${model.lanes[connector.fromLane]!.name} → ${target.name}`));
  }
  return h('g', {
    class: connector.continuityBreak ? 'switch break' : 'switch',
    'data-from': connector.fromKey,
    'data-to': connector.toKey,
  }, children, `${connector.fromKey}>${connector.toKey}`);
}

function cardClass(card: StepCard): string {
  const classes = ['card'];
  if (card.critical) classes.push('critical');
  if (card.noPersonReachable) classes.push('no-person');
  return classes.join(' ');
}

/** The card's words for a screen reader: position, channel, action, emotion, flags, pain, problems. */
export function cardAriaLabel(card: StepCard, model: JourneyMapModel, labels: JourneyMapLabels): string {
  const stage = model.stages[card.stageIndex]!;
  const parts = [
    `${labels.step(card.order + 1)}, ${labels.stage} ${stage.name}`,
    `${model.lanes[card.lane]!.name}: ${card.action}`,
    `${labels.emotion}: ${card.emotion === undefined ? labels.noEmotion : labels.emotions[String(card.emotion)]}`,
  ];
  if (card.critical) parts.push(labels.critical);
  if (card.noPersonReachable) parts.push(labels.noPersonReachable);
  if (card.pain !== undefined) parts.push(`${labels.pain}: ${card.pain}`);
  if (card.diagnostics.length > 0) parts.push(labels.problems(card.diagnostics.length));
  return parts.join('. ');
}

/** Characters per line at the card's width (12px action, 11px pain, 10px footer). */
const ACTION_CHARS = 24;
const PAIN_CHARS = 27;
const FOOTER_CHARS = 29;

function renderCard(
  card: StepCard, model: JourneyMapModel, layout: JourneyMapLayout, labels: JourneyMapLabels, detail: 'full' | 'overview', texts: CardTexts,
): VNode {
  const ariaLabel = cardAriaLabel(card, model, labels);
  const children: VNode[] = [
    h('rect', { class: 'card-box', x: 0, y: 0, width: LAYOUT.cardWidth, height: layout.cardHeight, rx: 6 }),
    // A ring in the emotion's colour around a sign in the text colour: the sign keeps 4.5:1 in every
    // theme (white or black on the chart colours does not); overview cards, without text, are filled.
    h('circle', { class: detail === 'overview' ? emotionClass(card.emotion) : `emotion-marker ${emotionClass(card.emotion)}`, cx: 15, cy: 15, r: 10 }),
  ];
  if (detail === 'overview') {
    if (card.critical) children.push(h('rect', { class: 'badge', x: LAYOUT.cardWidth - 64, y: 6, width: 58, height: 16, rx: 8 }));
    return cardGroup(card, layout, ariaLabel, children);
  }
  if (card.emotion !== undefined) {
    children.push(textNode('text', { class: 'emotion-marker-text', x: 15, y: 19, 'text-anchor': 'middle' }, signed(card.emotion)));
  }
  if (card.capability !== undefined) children.push(textNode('text', { class: 'muted small', x: 30, y: 19 }, card.capability));
  if (card.critical) {
    children.push(
      h('rect', { class: 'badge', x: LAYOUT.cardWidth - 64, y: 6, width: 58, height: 16, rx: 8 }),
      textNode('text', { class: 'badge-text', x: LAYOUT.cardWidth - 35, y: 18, 'text-anchor': 'middle' }, labels.critical),
    );
  }
  const text = texts.of(card);
  text.action.forEach((line, i) => {
    children.push(textNode('text', { class: 'action', x: 8, y: ACTION_TOP + i * ACTION_LINE }, line));
  });
  text.pain.forEach((line, i) => {
    children.push(textNode('text', { class: 'pain', x: 8, y: painTop(text.action.length) + i * PAIN_LINE }, line));
  });
  const footerTop = layout.cardHeight - 6 - (text.footer.length - 1) * FOOTER_LINE;
  text.footer.forEach((line, i) => children.push(textNode('text', { class: line.className, x: 8, y: footerTop + i * FOOTER_LINE }, line.text)));
  children.push(textNode('title', {}, cardTooltip(card, ariaLabel)));
  return cardGroup(card, layout, ariaLabel, children);
}

const ACTION_TOP = 42;
const ACTION_LINE = 14;
const PAIN_LINE = 13;
const FOOTER_LINE = 12;
const STAGE_LINE = 14;
const LANE_CHARS = 20;

/** The pain starts under the third action line, or under the last one when a full action is longer. */
function painTop(actionLines: number): number {
  return ACTION_TOP + 2 + Math.max(3, actionLines) * ACTION_LINE;
}

function stageChars(width: number): number {
  return Math.max(4, Math.floor((width - 16) / 7));
}

interface CardText { action: string[]; pain: string[]; footer: Array<{ className: string; text: string }> }

/**
 * The cards' lines of one drawing, each card's wrapped once (the full-text sizes and the card both
 * read them), and each distinct text wrapped once: journeys repeat their pains and messages.
 */
class CardTexts {
  private readonly byCard = new Map<StepCard, CardText>();
  private readonly wrapped = new Map<string, string[]>();

  constructor(private readonly labels: JourneyMapLabels, private readonly full: boolean) {}

  of(card: StepCard): CardText {
    let text = this.byCard.get(card);
    if (text === undefined) {
      text = cardText(card, this.labels, this.full, (value, maxChars, maxLines) => this.wrap(value, maxChars, maxLines));
      this.byCard.set(card, text);
    }
    return text;
  }

  private wrap(value: string, maxChars: number, maxLines: number): string[] {
    const key = `${maxChars}:${maxLines}:${value}`;
    let lines = this.wrapped.get(key);
    if (lines === undefined) {
      lines = wrapText(value, maxChars, maxLines);
      this.wrapped.set(key, lines);
    }
    return lines;
  }
}

type Wrap = (text: string, maxChars: number, maxLines: number) => string[];

/** A card's lines: cut to the card (the webview, whose tooltip holds the rest), or every word (`full`). */
function cardText(card: StepCard, labels: JourneyMapLabels, full: boolean, wrap: Wrap): CardText {
  const action = wrap(card.action, ACTION_CHARS, full ? Infinity : 3);
  const pain = card.pain !== undefined ? wrap(`${labels.pain}: ${card.pain}`, PAIN_CHARS, full ? Infinity : 2) : [];
  const footer: CardText['footer'] = [];
  if (card.noPersonReachable) footer.push({ className: 'alert', text: `⚠ ${labels.noPersonReachable}` });
  const [first] = card.diagnostics;
  if (first && !full) {
    const count = card.diagnostics.length > 1 ? `${labels.problems(card.diagnostics.length)}: ` : '';
    footer.push({ className: `diag-${first.severity}`, text: wrap(`${count}${first.message}`, FOOTER_CHARS, 1)[0] ?? '' });
  }
  if (full) {
    for (const diagnostic of card.diagnostics) {
      for (const line of wrap(diagnostic.message, FOOTER_CHARS, Infinity)) footer.push({ className: `diag-${diagnostic.severity}`, text: line });
    }
  }
  return { action, pain, footer };
}

/** The sizes that hold every card's, stage's and lane's text in full. */
function textSizes(model: JourneyMapModel, texts: CardTexts): TextSizes {
  let cardHeight: number = LAYOUT.cardHeight;
  for (const card of model.cards) {
    const text = texts.of(card);
    const lastBaseline = text.pain.length > 0
      ? painTop(text.action.length) + (text.pain.length - 1) * PAIN_LINE
      : ACTION_TOP + (Math.max(1, text.action.length) - 1) * ACTION_LINE;
    const bottom = text.footer.length > 0 ? lastBaseline + 14 + (text.footer.length - 1) * FOOTER_LINE + 6 : lastBaseline + 10;
    cardHeight = Math.max(cardHeight, bottom);
  }
  let laneHeight = Math.max(LAYOUT.laneHeight, cardHeight + 16);
  for (const lane of model.lanes) laneHeight = Math.max(laneHeight, 28 + wrapText(lane.name, LANE_CHARS, Infinity).length * 15 + 12);
  let stageLines = 1;
  for (const stage of model.stages) stageLines = Math.max(stageLines, wrapText(stage.name, stageChars(stage.stepCount * LAYOUT.slot), Infinity).length);
  return { cardHeight, laneHeight, stageHeight: LAYOUT.stageHeight + (stageLines - 1) * STAGE_LINE };
}

function cardGroup(card: StepCard, layout: JourneyMapLayout, ariaLabel: string, children: VNode[]): VNode {
  return h('g', {
    class: cardClass(card),
    'data-step': card.key,
    'data-step-id': card.idKey,
    'data-path': card.path,
    transform: `translate(${cardX(layout, card.order)},${cardY(layout, card.lane)})`,
    tabindex: 0,
    role: 'button',
    'aria-label': ariaLabel,
  }, children, card.key);
}

/** The hover text: everything the card may have cut, including every problem's full message. */
function cardTooltip(card: StepCard, ariaLabel: string): string {
  const lines = [ariaLabel];
  for (const diagnostic of card.diagnostics) lines.push(`${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`);
  return lines.join('\n');
}
