/**
 * The timeline on a slide as PowerPoint's own shapes, from the same geometry the document's SVG
 * is drawn from (timelineView.ts): phase bands, month ticks, one rounded bar per initiative (its
 * follow-up lighter), the dependencies as elbow arrows, every label a text box. A consultant
 * moves a bar or retypes a label in PowerPoint; and the deck needs no rasteriser at all
 * (rasterising was most of a deck's time in a fresh process, docs/office-documents.md).
 */
import type PptxGenJS from 'pptxgenjs';
import { LABEL_X, type TimelineView } from '../../roadmapDocument/timelineView';

type Slide = ReturnType<PptxGenJS['addSlide']>;

const PHASE_FILLS = ['EEF4F8', 'E3EEF6'];
const BAR_HEIGHT = 14;

export interface ShapeBox { x: number; y: number; w: number; h: number }

export function addTimelineShapes(slide: Slide, view: TimelineView, box: ShapeBox, fontFace: string, lang: string): void {
  const scale = Math.min(box.w / view.width, box.h / view.height);
  const left = box.x + (box.w - view.width * scale) / 2;
  const top = box.y;
  const X = (x: number) => left + x * scale;
  const Y = (y: number) => top + y * scale;
  const L = (length: number) => Math.max(0, length * scale);
  const points = (size: number) => Math.max(6, Math.round(size * scale * 72 * 10) / 10);
  const bottom = view.height - 4;
  // The labels come broken into lines by the geometry (measured for the SVG): no second wrapping.
  const text = (value: string, options: Record<string, unknown>) => slide.addText(value, { fontFace, lang, margin: 0, wrap: false, ...options });

  view.phases.forEach((phase, i) => {
    slide.addShape('rect', { x: X(phase.x), y: Y(view.bandY), w: L(phase.width), h: L(bottom - view.bandY), fill: { color: PHASE_FILLS[i % 2]! }, line: { color: 'FFFFFF', width: 1.5 } });
    text(phase.lines.join('\n'), { x: X(phase.x + 4), y: Y(view.bandY + 2), w: L(phase.width - 8), h: L(phase.lines.length * view.lineHeight + 4), fontSize: points(view.fontSize - 1), bold: true, color: '1D4E70', valign: 'top' });
  });
  for (const tick of view.ticks) {
    slide.addShape('line', { x: X(tick.x), y: Y(view.tickY), w: 0, h: L(bottom - view.tickY), line: { color: 'C8C8C8', width: 0.5, dashType: 'sysDot' } });
    text(tick.lines.join('\n'), { x: X(tick.x + 3), y: Y(view.tickY), w: L(Math.max(view.monthWidth * 3, 40)), h: L(tick.lines.length * view.lineHeight), fontSize: points(view.fontSize - 2), color: '555555', valign: 'top' });
  }
  for (const bar of view.bars) {
    slide.addShape('line', { x: X(0), y: Y(bar.rowY + bar.rowHeight), w: L(view.width), h: 0, line: { color: 'E4E4E4', width: 0.5 } });
    text(bar.lines.join('\n'), { x: X(LABEL_X), y: Y(bar.rowY), w: L(view.labelWidth - LABEL_X), h: L(bar.rowHeight), fontSize: points(view.fontSize), color: '222222', valign: 'middle' });
    const colour = bar.quickWin ? 'D35400' : '2A7AB0';
    const shape = { y: Y(bar.barY), h: L(BAR_HEIGHT), rectRadius: L(3) };
    if (bar.workWidth < bar.width) slide.addShape('roundRect', { ...shape, x: X(bar.x), w: L(bar.width), fill: { color: colour, transparency: 70 }, line: { color: colour, width: 0.5 } });
    slide.addShape('roundRect', { ...shape, x: X(bar.x), w: L(bar.workWidth), fill: { color: colour }, line: { color: colour, width: 0.5 } });
  }
  for (const arrow of view.dependencies) {
    const segments = pathSegments(arrow.path);
    segments.forEach(([x1, y1, x2, y2], index) => {
      const last = index === segments.length - 1;
      slide.addShape('line', {
        x: X(Math.min(x1, x2)), y: Y(Math.min(y1, y2)), w: L(Math.abs(x2 - x1)), h: L(Math.abs(y2 - y1)),
        flipH: x2 < x1, flipV: y2 < y1,
        line: { color: '555555', width: 1, ...(last ? { endArrowType: 'triangle' as const } : {}) },
      });
    });
  }
}

/** The straight segments of an elbow path of timelineView's (`M x,y H x V y h dx …`). */
export function pathSegments(path: string): [number, number, number, number][] {
  const segments: [number, number, number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args] of path.matchAll(/([MHVhv])\s*([-\d.,\s]+)/g)) {
    const values = args!.split(/[\s,]+/).filter(Boolean).map(Number);
    if (command === 'M') [x, y] = [values[0]!, values[1]!];
    else {
      const next: [number, number] = command === 'H' ? [values[0]!, y] : command === 'V' ? [x, values[0]!] : command === 'h' ? [x + values[0]!, y] : [x, y + values[0]!];
      if (next[0] !== x || next[1] !== y) segments.push([x, y, next[0], next[1]]);
      [x, y] = next;
    }
  }
  return segments;
}
