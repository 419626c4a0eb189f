/**
 * A tornado in a chart card, with the conventions of the other charts: title, explainer, legend,
 * PNG download (title, chart, legend, footnote) and the table behind it with a CSV download.
 */
import type uPlot from 'uplot';
import type { Tornado } from '../analysis-types.js';
import { downloadFile, h } from '../dom.js';
import { formatExact, formatParameter, formatValue, type Unit } from '../format.js';
import { onDispose } from '../lifecycle.js';
import { legendElement } from './chart-legend.js';
import { chartToPng } from './chart-png.js';
import type { ChartSpec } from './chart-spec.js';
import { drawTornado, HIGH_COLOUR, LOW_COLOUR, tornadoHeight } from './tornado-draw.js';

export interface TornadoCardOptions {
  title: string;
  explainer: string;
  unit: Unit;
  leverLabel: (path: string) => string;
  fileStem: string;
  footnote: string;
}

/** Most bars drawn; the table lists every lever. */
const MAX_BARS = 15;

function csvOf(tornado: Tornado, o: TornadoCardOptions): string {
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const head = ['rank', 'lever', 'path', 'in_scenario', 'low_value', 'outcome_at_low', 'high_value'];
  const rows = tornado.bars.map((b, i) =>
    [i + 1, o.leverLabel(b.path), b.path, formatParameter(b.base), b.low.value, b.low.outcome, b.high.value]
      .concat([b.high.outcome, b.swing, b.swingStandardError ?? ''])
      .map((v) => quote(String(v)))
      .join(','),
  );
  return [[...head, 'outcome_at_high', 'swing', 'swing_standard_error'].join(','), ...rows].join('\n');
}

function tornadoTable(tornado: Tornado, o: TornadoCardOptions): HTMLElement {
  const num = (v: number | null) => h('td', { class: 'num' }, v === null ? '–' : formatExact(v, o.unit));
  const table = h(
    'table',
    { class: 'data-table', 'data-table': 'tornado' },
    h('caption', {}, `${o.title}: every lever, largest swing first`),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['Rank', 'Lever', 'In the scenario', 'Low value', 'Outcome at low', 'High value', 'Outcome at high']
          .concat(['Swing', 'Swing ± (standard error)'])
          .map((t) => h('th', { scope: 'col' }, t)),
      ),
    ),
    h(
      'tbody',
      {},
      tornado.bars.map((b, i) =>
        h(
          'tr',
          {},
          h('td', { class: 'num' }, String(i + 1)),
          h('th', { scope: 'row' }, o.leverLabel(b.path), h('br'), h('code', {}, b.path)),
          h('td', {}, formatParameter(b.base)),
          h('td', { class: 'num' }, formatExact(b.low.value, 'ratio')),
          num(b.low.outcome),
          h('td', { class: 'num' }, formatExact(b.high.value, 'ratio')),
          num(b.high.outcome),
          num(b.swing),
          num(b.swingStandardError),
        ),
      ),
    ),
  );
  const csv = h(
    'button',
    {
      type: 'button',
      class: 'secondary',
      onclick: () => downloadFile(`${o.fileStem}-tornado.csv`, csvOf(tornado, o), 'text/csv'),
    },
    'Download this table (CSV)',
  );
  return h(
    'details',
    { class: 'chart-table' },
    h('summary', {}, 'Show as a table'),
    h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': `${o.title} table` }, table),
    csv,
  );
}

export function tornadoCard(tornado: Tornado, o: TornadoCardOptions): HTMLElement {
  const bars = tornado.bars.slice(0, MAX_BARS);
  const rows = bars.map((b) => ({ label: o.leverLabel(b.path), low: b.low.outcome, high: b.high.outcome }));
  const legendSpec: ChartSpec = {
    id: 'tornado',
    title: o.title,
    explainer: o.explainer,
    unit: o.unit,
    axisLabel: '',
    dates: [],
    bands: [
      { label: 'Lever at its low value', upper: [], lower: [], fill: LOW_COLOUR },
      { label: 'Lever at its high value', upper: [], lower: [], fill: HIGH_COLOUR },
    ],
    lines: [
      { label: 'Baseline (scenario as it is)', values: [], colour: '#000000', dash: [4, 3], width: 1.5 },
    ],
    table: [],
  };
  const top = bars
    .slice(0, 3)
    .map(
      (b) =>
        `${o.leverLabel(b.path)} (${formatValue(b.low.outcome, o.unit)} to ${formatValue(b.high.outcome, o.unit)})`,
    );
  const canvas = h('canvas', { class: 'tornado-canvas', 'aria-hidden': 'true' });
  const area = h(
    'div',
    { class: 'tornado-area', role: 'img', 'aria-label': `${o.title}. Largest effects: ${top.join('; ')}.` },
    canvas,
  );
  const figure = h(
    'figure',
    { class: 'chart-card', 'data-chart': 'tornado', 'aria-labelledby': 'tornado-title' },
    h('h3', { id: 'tornado-title', class: 'chart-title' }, o.title),
    h('p', { class: 'explainer' }, o.explainer),
    legendElement(legendSpec),
    area,
  );
  let width = 0;
  const observer = new ResizeObserver((entries) => {
    const next = Math.floor(entries[0]?.contentRect.width ?? 0);
    if (next < 50 || next === width) return;
    width = next;
    drawTornado(canvas, rows, tornado.baseline, o.unit, width);
    figure.setAttribute('data-drawn', 'true');
  });
  observer.observe(area);
  onDispose(() => observer.disconnect());
  const png = h(
    'button',
    {
      type: 'button',
      class: 'secondary',
      onclick: () => {
        // chartToPng reads only the canvas and its CSS size from the plot it is given.
        const plot = { ctx: { canvas }, width, height: tornadoHeight(rows.length) } as unknown as uPlot;
        downloadFile(`${o.fileStem}-tornado.png`, chartToPng(plot, legendSpec, o.footnote));
      },
    },
    'Download chart (PNG)',
  );
  figure.append(h('div', { class: 'chart-actions no-print' }, png), tornadoTable(tornado, o));
  if (tornado.bars.length > MAX_BARS)
    figure.append(
      h(
        'p',
        { class: 'hint' },
        `The chart shows the ${MAX_BARS} largest; the table has all ${tornado.bars.length}.`,
      ),
    );
  return figure;
}
