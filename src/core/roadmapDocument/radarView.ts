/**
 * The maturity radar as geometry: ten axes in table order, levels 1..5 from the centre, each label
 * wrapped on its own lines and placed outside the rings; the viewBox is the union of every box, so
 * no label is ever clipped. `radarSvg` draws it; the Office writers may draw it their own way.
 */
import { textWidth, wrapText } from './wrapText';

export interface RadarBox { x: number; y: number; width: number; height: number }

export interface RadarAxis {
  id: string;
  /** The dimension's name and level, as shown (« Outils des collaborateurs (1/5) »). */
  label: string;
  level: number;
  assessed: boolean;
  /** The label wrapped; each line's centre is at `lineY[i]`. */
  lines: string[];
  lineY: number[];
  x: number;
  anchor: 'start' | 'middle' | 'end';
  /** The label's estimated box, inside the viewBox. */
  box: RadarBox;
  /** The axis end (level 5) and the point at the level. */
  end: [number, number];
  point: [number, number];
}

export interface RadarView {
  title: string;
  viewBox: RadarBox;
  centre: [number, number];
  radius: number;
  fontSize: number;
  rings: [number, number][][];
  axes: RadarAxis[];
}

export interface RadarInput { id: string; name: string; level: number; assessed: boolean }

const RADIUS = 150;
const FONT = 12;
const LINE = 15;
const LABEL_WIDTH = 118;
const MARGIN = 10;

const round = (n: number) => Math.round(n * 10) / 10;

export function radarView(title: string, dimensions: readonly RadarInput[], levelText: (level: number) => string): RadarView {
  const n = dimensions.length;
  const at = (axis: number, level: number): [number, number] => {
    const angle = -Math.PI / 2 + (2 * Math.PI * axis) / n;
    const r = (RADIUS * level) / 5;
    return [round(r * Math.cos(angle)), round(r * Math.sin(angle))];
  };
  const rings = [1, 2, 3, 4, 5].map((level) => dimensions.map((_, i) => at(i, level)));
  let minX = -RADIUS - MARGIN;
  let maxX = RADIUS + MARGIN;
  let minY = -RADIUS - MARGIN;
  let maxY = RADIUS + MARGIN;
  const axes = dimensions.map((d, i): RadarAxis => {
    // A no-break space keeps the level with the last word of the name.
    const label = `${d.name}\u00a0(${levelText(d.level)})`;
    const lines = wrapText(label, LABEL_WIDTH, FONT);
    const [lx, ly] = at(i, 5.9);
    const anchor: RadarAxis['anchor'] = Math.abs(lx) < 5 ? 'middle' : lx > 0 ? 'start' : 'end';
    const width = Math.max(...lines.map((line) => textWidth(line, FONT)));
    const height = lines.length * LINE;
    // Above the centre the block grows upwards, below it downwards, on the sides around the axis.
    const top = Math.abs(lx) < 5 ? (ly < 0 ? ly - height + LINE / 2 : ly - LINE / 2) : ly - height / 2;
    const left = anchor === 'middle' ? lx - width / 2 : anchor === 'start' ? lx : lx - width;
    const box = { x: Math.floor(left * 10) / 10, y: round(top), width: Math.ceil(width * 10) / 10 + 0.1, height };
    minX = Math.min(minX, box.x - MARGIN);
    maxX = Math.max(maxX, box.x + box.width + MARGIN);
    minY = Math.min(minY, box.y - MARGIN);
    maxY = Math.max(maxY, box.y + box.height + MARGIN);
    return {
      id: d.id, label, level: d.level, assessed: d.assessed, lines,
      lineY: lines.map((_, k) => round(top + LINE * (k + 0.5))),
      x: lx, anchor, box, end: at(i, 5), point: at(i, d.level),
    };
  });
  const viewBox = { x: Math.floor(minX), y: Math.floor(minY), width: Math.ceil(maxX - Math.floor(minX)), height: Math.ceil(maxY - Math.floor(minY)) };
  return { title, viewBox, centre: [0, 0], radius: RADIUS, fontSize: FONT, rings, axes };
}
