/** Threshold tool: add targets (measure, condition, value, chance) and see the chance by month. */
import type { ThresholdReport } from '../analysis-types.js';
import { chartCard } from '../charts/chart-card.js';
import type { ChartSpec, LineSpec } from '../charts/chart-spec.js';
import { OKABE_ITO, runColour, runDash } from '../charts/palette.js';
import { fill, h, liveStatus } from '../dom.js';
import { formatValue } from '../format.js';
import type { AnalyseContext } from './analyse-context.js';
import { toolButton } from './analyse-context.js';
import {
  describeTarget,
  field,
  metricSelect,
  numberField,
  OPS,
  select,
  toModelValue,
  unitHint,
} from './analyse-fields.js';
import { thresholdSentence } from './target-sentence.js';

interface Target {
  metric: string;
  op: string;
  value: number;
  confidence: number;
}

const pct = (p: number) => formatValue(p, 'probability');

export function thresholdSpec(reports: ThresholdReport[], dates: string[]): ChartSpec {
  const lines: LineSpec[] = reports.map((r, i) => ({
    label: describeTarget(r.threshold.metric, r.threshold.op, r.threshold.value),
    values: r.probability,
    colour: runColour(i),
    dash: runDash(i),
    width: 2.5,
  }));
  const levels = [...new Set(reports.map((r) => r.confidence))];
  const guides = levels.map((c) => ({
    label: `${pct(c)} chance needed`,
    values: dates.map(() => c),
    colour: OKABE_ITO.black,
    dash: [2, 4],
    width: 1.5,
  }));
  return {
    id: 'threshold-chances',
    title: 'Chance of meeting each target, by month',
    explainer:
      'Share of simulated futures in which the target is met at the end of each month (100% = every one).',
    unit: 'probability',
    axisLabel: 'chance',
    dates,
    bands: [],
    lines: [...lines, ...guides],
    table: lines.map((l) => ({ label: l.label, values: l.values })),
    yRange: [0, 1],
  };
}

export function thresholdTool(ctx: AnalyseContext): HTMLElement {
  const targets: Target[] = [];
  const metric = metricSelect('threshold-metric', ctx.info, 'agency_rate');
  const op = select('threshold-op', OPS, '<=');
  const value = numberField('threshold-value', 12);
  const unit = h('span', { class: 'unit' }, ` (${unitHint(metric.value)})`);
  metric.addEventListener('change', () => {
    unit.textContent = ` (${unitHint(metric.value)})`;
  });
  const confidence = numberField('threshold-confidence', 80, { min: 1, max: 100, step: 1 });
  const list = h('ul', { class: 'target-list', 'aria-label': 'Targets added' });
  const button = toolButton('Add target and show chances', 'threshold-run');
  const status = liveStatus();
  const output = h('div', { class: 'tool-output', id: 'threshold-output' });
  const valueField = field('Value', '', value);
  valueField.querySelector('label')?.append(unit);

  const show = async () => {
    const settings = ctx.settings();
    const groups = [...new Set(targets.map((t) => t.confidence))];
    const reports = await ctx.run(status, 'working out the chances', async () => {
      const all: ThresholdReport[] = [];
      for (const [g, confidenceLevel] of groups.entries()) {
        const mine = targets.filter((t) => t.confidence === confidenceLevel);
        const answer = await ctx.api.thresholds(settings, {
          thresholds: mine.map(({ metric: m, op: o, value: v }) => ({ metric: m, op: o, value: v })),
          confidence: confidenceLevel,
        });
        // The scenario's own targets come first in every answer; keep them once.
        all.push(...(g === 0 ? answer.reports : answer.reports.slice(-mine.length)));
      }
      return all;
    });
    if (!reports) return;
    const dates = ctx.dates();
    const last = dates.at(-1) ?? '';
    fill(
      output,
      h(
        'ul',
        { class: 'sentences', 'data-answer': 'thresholds' },
        reports.map((r) => h('li', {}, thresholdSentence(r, last))),
      ),
      chartCard(thresholdSpec(reports, dates), {
        fileStem: `caseforce-${settings.scenarioId}-targets`,
        footnote: ctx.footnote('target chances'),
      }),
    );
  };

  const renderList = () =>
    fill(
      list,
      targets.map((t, i) =>
        h(
          'li',
          {},
          `${describeTarget(t.metric, t.op, t.value)}, chance needed ${pct(t.confidence)} `,
          h(
            'button',
            {
              type: 'button',
              class: 'link-button',
              onclick: () => {
                targets.splice(i, 1);
                renderList();
                if (targets.length) void show();
                else output.replaceChildren();
              },
            },
            'Remove',
          ),
        ),
      ),
    );

  const form = h(
    'form',
    { class: 'tool-form', novalidate: true, 'aria-label': 'Target settings' },
    h(
      'div',
      { class: 'tool-fields' },
      field('Measure', '', metric),
      field('Condition', '', op),
      valueField,
      field('Chance needed (%)', 'e.g. 80 for four futures in five.', confidence),
    ),
    button,
    status,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const m = metric.value;
    targets.push({
      metric: m,
      op: op.value,
      value: toModelValue(m, Number(value.value)),
      confidence: Number(confidence.value) / 100,
    });
    renderList();
    void show();
  });
  return h(
    'section',
    { class: 'panel tool', 'aria-labelledby': 'threshold-heading', 'data-tool': 'thresholds' },
    h('h2', { id: 'threshold-heading' }, 'When will we reach a target? (chances by month)'),
    h(
      'p',
      { class: 'lede' },
      'Add a target, such as an agency rate of at most 12%, and the chance you need. You get the chance of meeting it each month and the month from which it is likely enough. The scenario’s own targets are shown too.',
    ),
    form,
    list,
    output,
  );
}
