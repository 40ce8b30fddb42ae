/**
 * The one drawing of a journey map: model -> elements, written into a DrawingSink. The webview
 * mounts and patches the virtual tree (renderJourneyMap); the exports write the same calls as markup
 * (drawJourneyMap into a MarkupWriter), so every view shows the same picture. Elements that a patch
 * must follow carry a key (cards by step key, connectors by their two steps).
 */
import type { Attributes, DrawingSink } from './drawingSink';
import type { Connector, JourneyMapModel, Lane, StepCard } from './journeyMapModel';
import { cardX, cardY, emotionY, LAYOUT, layoutJourneyMap, type JourneyMapLayout, type TextSizes } from './journeyMapLayout';
import { journeyMapLabels, type JourneyMapLabels } from './journeyMapLabels';
import { JOURNEY_MAP_CSS } from './journeyMapStyle';
import { TreeBuilder, type VNode } from './virtualTree';
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

/** The map as a virtual tree: what the webview mounts and patches. */
export function renderJourneyMap(model: JourneyMapModel, options: RenderOptions): VNode {
  const tree = new TreeBuilder();
  drawJourneyMap(tree, prepareJourneyMap(model, options));
  return tree.root();
}

/**
 * A map ready to draw: its words, its wrapped texts and its layout, whose size a page stacking
 * several maps needs before it writes the first one.
 */
export interface PreparedJourneyMap {
  readonly model: JourneyMapModel;
  readonly options: RenderOptions;
  readonly layout: JourneyMapLayout;
  readonly labels: JourneyMapLabels;
  readonly texts: CardTexts;
}

export function prepareJourneyMap(model: JourneyMapModel, options: RenderOptions): PreparedJourneyMap {
  const labels = journeyMapLabels(model.language);
  const full = options.fullText === true;
  // Each card's lines are wrapped once: the full-text sizes need them all, the cards reuse them.
  const texts = new CardTexts(labels, full);
  const layout = layoutJourneyMap(model, full ? textSizes(model, texts) : undefined);
  return { model, options, layout, labels, texts };
}

/** Writes the map's `<svg>` element; `placement` attributes (a stacked page's x and y) come last. */
export function drawJourneyMap(sink: DrawingSink, map: PreparedJourneyMap, placement?: Attributes): void {
  const { model, options, layout, labels, texts } = map;
  const full = options.fullText === true;
  const from = options.slots?.from ?? 0;
  const to = options.slots?.to ?? model.cards.length;
  const shown = (order: number): boolean => order >= from && order < to;
  sink.open('svg', {
    ...(options.standalone ? { xmlns: 'http://www.w3.org/2000/svg' } : {}),
    class: 'cxm-journey-map',
    'data-journey': model.journeyId,
    'data-state': model.state,
    role: 'group',
    'aria-label': labels.mapOf(model.journeyName),
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    width: layout.width,
    height: layout.height,
    ...placement,
  }, model.journeyId);
  if (options.standalone) sink.text('style', {}, JOURNEY_MAP_CSS, 'style');
  sink.text('title', {}, labels.mapOf(model.journeyName), 'title');
  sink.empty('rect', { class: 'bg', x: 0, y: 0, width: layout.width, height: layout.height }, 'bg');
  drawHeader(sink, model, labels);
  drawStages(sink, model, layout, from, to, full);
  drawLanes(sink, model, layout, labels, full);
  drawCurve(sink, model, layout, labels, shown);
  sink.open('g', { class: 'connectors' }, 'connectors');
  for (const connector of model.connectors) {
    if (shown(connector.fromOrder) || shown(connector.toOrder)) drawConnector(sink, connector, model, layout, labels);
  }
  sink.close();
  sink.open('g', { class: 'cards' }, 'cards');
  const detail = options.detail ?? 'full';
  const last = Math.min(to, model.cards.length);
  for (let order = Math.max(0, from); order < last; order++) drawCard(sink, model.cards[order]!, model, layout, labels, detail, texts);
  sink.close();
  sink.close();
}

function drawHeader(sink: DrawingSink, model: JourneyMapModel, labels: JourneyMapLabels): void {
  const { header } = model;
  const facts = [`${labels.segment}: ${header.segmentName}`];
  if (header.share !== undefined) facts.push(labels.share(header.share));
  if (header.digitalIntensity) facts.push(labels.intensity[header.digitalIntensity]);
  if (model.state === 'target') facts.unshift(labels.targetJourney(model.comparison?.journeyName));
  const x = LAYOUT.pad;
  sink.open('g', { class: 'header' }, 'header');
  sink.text('text', { class: 'title', x, y: LAYOUT.pad + 18 }, model.journeyName);
  sink.text('text', { class: 'muted', x, y: LAYOUT.pad + 40 }, `${model.client} — ${facts.join(' · ')}`);
  sink.open('g', { class: 'legend' });
  const legendY = LAYOUT.pad + 62;
  let legendX = x;
  const legendItem = (sample: () => void, text: string, key: string): void => {
    sink.open('g', { transform: `translate(${legendX},${legendY})` }, key);
    sample();
    sink.text('text', { x: 30, y: 4, class: 'muted small' }, text);
    sink.close();
    legendX += 40 + Math.ceil(text.length * 5.6);
  };
  legendItem(() => sink.empty('path', { class: 'connector', d: 'M0 0 H24' }), labels.legendSwitch, 'switch');
  legendItem(() => {
    sink.open('g', { class: 'break' });
    sink.empty('path', { class: 'connector', d: 'M0 0 H24' });
    sink.close();
  }, labels.legendBreak, 'break');
  legendItem(() => {
    sink.open('g', { class: 'no-person' });
    sink.empty('rect', { class: 'card-box', x: 0, y: -6, width: 24, height: 12, rx: 3 });
    sink.close();
  }, labels.legendNoPerson, 'no-person');
  sink.close();
  sink.close();
}

function drawStages(sink: DrawingSink, model: JourneyMapModel, layout: JourneyMapLayout, from: number, to: number, full: boolean): void {
  const bottom = layout.curveTop + LAYOUT.curveHeight;
  sink.open('g', { class: 'stages' }, 'stages');
  for (const stage of model.stages) {
    if (!(stage.firstOrder < to && stage.firstOrder + stage.stepCount > from)) continue;
    const x = layout.mapLeft + stage.firstOrder * LAYOUT.slot;
    const width = stage.stepCount * LAYOUT.slot;
    const names = wrapText(stage.name, stageChars(width), full ? Infinity : 1);
    sink.open('g', { class: 'stage', 'data-stage': stage.index }, `stage-${stage.index}`);
    sink.empty('rect', { class: 'stage-band', x, y: layout.stageTop, width, height: layout.stageHeight });
    names.forEach((name, i) => sink.text('text', { class: 'stage-name', x: x + 8, y: layout.stageTop + 21 + i * STAGE_LINE }, name));
    sink.text('title', {}, stage.name);
    sink.empty('path', { class: 'stage-separator', d: `M${x} ${layout.stageTop + layout.stageHeight} V${bottom}` });
    sink.close();
  }
  sink.close();
}

function drawLanes(sink: DrawingSink, model: JourneyMapModel, layout: JourneyMapLayout, labels: JourneyMapLabels, full: boolean): void {
  const width = layout.width - 2 * LAYOUT.pad;
  sink.open('g', { class: 'lanes' }, 'lanes');
  for (const group of layout.groups) {
    sink.text('text', { class: 'group-name muted', x: LAYOUT.pad + 4, y: group.y + 15 }, group.group === 'digital' ? labels.digitalGroup : labels.physicalGroup, `group-${group.group}`);
  }
  model.lanes.forEach((lane, index) => {
    const y = layout.lanes[index]!.y;
    const nameLines = wrapText(lane.name, LANE_CHARS, full ? Infinity : 2);
    sink.open('g', { class: `lane-row lane-${lane.group}-row`, 'data-channel': lane.channelId }, `lane-${lane.channelId}`);
    sink.empty('rect', { class: lane.group === 'digital' ? 'lane lane-digital' : 'lane', x: LAYOUT.pad, y, width, height: layout.laneHeight });
    nameLines.forEach((line, i) => sink.text('text', { class: 'lane-name', x: LAYOUT.pad + 8, y: y + 24 + i * 15 }, line));
    sink.text('text', { class: 'muted small', x: LAYOUT.pad + 8, y: y + 28 + nameLines.length * 15 }, laneQualities(lane, labels));
    sink.close();
  });
  sink.close();
}

function laneQualities(lane: Lane, labels: JourneyMapLabels): string {
  if (lane.type === undefined) return labels.undeclaredChannel;
  const qualities: string[] = [lane.type];
  if (lane.human) qualities.push(labels.human);
  if (lane.sharesHistory) qualities.push(labels.sharesHistory);
  return qualities.join(' · ');
}

/** A few class names, built once: a 50,000-step map would otherwise build 100,000 of them. */
const EMOTION_CLASSES: Readonly<Record<string, string>> = { '-2': 'emotion-n2', '-1': 'emotion-n1', '0': 'emotion-0', '1': 'emotion-p1', '2': 'emotion-p2' };

function emotionClass(emotion: number | undefined): string {
  if (emotion === undefined) return 'emotion-none';
  return EMOTION_CLASSES[emotion] ?? (emotion < 0 ? `emotion-n${-emotion}` : emotion > 0 ? `emotion-p${emotion}` : 'emotion-0');
}

function signed(emotion: number): string {
  return emotion > 0 ? `+${emotion}` : emotion < 0 ? `−${-emotion}` : '0';
}

function drawCurve(sink: DrawingSink, model: JourneyMapModel, layout: JourneyMapLayout, labels: JourneyMapLabels, shown: (order: number) => boolean): void {
  const top = layout.curveTop;
  const centre = (order: number): number => layout.mapLeft + order * LAYOUT.slot + LAYOUT.slot / 2;
  const axisLabelX = layout.mapLeft - 12;
  const { comparison } = model;
  sink.open('g', { class: 'curve' }, 'curve');
  sink.empty('rect', { class: 'curve-band', x: LAYOUT.pad, y: top, width: layout.width - 2 * LAYOUT.pad, height: LAYOUT.curveHeight });
  sink.text('text', { class: 'lane-name', x: LAYOUT.pad + 8, y: top + 24 }, labels.emotion);
  for (const value of [2, 0, -2]) sink.text('text', { class: 'muted small', x: axisLabelX, y: emotionY(layout, value) + 4, 'text-anchor': 'end' }, signed(value));
  sink.empty('path', { class: 'curve-axis', d: `M${layout.mapLeft} ${emotionY(layout, 0)} H${layout.width - LAYOUT.pad}` });
  sink.open('g', { class: 'curve-legend' }, 'legend');
  if (comparison) {
    const legendY = top + 44;
    for (const [i, item] of [
      { className: 'curve-line', state: model.state },
      { className: 'curve-line-compare', state: comparison.state },
    ].entries()) {
      const y = legendY + i * 16;
      sink.empty('path', { class: item.className, d: `M${LAYOUT.pad + 8} ${y - 4} H${LAYOUT.pad + 30}` });
      sink.text('text', { class: 'muted small', x: LAYOUT.pad + 36, y }, labels.stateName[item.state]);
    }
  }
  sink.close();
  sink.open('g', { class: 'curves' }, 'curves');
  sink.open('g', { class: `curve-own curve-${model.state}`, 'data-curve': model.state, role: 'img', 'aria-label': labels.curveOf(model.state, model.journeyName) }, `curve-${model.state}`);
  sink.empty('path', { class: 'curve-line', d: curvePath(model.cards.map((card) => card.emotion ?? null), centre, layout) }, 'line');
  sink.open('g', { class: 'curve-dots' }, 'dots');
  for (const card of model.cards) {
    if (card.emotion !== undefined && shown(card.order)) {
      sink.empty('circle', { class: emotionClass(card.emotion), cx: centre(card.order), cy: emotionY(layout, card.emotion), r: 4 }, card.key);
    }
  }
  sink.close();
  sink.close();
  if (comparison) {
    // The other journey's steps are spread over the same width: the two curves read side by side
    // from the first moment to the last, whatever the number of steps of each.
    const count = Math.max(1, comparison.emotions.length);
    const width = Math.max(1, model.cards.length) * LAYOUT.slot;
    const at = (index: number): number => layout.mapLeft + ((index + 0.5) * width) / count;
    sink.open('g', {
      class: `curve-compare curve-${comparison.state}`, 'data-curve': comparison.state, 'data-journey': comparison.journeyId,
      role: 'img', 'aria-label': labels.curveOf(comparison.state, comparison.journeyName),
    }, `curve-${comparison.state}`);
    sink.empty('path', { class: 'curve-line-compare', d: curvePath(comparison.emotions, at, layout) }, 'line');
    sink.open('g', { class: 'curve-dots' }, 'dots');
    comparison.emotions.forEach((emotion, index) => {
      if (emotion === null) return;
      sink.empty('rect', { class: `compare-dot ${emotionClass(emotion)}`, x: at(index) - 3.5, y: emotionY(layout, emotion) - 3.5, width: 7, height: 7 }, `c${index}`);
    });
    sink.close();
    sink.close();
  }
  sink.close();
  sink.close();
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

function drawConnector(sink: DrawingSink, connector: Connector, model: JourneyMapModel, layout: JourneyMapLayout, labels: JourneyMapLabels): void {
  const x1 = cardX(layout, connector.fromOrder) + LAYOUT.cardWidth;
  const y1 = cardY(layout, connector.fromLane) + layout.cardHeight / 2;
  const x2 = cardX(layout, connector.toOrder);
  const y2 = cardY(layout, connector.toLane) + layout.cardHeight / 2;
  const target = model.lanes[connector.toLane]!;
  sink.open('g', {
    class: connector.continuityBreak ? 'switch break' : 'switch',
    'data-from': connector.fromKey,
    'data-to': connector.toKey,
  }, `${connector.fromKey}>${connector.toKey}`);
  sink.empty('path', { class: 'connector', d: `M${x1} ${y1} C${x1 + 16} ${y1} ${x2 - 16} ${y2} ${x2 - 5} ${y2}` });
  sink.empty('path', { class: 'connector-arrow', d: `M${x2 - 6} ${y2 - 4} L${x2} ${y2} L${x2 - 6} ${y2 + 4} Z` });
  if (connector.continuityBreak) {
    const mx = (x1 + x2) / 2;
    const my = (y1 + y2) / 2;
    sink.empty('path', { class: 'break-mark', d: `M${mx - 5} ${my - 5} L${mx + 5} ${my + 5} M${mx + 5} ${my - 5} L${mx - 5} ${my + 5}` });
    sink.text('title', {}, labels.continuityBreak(target.name));
  } else {
    sink.text('title', {}, `${labels.channelSwitch}: ${model.lanes[connector.fromLane]!.name} → ${target.name}`);
  }
  sink.close();
}

function cardClass(card: StepCard): string {
  if (card.critical) return card.noPersonReachable ? 'card critical no-person' : 'card critical';
  return card.noPersonReachable ? 'card no-person' : 'card';
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

function drawCard(
  sink: DrawingSink, card: StepCard, model: JourneyMapModel, layout: JourneyMapLayout, labels: JourneyMapLabels, detail: 'full' | 'overview', texts: CardTexts,
): void {
  const ariaLabel = cardAriaLabel(card, model, labels);
  sink.open('g', {
    class: cardClass(card),
    'data-step': card.key,
    'data-step-id': card.idKey,
    'data-path': card.path,
    transform: `translate(${cardX(layout, card.order)},${cardY(layout, card.lane)})`,
    tabindex: 0,
    role: 'button',
    'aria-label': ariaLabel,
  }, card.key);
  sink.empty('rect', { class: 'card-box', x: 0, y: 0, width: LAYOUT.cardWidth, height: layout.cardHeight, rx: 6 });
  // A ring in the emotion's colour around a sign in the text colour: the sign keeps 4.5:1 in every
  // theme (white or black on the chart colours does not); overview cards, without text, are filled.
  sink.empty('circle', { class: detail === 'overview' ? emotionClass(card.emotion) : `emotion-marker ${emotionClass(card.emotion)}`, cx: 15, cy: 15, r: 10 });
  if (detail === 'overview') {
    if (card.critical) sink.empty('rect', { class: 'badge', x: LAYOUT.cardWidth - 64, y: 6, width: 58, height: 16, rx: 8 });
    sink.close();
    return;
  }
  if (card.emotion !== undefined) {
    sink.text('text', { class: 'emotion-marker-text', x: 15, y: 19, 'text-anchor': 'middle' }, signed(card.emotion));
  }
  if (card.capability !== undefined) sink.text('text', { class: 'muted small', x: 30, y: 19 }, card.capability);
  if (card.critical) {
    sink.empty('rect', { class: 'badge', x: LAYOUT.cardWidth - 64, y: 6, width: 58, height: 16, rx: 8 });
    sink.text('text', { class: 'badge-text', x: LAYOUT.cardWidth - 35, y: 18, 'text-anchor': 'middle' }, labels.critical);
  }
  const text = texts.of(card);
  text.action.forEach((line, i) => sink.text('text', { class: 'action', x: 8, y: ACTION_TOP + i * ACTION_LINE }, line));
  const painY = painTop(text.action.length);
  text.pain.forEach((line, i) => sink.text('text', { class: 'pain', x: 8, y: painY + i * PAIN_LINE }, line));
  const footerTop = layout.cardHeight - 6 - (text.footer.length - 1) * FOOTER_LINE;
  text.footer.forEach((line, i) => sink.text('text', { class: line.className, x: 8, y: footerTop + i * FOOTER_LINE }, line.text));
  sink.text('title', {}, cardTooltip(card, ariaLabel));
  sink.close();
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
 * read them), and each distinct text wrapped once: journeys repeat their pains and messages (a
 * 50,000-step journey has a few distinct problem messages, each eight lines long).
 */
export class CardTexts {
  /** By card order (`cards[i].order === i` in one model). */
  private readonly byOrder: Array<CardText | undefined> = [];
  /** Wrapped lines by width and line limit, then by text: a few widths, no composite keys to build. */
  private readonly wrapped = new Map<number, Map<number, Map<string, string[]>>>();
  /** A problem's footer lines, by severity then message. */
  private readonly problemLines = new Map<string, Map<string, CardText['footer']>>();
  private readonly wrap: Wrap = (value, maxChars, maxLines) => this.wrapOnce(value, maxChars, maxLines);
  private readonly problem: ProblemLines = (severity, message) => this.problemOnce(severity, message);

  constructor(private readonly labels: JourneyMapLabels, private readonly full: boolean) {}

  of(card: StepCard): CardText {
    let text = this.byOrder[card.order];
    if (text === undefined) {
      text = cardText(card, this.labels, this.full, this.wrap, this.problem);
      this.byOrder[card.order] = text;
    }
    return text;
  }

  private wrapOnce(value: string, maxChars: number, maxLines: number): string[] {
    let byLines = this.wrapped.get(maxChars);
    if (byLines === undefined) this.wrapped.set(maxChars, (byLines = new Map()));
    let byText = byLines.get(maxLines);
    if (byText === undefined) byLines.set(maxLines, (byText = new Map()));
    let lines = byText.get(value);
    if (lines === undefined) {
      lines = wrapText(value, maxChars, maxLines);
      byText.set(value, lines);
    }
    return lines;
  }

  private problemOnce(severity: string, message: string): CardText['footer'] {
    let byMessage = this.problemLines.get(severity);
    if (byMessage === undefined) this.problemLines.set(severity, (byMessage = new Map()));
    let lines = byMessage.get(message);
    if (lines === undefined) {
      const className = `diag-${severity}`;
      lines = this.wrapOnce(message, FOOTER_CHARS, Infinity).map((text) => ({ className, text }));
      byMessage.set(message, lines);
    }
    return lines;
  }
}

type Wrap = (text: string, maxChars: number, maxLines: number) => string[];
/** Every line of a problem's message in full, with its class: shared by the cards that show it. */
type ProblemLines = (severity: string, message: string) => CardText['footer'];

/** A card's lines: cut to the card (the webview, whose tooltip holds the rest), or every word (`full`). */
function cardText(card: StepCard, labels: JourneyMapLabels, full: boolean, wrap: Wrap, problem: ProblemLines): CardText {
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
      for (const line of problem(diagnostic.severity, diagnostic.message)) footer.push(line);
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

/** The hover text: everything the card may have cut, including every problem's full message. */
function cardTooltip(card: StepCard, ariaLabel: string): string {
  if (card.diagnostics.length === 0) return ariaLabel;
  const lines = [ariaLabel];
  for (const diagnostic of card.diagnostics) lines.push(`${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`);
  return lines.join('\n');
}
