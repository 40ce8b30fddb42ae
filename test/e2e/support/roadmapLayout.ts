// Layout checks of a roadmap HTML document in a real browser: every radar label, timeline label and
// timeline bar lies inside its drawing (measured by the browser, not estimated), and no timeline
// label runs into the bars.
import type { Page } from 'playwright-core';

export interface LayoutProblem { drawing: string; element: string; text: string; box: [number, number, number, number]; viewBox: [number, number, number, number] }

export async function roadmapLayoutProblems(page: Page): Promise<{ problems: LayoutProblem[]; checked: number }> {
  return page.evaluate(() => {
    const problems: LayoutProblem[] = [];
    let checked = 0;
    for (const svg of Array.from(document.querySelectorAll<SVGSVGElement>('svg.radar, svg.timeline'))) {
      const vb = svg.viewBox.baseVal;
      const drawing = svg.getAttribute('class') ?? '';
      const chartX = drawing === 'timeline' ? Math.min(...Array.from(svg.querySelectorAll<SVGRectElement>('rect.bar')).map((r) => r.x.baseVal.value)) : Infinity;
      for (const el of Array.from(svg.querySelectorAll<SVGGraphicsElement>('text, rect.bar'))) {
        const b = el.getBBox();
        checked++;
        const inside = b.x >= vb.x - 0.5 && b.y >= vb.y - 0.5 && b.x + b.width <= vb.x + vb.width + 0.5 && b.y + b.height <= vb.y + vb.height + 0.5;
        const overlapsBars = el.classList.contains('bar-label') && b.x + b.width > chartX + 0.5;
        if (!inside || overlapsBars) {
          problems.push({ drawing, element: el.tagName + (el.getAttribute('class') ? `.${el.getAttribute('class')}` : ''), text: el.textContent ?? '', box: [b.x, b.y, b.width, b.height], viewBox: [vb.x, vb.y, vb.width, vb.height] });
        }
      }
    }
    return { problems, checked };
  });
}
