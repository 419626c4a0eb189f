/** The plain table behind a chart: one row per month, for screen readers and for copying. */
import { downloadFile, h } from '../dom.js';
import { formatExact } from '../format.js';
import { type ChartSpec, xLabel } from './chart-spec.js';

export function chartTableCsv(spec: ChartSpec): string {
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const header = [spec.xTitle ?? 'month', ...spec.table.map((c) => c.label)].map(quote).join(',');
  const rows = spec.dates.map((d, i) =>
    [
      d,
      ...spec.table.map((c) =>
        c.values[i] === null || c.values[i] === undefined ? '' : String(c.values[i]),
      ),
    ]
      .map(quote)
      .join(','),
  );
  return [header, ...rows].join('\n');
}

export function chartTable(spec: ChartSpec, fileStem: string): HTMLElement {
  const table = h(
    'table',
    { class: 'data-table' },
    h(
      'caption',
      {},
      spec.xTitle ? `${spec.title} by ${spec.xTitle.toLowerCase()}` : `${spec.title} by month`,
    ),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, spec.xTitle ?? 'Month'),
        spec.table.map((c) => h('th', { scope: 'col' }, c.label)),
      ),
    ),
    h(
      'tbody',
      {},
      spec.dates.map((_d, i) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, xLabel(spec, i)),
          spec.table.map((c) => h('td', {}, formatExact(c.values[i], c.unit ?? spec.unit))),
        ),
      ),
    ),
  );
  const csvButton = h(
    'button',
    {
      type: 'button',
      class: 'secondary',
      onclick: () => downloadFile(`${fileStem}-${spec.id}.csv`, chartTableCsv(spec), 'text/csv'),
    },
    'Download this table (CSV)',
  );
  return h(
    'details',
    { class: 'chart-table' },
    h('summary', {}, 'Show as a table'),
    h(
      'div',
      { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': `${spec.title} table` },
      table,
    ),
    csvButton,
  );
}
