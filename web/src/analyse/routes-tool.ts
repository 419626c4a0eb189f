/** Grow-your-own route economics: who stays on each entry route, and what each retained year costs. */
import type { RouteEconomicsRow, RoutesAnswer } from '../analysis-types.js';
import { chartCard } from '../charts/chart-card.js';
import type { ChartSpec } from '../charts/chart-spec.js';
import { runColour, runDash } from '../charts/palette.js';
import { fill, h, liveStatus } from '../dom.js';
import { routeLabel } from '../metric-catalogue.js';
import type { AnalyseContext } from './analyse-context.js';
import { toolButton } from './analyse-context.js';
import { field, select } from './analyse-fields.js';
import { routesTable } from './routes-table.js';

const capital = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

export function survivalSpec(answer: RoutesAnswer): ChartSpec {
  const rows = answer.routes;
  const months = rows[0]?.curve.length ?? 1;
  return {
    id: 'route-survival',
    title: 'Share of starters still in post, by entry route',
    explainer: `Average over ${answer.runs.toLocaleString('en-GB')} draws of the uncertain leaving rates: of 100 people who start on each route, how many are still in post after each month. Routes with the same leaving rates share one line.`,
    unit: 'fraction',
    axisLabel: 'share still in post',
    xTitle: 'Months in post',
    dates: Array.from({ length: months }, (_, m) => String(m)),
    bands: [],
    lines: rows.map((r, i) => ({
      label: capital(routeLabel(r.route)),
      values: r.curve,
      colour: runColour(i),
      dash: runDash(i),
      width: 2.5,
    })),
    table: rows.map((r) => ({ label: capital(routeLabel(r.route)), values: r.curve })),
    yRange: [0, 1],
  };
}

export function routesTool(ctx: AnalyseContext): HTMLElement {
  const years = select(
    'routes-years',
    [
      ['3', '3 years'],
      ['5', '5 years'],
      ['10', '10 years'],
    ],
    '5',
  );
  const button = toolButton('Compare the routes', 'routes-run');
  const status = liveStatus();
  const output = h('div', { class: 'tool-output', id: 'routes-output' });
  const form = h(
    'form',
    { class: 'tool-form', novalidate: true, 'aria-label': 'Route economics settings' },
    h(
      'div',
      { class: 'tool-fields' },
      field('Follow starters for', 'Retention is shown at 1, 3 and 5 years.', years),
    ),
    button,
    status,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const settings = ctx.settings();
    const answer = await ctx.run(status, 'following each route’s starters', () =>
      ctx.api.routes(settings, Number(years.value)),
    );
    if (!answer) return;
    const stem = `caseforce-${settings.scenarioId}-routes`;
    fill(
      output,
      routeRanking(answer.routes),
      chartCard(survivalSpec(answer), { fileStem: stem, footnote: ctx.footnote('route economics') }),
    );
  });
  return h(
    'section',
    { class: 'panel tool', 'aria-labelledby': 'routes-heading', 'data-tool': 'routes' },
    h('h2', { id: 'routes-heading' }, 'Which entry routes pay off? (grow your own)'),
    h(
      'p',
      { class: 'lede' },
      'For each way people join (newly qualified, Step Up, Frontline, apprenticeship, experienced hires, agency conversion): the share still in post after 1, 3 and 5 years, and what each year of a retained worker costs.',
    ),
    form,
    output,
  );
}

const ORDERS: Record<string, (a: RouteEconomicsRow, b: RouteEconomicsRow) => number> = {
  cost: (a, b) => a.rank - b.rank,
  stay5: (a, b) => (b.retained.at(-1)?.mean ?? 0) - (a.retained.at(-1)?.mean ?? 0),
  stay1: (a, b) => (b.retained[0]?.mean ?? 0) - (a.retained[0]?.mean ?? 0),
};

/** The table with a control to rank it by cost or by retention. */
function routeRanking(rows: RouteEconomicsRow[]): HTMLElement {
  const order = select(
    'routes-order',
    [
      ['cost', 'Cost per retained FTE-year, cheapest first'],
      ['stay5', 'Still in post at the end, highest first'],
      ['stay1', 'Still in post after 1 year, highest first'],
    ],
    'cost',
  );
  const holder = h('div', {}, routesTable(rows));
  order.addEventListener('change', () => {
    fill(holder, routesTable([...rows].sort(ORDERS[order.value] ?? ORDERS.cost)));
  });
  return h('div', { class: 'routes-ranking' }, field('Rank the routes by', '', order), holder);
}
