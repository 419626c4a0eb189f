/** Tornado tool: which levers move one measure most, each moved to its low and high value in turn. */

import { tornadoCard } from '../charts/tornado-card.js';
import { fill, h, liveStatus } from '../dom.js';
import { formatMonth } from '../format.js';
import { metricInfo } from '../metric-catalogue.js';
import type { AnalyseContext } from './analyse-context.js';
import { toolButton } from './analyse-context.js';
import { field, leverLabel, metricSelect, monthSelect, numberField, select } from './analyse-fields.js';

const STATISTICS: [string, string][] = [
  ['mean', 'Average (mean)'],
  ['p50', 'Middle estimate (median)'],
  ['p10', 'Low estimate (P10)'],
  ['p90', 'High estimate (P90)'],
];

export function tornadoTool(ctx: AnalyseContext): HTMLElement {
  const metric = metricSelect('tornado-metric', ctx.info, 'agency_rate');
  const month = monthSelect('tornado-month');
  month.update(ctx.dates());
  ctx.onSettings(() => month.update(ctx.dates()));
  const statistic = select('tornado-statistic', STATISTICS, 'mean');
  const pct = numberField('tornado-pct', 20, { min: 1, max: 99, step: 1 });
  const button = toolButton('Show what matters most', 'tornado-run');
  const status = liveStatus();
  const output = h('div', { class: 'tool-output', id: 'tornado-output' });

  const form = h(
    'form',
    { class: 'tool-form', novalidate: true, 'aria-label': 'Tornado settings' },
    h(
      'div',
      { class: 'tool-fields' },
      field('Measure', 'The outcome to explain.', metric),
      field('Month', 'The end of this month.', month.element),
      field('Summary', 'Which figure across the simulated futures.', statistic),
      field('Move plain numbers by (%)', 'Levers given as ranges go to their P10 and P90 instead.', pct),
    ),
    button,
    status,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const settings = ctx.settings();
    const body = {
      metric: metric.value,
      month: Number(month.element.value),
      statistic: statistic.value,
      pct: Number(pct.value),
    };
    const tornado = await ctx.run(status, 'moving each lever low and high', () =>
      ctx.api.tornado(settings, body),
    );
    if (!tornado) return;
    const info = metricInfo(body.metric);
    const when = formatMonth(ctx.dates()[body.month - 1] ?? '');
    const stat = STATISTICS.find(([v]) => v === body.statistic)?.[1].toLowerCase() ?? body.statistic;
    fill(
      output,
      tornadoCard(tornado, {
        title: `What moves ${info.label.toLowerCase()} in ${when} most`,
        explainer: `Each bar: the ${stat} of ${settings.runs.toLocaleString('en-GB')} simulated futures with one lever at its low (blue) or high (orange) value, all else as the scenario has it. Longest bars first.`,
        unit: info.unit,
        leverLabel,
        fileStem: `caseforce-${settings.scenarioId}-${body.metric}`,
        footnote: ctx.footnote(`tornado of ${body.metric} at ${when}`),
      }),
      tornado.skipped.length
        ? h(
            'details',
            { class: 'skipped' },
            h('summary', {}, `Not varied (${tornado.skipped.length})`),
            h(
              'ul',
              {},
              tornado.skipped.map((s) => h('li', {}, h('code', {}, s.path), `: ${s.message}`)),
            ),
          )
        : null,
    );
  });
  return h(
    'section',
    { class: 'panel tool', 'aria-labelledby': 'tornado-heading', 'data-tool': 'tornado' },
    h('h2', { id: 'tornado-heading' }, 'What matters most? (tornado)'),
    h(
      'p',
      { class: 'lede' },
      'Moves each lever on its own to a low and a high value and shows how far the measure moves. The longest bars are where better evidence or action pays off most.',
    ),
    form,
    output,
  );
}
