/**
 * Where everything sits on the map, in SVG user units: stages are columns of step slots (one slot
 * per step, in journey order, so the emotion curve reads left to right), channels are lanes.
 */
import type { JourneyMapModel, LaneGroup } from './journeyMapModel';

export const LAYOUT = {
  pad: 16,
  labelWidth: 160,
  slot: 188,
  cardWidth: 164,
  cardHeight: 128,
  laneHeight: 144,
  headerHeight: 78,
  stageHeight: 34,
  groupHeight: 22,
  curveGap: 16,
  curveHeight: 120,
} as const;

export interface LaneBox { y: number; group: LaneGroup }
export interface GroupLabel { group: LaneGroup; y: number }

/**
 * Sizes that grow with the text when nothing may be cut (the exports wrap every word in full);
 * the webview keeps the fixed defaults, so its cards tile and scroll evenly.
 */
export interface TextSizes {
  cardHeight: number;
  stageHeight: number;
  /** At least cardHeight + 16, and tall enough for the longest wrapped lane name. */
  laneHeight: number;
}

export interface JourneyMapLayout {
  width: number;
  height: number;
  cardHeight: number;
  laneHeight: number;
  stageHeight: number;
  mapLeft: number;
  stageTop: number;
  lanes: LaneBox[];
  groups: GroupLabel[];
  lanesBottom: number;
  curveTop: number;
}

export function layoutJourneyMap(model: JourneyMapModel, sizes?: TextSizes): JourneyMapLayout {
  const cardHeight = sizes?.cardHeight ?? LAYOUT.cardHeight;
  const laneHeight = sizes?.laneHeight ?? LAYOUT.laneHeight;
  const stageHeight = sizes?.stageHeight ?? LAYOUT.stageHeight;
  const mapLeft = LAYOUT.pad + LAYOUT.labelWidth;
  const stageTop = LAYOUT.pad + LAYOUT.headerHeight;
  let y = stageTop + stageHeight + 4;
  const lanes: LaneBox[] = [];
  const groups: GroupLabel[] = [];
  for (const lane of model.lanes) {
    if (groups.at(-1)?.group !== lane.group) {
      groups.push({ group: lane.group, y });
      y += LAYOUT.groupHeight;
    }
    lanes.push({ y, group: lane.group });
    y += laneHeight;
  }
  const curveTop = y + LAYOUT.curveGap;
  return {
    width: mapLeft + Math.max(1, model.cards.length) * LAYOUT.slot + LAYOUT.pad,
    height: curveTop + LAYOUT.curveHeight + LAYOUT.pad,
    cardHeight,
    laneHeight,
    stageHeight,
    mapLeft,
    stageTop,
    lanes,
    groups,
    lanesBottom: y,
    curveTop,
  };
}

/** Left edge of the card in slot `order`. */
export function cardX(layout: JourneyMapLayout, order: number): number {
  return layout.mapLeft + order * LAYOUT.slot + (LAYOUT.slot - LAYOUT.cardWidth) / 2;
}

/** Top edge of a card in lane `lane`. */
export function cardY(layout: JourneyMapLayout, lane: number): number {
  return layout.lanes[lane]!.y + (layout.laneHeight - layout.cardHeight) / 2;
}

/** Vertical position of an emotion (−2..2) inside the curve band. */
export function emotionY(layout: JourneyMapLayout, emotion: number): number {
  const middle = layout.curveTop + LAYOUT.curveHeight / 2;
  return middle - (emotion * (LAYOUT.curveHeight - 28)) / 4;
}
