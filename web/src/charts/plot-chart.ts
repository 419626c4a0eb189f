/** Draws a ChartSpec with uPlot on a canvas: bands between series pairs, lines, month axis, live readout. */
import uPlot from 'uplot';
import { formatValue } from '../format.js';
import { type ChartSpec, xLabel } from './chart-spec.js';

const HEIGHT = 300;

/** Tick positions: every April for long runs, every quarter for short ones. */
function monthSplits(dates: string[], calendar = true): number[] {
  if (!calendar) {
    const every = dates.length <= 12 ? 1 : dates.length > 24 ? 12 : 3;
    return dates.map((_, i) => i).filter((i) => i % every === 0);
  }
  const step = dates.length <= 24 ? 3 : 12;
  const splits = dates
    .map((d, i) => ({ i, m: Number(d.slice(5, 7)) }))
    .filter(({ m }) => (step === 12 ? m === 4 : (m - 1) % 3 === 0))
    .map(({ i }) => i);
  return splits.length >= 2 ? splits : [0, dates.length - 1];
}

function yRange(spec: ChartSpec) {
  return (_u: uPlot, min: number, max: number): uPlot.Range.MinMax => {
    if (spec.yRange) return spec.yRange;
    if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
    const pad = Math.max((max - min) * 0.1, Math.abs(max) * 0.02, 1e-9);
    const low = min >= 0 ? Math.max(0, min - pad) : min - pad;
    return [low, max + pad];
  };
}

export interface PlottedChart {
  plot: uPlot;
  /** Moves the cursor to month i (keyboard use). */
  showMonth(i: number): void;
}

export function plotChart(
  spec: ChartSpec,
  target: HTMLElement,
  width: number,
  onReadout: (text: string) => void,
  onDrawn: () => void,
): PlottedChart {
  const x = spec.dates.map((_, i) => i);
  const data: uPlot.AlignedData = [x];
  const series: uPlot.Series[] = [{ label: 'Month' }];
  const bands: uPlot.Band[] = [];
  for (const band of spec.bands) {
    const upper = data.length;
    data.push(band.upper as number[], band.lower as number[]);
    series.push({ label: `${band.label} high`, stroke: 'transparent', width: 0, points: { show: false } });
    series.push({ label: `${band.label} low`, stroke: 'transparent', width: 0, points: { show: false } });
    bands.push({ series: [upper, upper + 1], fill: band.fill });
  }
  for (const line of spec.lines) {
    data.push(line.values as number[]);
    series.push({
      label: line.label,
      stroke: line.colour,
      width: line.width ?? 2,
      ...(line.dash?.length ? { dash: line.dash } : {}),
      ...(line.points
        ? { paths: () => null, points: { show: true, size: 9, width: 1.5, fill: line.colour } }
        : { points: { show: false } }),
      ...(line.bars ? { paths: uPlot.paths.bars!({ size: [0.55, 90] }), fill: line.colour } : {}),
    });
  }
  const fmt = (v: number | null | undefined) => formatValue(v, spec.unit);
  const readout = (idx: number | null | undefined) => {
    if (idx === null || idx === undefined || idx < 0) return '';
    const parts = [
      ...spec.bands.map((b) => `${b.label} ${fmt(b.lower[idx])} to ${fmt(b.upper[idx])}`),
      ...spec.lines.map((l) => `${l.label} ${fmt(l.values[idx])}`),
    ];
    return `${xLabel(spec, idx)}: ${parts.join('; ')}`;
  };
  const opts: uPlot.Options = {
    width,
    height: HEIGHT,
    series,
    bands,
    legend: { show: false },
    cursor: { drag: { x: false, y: false }, points: { show: false } },
    scales: {
      // Room either side so markers at the first and last positions are not cut in half.
      x: spec.lines.some((l) => l.points || l.bars)
        ? { time: false, range: () => [-0.3, spec.dates.length - 0.7] }
        : { time: false },
      y: { range: yRange(spec) },
    },
    axes: [
      {
        splits: () => monthSplits(spec.dates, !spec.xTitle),
        values: (_u, splits) => splits.map((i) => xLabel(spec, i)),
        ...(spec.xTitle ? { label: spec.xTitle, labelFont: '12px system-ui, sans-serif' } : {}),
        grid: { stroke: '#e4e4e4' },
        font: '12px system-ui, sans-serif',
      },
      {
        label: spec.axisLabel,
        labelFont: '12px system-ui, sans-serif',
        font: '12px system-ui, sans-serif',
        values: (_u, splits) => splits.map((v) => fmt(v)),
        size: 64,
        grid: { stroke: '#e4e4e4' },
      },
    ],
    hooks: {
      setCursor: [(u) => onReadout(readout(u.cursor.idx))],
      draw: [() => onDrawn()],
    },
  };
  const plot = new uPlot(opts, data, target);
  return {
    plot,
    showMonth(i: number) {
      const idx = Math.max(0, Math.min(spec.dates.length - 1, i));
      const mid = spec.lines[0]?.values[idx] ?? spec.bands[0]?.upper[idx] ?? 0;
      plot.setCursor({ left: plot.valToPos(idx, 'x'), top: plot.valToPos(mid ?? 0, 'y') });
      onReadout(readout(idx));
    },
  };
}
