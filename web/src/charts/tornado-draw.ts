/**
 * Draws a tornado on a canvas: one row per lever, ranked by swing, a bar from the baseline to the
 * outcome with the lever at its low value (blue) and one to the outcome at its high value
 * (orange), the baseline as a vertical line. Everything is drawn, so no inline styles are needed.
 */
import type { Unit } from '../format.js';
import { formatValue } from '../format.js';
import { OKABE_ITO } from './palette.js';

export interface TornadoRow {
  label: string;
  low: number;
  high: number;
}

export const LOW_COLOUR = OKABE_ITO.blue;
export const HIGH_COLOUR = OKABE_ITO.orange;
const ROW_H = 30;
const TOP = 34;
const BOTTOM = 34;
const FONT = '12px system-ui, sans-serif';

export const tornadoHeight = (rows: number) => TOP + BOTTOM + Math.max(1, rows) * ROW_H;

function niceTicks(min: number, max: number, count = 5): number[] {
  const span = max - min || Math.abs(max) || 1;
  const raw = span / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step)
    ticks.push(+v.toPrecision(12));
  return ticks;
}

/** Shortens text with an ellipsis to fit `width` pixels. */
function fitText(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** Draws at CSS size `width` x tornadoHeight(rows) on a canvas scaled for the screen. */
export function drawTornado(
  canvas: HTMLCanvasElement,
  rows: TornadoRow[],
  baseline: number,
  unit: Unit,
  width: number,
): void {
  const ratio = window.devicePixelRatio || 1;
  const height = tornadoHeight(rows.length);
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.font = FONT;
  const labelW = Math.min(320, Math.max(140, width * 0.36));
  const left = labelW + 12;
  const right = width - 56;
  const values = rows.flatMap((r) => [r.low, r.high]).concat(baseline);
  let min = Math.min(...values);
  let max = Math.max(...values);
  const pad = (max - min) * 0.08 || Math.abs(baseline) * 0.05 || 1;
  min -= pad;
  max += pad;
  const x = (v: number) => left + ((v - min) / (max - min)) * (right - left);
  const fmt = (v: number) => formatValue(v, unit);

  // Axis and grid.
  ctx.strokeStyle = '#e4e4e4';
  ctx.fillStyle = '#333333';
  ctx.textAlign = 'center';
  for (const t of niceTicks(min, max)) {
    ctx.beginPath();
    ctx.moveTo(x(t), TOP - 6);
    ctx.lineTo(x(t), height - BOTTOM + 4);
    ctx.stroke();
    ctx.fillText(fmt(t), x(t), height - BOTTOM + 18);
  }

  rows.forEach((row, i) => {
    const y = TOP + i * ROW_H;
    ctx.fillStyle = '#111111';
    ctx.textAlign = 'right';
    ctx.fillText(fitText(ctx, row.label, labelW - 4), labelW, y + ROW_H / 2 + 4);
    const bar = (value: number, colour: string) => {
      const a = x(Math.min(baseline, value));
      const b = x(Math.max(baseline, value));
      ctx.fillStyle = colour;
      ctx.fillRect(a, y + 6, Math.max(b - a, 1.5), ROW_H - 12);
    };
    bar(row.low, LOW_COLOUR);
    bar(row.high, HIGH_COLOUR);
    ctx.fillStyle = '#333333';
    const lo = Math.min(row.low, row.high);
    const hi = Math.max(row.low, row.high);
    ctx.textAlign = 'right';
    if (lo < baseline) ctx.fillText(fmt(lo), x(lo) - 4, y + ROW_H / 2 + 4);
    ctx.textAlign = 'left';
    if (hi > baseline) ctx.fillText(fmt(hi), x(hi) + 4, y + ROW_H / 2 + 4);
  });

  ctx.strokeStyle = '#000000';
  ctx.lineWidth = 1.5;
  ctx.setLineDash([4, 3]);
  ctx.beginPath();
  ctx.moveTo(x(baseline), TOP - 8);
  ctx.lineTo(x(baseline), height - BOTTOM + 4);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.fillStyle = '#000000';
  ctx.textAlign = 'center';
  ctx.font = `bold ${FONT}`;
  ctx.fillText(`Baseline ${fmt(baseline)}`, x(baseline), TOP - 14);
}
