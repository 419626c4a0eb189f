/** A chart in a figure: heading, explainer, legend, canvas, keyboard readout, PNG download and table view. */
import { downloadFile, h, liveStatus } from '../dom.js';
import { onDispose } from '../lifecycle.js';
import { legendElement } from './chart-legend.js';
import { chartToPng } from './chart-png.js';
import type { ChartSpec } from './chart-spec.js';
import { chartTable } from './chart-table.js';
import { type PlottedChart, plotChart } from './plot-chart.js';

export interface ChartCardOptions {
  /** File name stem for downloads, e.g. 'caseforce-run-<id>'. */
  fileStem: string;
  /** Printed under the chart in the PNG: run, seed, engine version. */
  footnote: string;
  headingLevel?: 'h2' | 'h3';
}

export function chartCard(spec: ChartSpec, options: ChartCardOptions): HTMLElement {
  const titleId = `chart-title-${spec.id}`;
  const readout = h('p', { class: 'readout', 'aria-hidden': 'true' }, ' ');
  const keyStatus = liveStatus('visually-hidden');
  const area = h('div', {
    class: 'chart-area',
    tabindex: 0,
    role: 'img',
    'aria-label': `${spec.title} chart. Use the left and right arrow keys to read months, or open the table below.`,
  });
  const figure = h(
    'figure',
    { class: 'chart-card', 'data-chart': spec.id, 'aria-labelledby': titleId },
    h(options.headingLevel ?? 'h3', { id: titleId, class: 'chart-title' }, spec.title),
    h('p', { class: 'explainer' }, spec.explainer),
    legendElement(spec),
    area,
    readout,
    keyStatus,
  );
  let chart: PlottedChart | undefined;
  let month = spec.dates.length - 1;
  const setReadout = (text: string) => {
    readout.textContent = text || ' ';
  };
  const draw = (width: number) => {
    if (width < 50) return;
    if (chart) {
      chart.plot.setSize({ width, height: chart.plot.height });
      return;
    }
    chart = plotChart(spec, area, width, setReadout, () => figure.setAttribute('data-drawn', 'true'));
  };
  const observer = new ResizeObserver((entries) => draw(Math.floor(entries[0]?.contentRect.width ?? 0)));
  observer.observe(area);
  onDispose(() => {
    observer.disconnect();
    chart?.plot.destroy();
  });
  area.addEventListener('keydown', (event) => {
    const step = { ArrowLeft: -1, ArrowRight: 1, Home: -Infinity, End: Infinity }[event.key];
    if (step === undefined || !chart) return;
    event.preventDefault();
    month = Math.max(0, Math.min(spec.dates.length - 1, month + step));
    chart.showMonth(month);
    keyStatus.textContent = readout.textContent;
  });
  const pngButton = h(
    'button',
    {
      type: 'button',
      class: 'secondary',
      onclick: () => {
        if (chart)
          downloadFile(`${options.fileStem}-${spec.id}.png`, chartToPng(chart.plot, spec, options.footnote));
      },
    },
    'Download chart (PNG)',
  );
  figure.append(h('div', { class: 'chart-actions no-print' }, pngButton), chartTable(spec, options.fileStem));
  return figure;
}
