/** A chart as a PNG: title, the uPlot canvas (plot and axes) and the legend on a white background. */
import type uPlot from 'uplot';
import { drawSwatch, legendItems, SWATCH_H, SWATCH_W } from './chart-legend.js';
import type { ChartSpec } from './chart-spec.js';

const PAD = 16;
const FONT = 'system-ui, sans-serif';

export function chartToPng(plot: uPlot, spec: ChartSpec, footnote: string): string {
  const source = plot.ctx.canvas;
  const ratio = source.width / Math.max(1, plot.width);
  const cssWidth = plot.width + PAD * 2;
  const items = legendItems(spec);
  const measure = document.createElement('canvas').getContext('2d')!;
  measure.font = `13px ${FONT}`;
  // Lay the legend out in rows that fit the width.
  const rows: { x: number; row: number }[] = [];
  let x = PAD;
  let row = 0;
  for (const item of items) {
    const w = SWATCH_W + 6 + measure.measureText(item.label).width + 18;
    if (x + w > cssWidth - PAD && x > PAD) {
      row++;
      x = PAD;
    }
    rows.push({ x, row });
    x += w;
  }
  const titleH = 50;
  const legendH = (row + 1) * 22 + 8;
  const cssHeight = titleH + plot.height + legendH + 24;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(cssWidth * ratio);
  canvas.height = Math.round(cssHeight * ratio);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(ratio, ratio);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, cssWidth, cssHeight);
  ctx.fillStyle = '#111111';
  ctx.font = `bold 16px ${FONT}`;
  ctx.fillText(spec.title, PAD, 24);
  ctx.font = `12px ${FONT}`;
  ctx.fillStyle = '#444444';
  ctx.fillText(spec.explainer.slice(0, 160), PAD, 42);
  ctx.drawImage(source, PAD, titleH, plot.width, plot.height);
  ctx.font = `13px ${FONT}`;
  items.forEach((item, i) => {
    const at = rows[i]!;
    const y = titleH + plot.height + 8 + at.row * 22;
    drawSwatch(ctx, item, at.x, y);
    ctx.fillStyle = '#111111';
    ctx.fillText(item.label, at.x + SWATCH_W + 6, y + SWATCH_H - 1);
  });
  ctx.font = `11px ${FONT}`;
  ctx.fillStyle = '#555555';
  ctx.fillText(footnote.slice(0, 200), PAD, cssHeight - 10);
  return canvas.toDataURL('image/png');
}
