/**
 * The drawing area: draws a map model with the core's renderer, only the step slots the viewport
 * shows (plus a margin), patches what is already on screen, zooms by resizing the drawing (so
 * scrollbars stay true) and highlights a card. Free of the VS Code API, so the benchmark drives
 * exactly this code in a bare browser page.
 */
import { LAYOUT, layoutJourneyMap, renderJourneyMap, type JourneyMapModel } from '../src/core';
import { patchInto } from './patchDom';

/** Slots drawn beyond each side of the viewport, so a scroll rarely shows a blank edge. */
const MARGIN_SLOTS = 6;
/** Below this zoom card text is too small to read (12px shown under 4px): cards are drawn without it. */
const OVERVIEW_ZOOM = 0.35;

export class MapCanvas {
  readonly element: HTMLElement;
  private model: JourneyMapModel | undefined;
  private svg: SVGSVGElement | undefined;
  private slots = { from: 0, to: 0 };
  private highlighted: string | null = null;
  private scrollFrame = 0;
  zoom = 1;

  constructor(readonly viewport: HTMLElement) {
    // The host's page may already hold the first map, drawn before any script ran: it is adopted.
    const prepainted = viewport.querySelector<HTMLElement>(':scope > .canvas');
    this.element = prepainted ?? document.createElement('div');
    this.element.className = prepainted ? 'canvas prepainted' : 'canvas';
    if (!prepainted) viewport.append(this.element);
    viewport.addEventListener('scroll', () => {
      if (this.scrollFrame !== 0) return;
      this.scrollFrame = requestAnimationFrame(() => {
        this.scrollFrame = 0;
        if (this.model && this.windowChanged()) this.paint();
      });
    }, { passive: true });
  }

  /** Draws the model, reusing every unchanged element; returns the number of cards on screen. */
  draw(model: JourneyMapModel): number {
    this.model = model;
    this.windowChanged();
    this.paint();
    return this.element.querySelectorAll('.card').length;
  }

  clear(): void {
    this.element.classList.remove('prepainted');
    this.model = undefined;
    this.svg = undefined;
    this.element.replaceChildren();
  }

  get size(): { width: number; height: number } {
    if (!this.model) return { width: 0, height: 0 };
    const { width, height } = layoutJourneyMap(this.model);
    return { width, height };
  }

  setZoom(zoom: number): void {
    this.zoom = Math.min(4, Math.max(0.02, zoom));
    if (!this.model) return;
    this.applyZoom();
    this.windowChanged();
    this.paint();
  }

  /** Marks the card of `stepKey` (or none) and, when asked, scrolls it into view. */
  highlight(stepKey: string | null, reveal: boolean): void {
    this.highlighted = stepKey;
    this.markHighlighted();
    if (!reveal || stepKey === null || !this.model) return;
    const card = this.model.cards.find((candidate) => candidate.key === stepKey);
    if (!card) return;
    const left = (LAYOUT.pad + LAYOUT.labelWidth + card.order * LAYOUT.slot) * this.zoom;
    const right = left + LAYOUT.slot * this.zoom;
    if (left < this.viewport.scrollLeft || right > this.viewport.scrollLeft + this.viewport.clientWidth) {
      this.viewport.scrollLeft = Math.max(0, (left + right) / 2 - this.viewport.clientWidth / 2);
      this.windowChanged();
      this.paint();
    }
  }

  /**
   * The card an arrow key moves to: the previous or next step (left, right), the nearest step in
   * the lane above or below (up, down), the first or last step (Home, End).
   */
  neighbour(stepKey: string, direction: 'left' | 'right' | 'up' | 'down' | 'first' | 'last'): string | undefined {
    const cards = this.model?.cards ?? [];
    const card = cards.find((candidate) => candidate.key === stepKey);
    if (!card) return undefined;
    switch (direction) {
      case 'left': return cards[card.order - 1]?.key;
      case 'right': return cards[card.order + 1]?.key;
      case 'first': return cards[0]?.key;
      case 'last': return cards.at(-1)?.key;
      default: {
        const lanes = direction === 'up' ? -1 : 1;
        let best: { key: string; distance: number } | undefined;
        for (let lane = card.lane + lanes; lane >= 0 && lane < (this.model?.lanes.length ?? 0); lane += lanes) {
          for (const other of cards) {
            if (other.lane !== lane) continue;
            const distance = Math.abs(other.order - card.order);
            if (!best || distance < best.distance) best = { key: other.key, distance };
          }
          if (best) return best.key;
        }
        return undefined;
      }
    }
  }

  /** Scrolls the card into view (drawing it if it was outside the drawn slots) and gives it focus. */
  focusCard(stepKey: string): void {
    const card = this.model?.cards.find((candidate) => candidate.key === stepKey);
    if (!card) return;
    const left = (LAYOUT.pad + LAYOUT.labelWidth + card.order * LAYOUT.slot) * this.zoom;
    const right = left + LAYOUT.slot * this.zoom;
    if (left < this.viewport.scrollLeft || right > this.viewport.scrollLeft + this.viewport.clientWidth) {
      this.viewport.scrollLeft = Math.max(0, (left + right) / 2 - this.viewport.clientWidth / 2);
    }
    if (this.windowChanged()) this.paint();
    const element = Array.from(this.element.querySelectorAll<SVGGElement>('.card')).find((candidate) => candidate.getAttribute('data-step') === stepKey);
    element?.focus({ preventScroll: false });
  }

  private paint(): void {
    const detail = this.zoom < OVERVIEW_ZOOM ? 'overview' : 'full';
    this.svg = patchInto(this.element, renderJourneyMap(this.model!, { standalone: false, slots: this.slots, detail })) as SVGSVGElement;
    this.element.classList.remove('prepainted');
    this.applyZoom();
    this.markHighlighted();
  }

  /** Recomputes the slots the viewport shows; true when they differ from those drawn. */
  private windowChanged(): boolean {
    const count = this.model?.cards.length ?? 0;
    const mapLeft = (LAYOUT.pad + LAYOUT.labelWidth) * this.zoom;
    const slot = LAYOUT.slot * this.zoom;
    const width = this.viewport.clientWidth || 1600;
    const first = Math.floor((this.viewport.scrollLeft - mapLeft) / slot);
    const last = Math.ceil((this.viewport.scrollLeft + width - mapLeft) / slot);
    const next = { from: Math.max(0, first - MARGIN_SLOTS), to: Math.min(count, last + MARGIN_SLOTS) };
    const changed = next.from !== this.slots.from || next.to !== this.slots.to;
    this.slots = next;
    return changed;
  }

  private markHighlighted(): void {
    for (const card of this.element.querySelectorAll('.card.selected')) card.classList.remove('selected');
    if (this.highlighted === null) return;
    for (const card of this.element.querySelectorAll('.card')) {
      if (card.getAttribute('data-step') === this.highlighted) card.classList.add('selected');
    }
  }

  private applyZoom(): void {
    if (!this.svg) return;
    const { width, height } = this.size;
    this.svg.style.width = `${width * this.zoom}px`;
    this.svg.style.height = `${height * this.zoom}px`;
  }
}
