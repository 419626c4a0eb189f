/** The legend of a chart, drawn the same way on screen (tiny canvases) and in the PNG download. */
import { h } from '../dom.js';
import type { ChartSpec } from './chart-spec.js';

export interface LegendItem {
  label: string;
  kind: 'band' | 'line' | 'point';
  colour: string;
  dash: number[];
  width: number;
}

export const SWATCH_W = 28;
export const SWATCH_H = 12;

export function legendItems(spec: ChartSpec): LegendItem[] {
  return [
    ...spec.bands.map((b) => ({ label: b.label, kind: 'band' as const, colour: b.fill, dash: [], width: 0 })),
    ...spec.lines.map((l) => ({
      label: l.label,
      kind: l.bars ? ('band' as const) : l.points ? ('point' as const) : ('line' as const),
      colour: l.colour,
      dash: l.dash ?? [],
      width: l.width ?? 2,
    })),
  ];
}

export function drawSwatch(ctx: CanvasRenderingContext2D, item: LegendItem, x: number, y: number): void {
  ctx.save();
  if (item.kind === 'band') {
    ctx.fillStyle = item.colour;
    ctx.fillRect(x, y, SWATCH_W, SWATCH_H);
  } else if (item.kind === 'point') {
    ctx.fillStyle = item.colour;
    ctx.beginPath();
    ctx.arc(x + SWATCH_W / 2, y + SWATCH_H / 2, 4.5, 0, 2 * Math.PI);
    ctx.fill();
  } else {
    ctx.strokeStyle = item.colour;
    ctx.lineWidth = item.width + 0.5;
    ctx.setLineDash(item.dash);
    ctx.beginPath();
    ctx.moveTo(x, y + SWATCH_H / 2);
    ctx.lineTo(x + SWATCH_W, y + SWATCH_H / 2);
    ctx.stroke();
  }
  ctx.restore();
}

export function legendElement(spec: ChartSpec): HTMLElement {
  const ratio = window.devicePixelRatio || 1;
  return h(
    'ul',
    { class: 'legend', 'aria-label': `Legend of ${spec.title}` },
    legendItems(spec).map((item) => {
      const swatch = h('canvas', {
        width: SWATCH_W * ratio,
        height: SWATCH_H * ratio,
        class: 'swatch',
        'aria-hidden': 'true',
      });
      const ctx = swatch.getContext('2d');
      if (ctx) {
        ctx.scale(ratio, ratio);
        drawSwatch(ctx, item, 0, 0);
      }
      return h('li', {}, swatch, h('span', {}, item.label));
    }),
  );
}
