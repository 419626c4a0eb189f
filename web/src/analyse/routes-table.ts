/** The route economics table HR ranks: retention with its bands and cost per retained FTE-year. */
import type { RouteEconomicsRow } from '../analysis-types.js';
import { downloadFile, h } from '../dom.js';
import { formatExact, formatValue } from '../format.js';
import { routeLabel } from '../metric-catalogue.js';

const pct = (v: number) => formatValue(v, 'fraction').replace('.0%', '%');
const whole = (v: number) => Math.round(v * 100);
const band = ([a, b]: [number, number]) => `${whole(a)}–${whole(b)}%`;
const pounds = (v: number) => formatExact(v, 'gbp');
const capital = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
const years = (months: number) => (months === 12 ? '1 year' : `${months / 12} years`);

function retainedCell(row: RouteEconomicsRow, i: number): HTMLElement {
  const r = row.retained[i];
  if (!r) return h('td', {}, '–');
  return h(
    'td',
    { class: 'num' },
    h('strong', {}, pct(r.mean)),
    h('br'),
    h('span', { class: 'hint' }, `range ${band(r.parameterBand)}`),
    h('br'),
    h('span', { class: 'hint' }, `one cohort ${band(r.cohortBand)}`),
  );
}

function csv(rows: RouteEconomicsRow[]): string {
  const at = rows[0]?.retained.map((r) => r.months) ?? [];
  const head = ['rank', 'route', 'cohort_size']
    .concat(at.flatMap((m) => [`in_post_${m}m_mean`, `in_post_${m}m_p10`, `in_post_${m}m_p90`]))
    .concat([
      'fte_years_per_starter',
      'cost_per_starter_gbp',
      'cost_per_retained_fte_year_gbp',
      'p10',
      'p90',
    ]);
  const lines = rows.map((r) =>
    [r.rank, r.route, r.cohortSize]
      .concat(r.retained.flatMap((x) => [x.mean, x.parameterBand[0], x.parameterBand[1]]))
      .concat([r.fteYearsPerStarter.mean, r.costPerStarterGbp.mean, r.costPerRetainedFteYearGbp.mean])
      .concat([r.costPerRetainedFteYearGbp.p10, r.costPerRetainedFteYearGbp.p90])
      .join(','),
  );
  return [head.join(','), ...lines].join('\n');
}

export function routesTable(rows: RouteEconomicsRow[]): HTMLElement {
  const at = rows[0]?.retained.map((r) => r.months) ?? [];
  const th = (text: string) => h('th', { scope: 'col' }, text);
  const table = h(
    'table',
    { class: 'data-table routes-table', 'data-table': 'routes' },
    h(
      'caption',
      {},
      'Share of starters still in post: average, range (P10 to P90) from uncertain leaving rates, and for one cohort of the size shown; cost per retained FTE-year',
    ),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        th('Rank'),
        th('Entry route'),
        th('Starters per cohort'),
        at.map((m) => th(`In post after ${years(m)}`)),
        th('FTE-years in post per starter'),
        th('Cost per starter'),
        th('Cost per retained FTE-year'),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((r, position) =>
        h(
          'tr',
          { 'data-route': r.route },
          h('td', { class: 'num' }, String(position + 1)),
          h('th', { scope: 'row' }, capital(routeLabel(r.route))),
          h('td', { class: 'num' }, `${r.cohortSize}${r.cohortSizeSource === 'default' ? ' (assumed)' : ''}`),
          at.map((_, i) => retainedCell(r, i)),
          h('td', { class: 'num' }, r.fteYearsPerStarter.mean.toFixed(2)),
          h('td', { class: 'num' }, pounds(r.costPerStarterGbp.mean)),
          h(
            'td',
            { class: 'num' },
            h('strong', {}, pounds(r.costPerRetainedFteYearGbp.mean)),
            h('br'),
            h(
              'span',
              { class: 'hint' },
              `range ${pounds(r.costPerRetainedFteYearGbp.p10)}–${pounds(r.costPerRetainedFteYearGbp.p90)}`,
            ),
          ),
        ),
      ),
    ),
  );
  return h(
    'div',
    {},
    h(
      'div',
      { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': 'Entry routes table' },
      table,
    ),
    h(
      'details',
      { class: 'cost-basis' },
      h('summary', {}, 'Where the costs come from'),
      h(
        'ul',
        {},
        rows.map((r) => h('li', {}, h('strong', {}, `${capital(routeLabel(r.route))}: `), r.costSource)),
      ),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'secondary',
        onclick: () => downloadFile('caseforce-routes.csv', csv(rows), 'text/csv'),
      },
      'Download this table (CSV)',
    ),
  );
}
