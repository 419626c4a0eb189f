/** Goal seek tool: the least (or most) of one lever that meets a target with a chosen chance. */
import type { TornadoParameter } from '../analysis-types.js';
import { fill, h, liveStatus } from '../dom.js';
import { formatMonth } from '../format.js';
import type { AnalyseContext } from './analyse-context.js';
import { toolButton } from './analyse-context.js';
import {
  field,
  leverLabel,
  metricSelect,
  monthSelect,
  numberField,
  OPS,
  select,
  targetClause,
  toModelValue,
  unitHint,
} from './analyse-fields.js';
import { goalSeekAnswer } from './goal-seek-answer.js';

const isWhole = (path: string) => /(places|size|extraCapacity|initialFte|openCases)$/.test(path);
const isShare = (path: string) => /(Probability|Share|Rate)$/.test(path);

/** A sensible search range: 0 to 1 for chances and shares, else 0 to twice its high value (whole levers to a multiple of 5). */
function defaultRange(p: TornadoParameter): [number, number] {
  if (isShare(p.path) && p.high <= 1) return [0, 1];
  const hi = p.high * 2;
  return [0, isWhole(p.path) ? Math.ceil(hi / 5) * 5 : +hi.toPrecision(2)];
}

export function goalSeekTool(ctx: AnalyseContext): HTMLElement {
  const levers = ctx.info.levers;
  const preferred = levers.find((l) => l.path === 'recruitment.nqIntakes.0.places') ?? levers[0];
  const lever = select(
    'goal-lever',
    levers.map((l) => [l.path, leverLabel(l.path)]),
    preferred?.path,
  );
  const lo = numberField('goal-lo', 0);
  const hi = numberField('goal-hi', 1);
  const integer = h('input', { id: 'goal-integer', type: 'checkbox' });
  const setLever = () => {
    const p = levers.find((l) => l.path === lever.value);
    if (!p) return;
    const [a, b] = defaultRange(p);
    lo.value = String(a);
    hi.value = String(b);
    integer.checked = isWhole(p.path);
  };
  setLever();
  lever.addEventListener('change', setLever);
  const seek = select('goal-seek', [
    ['smallest', 'The smallest that is enough'],
    ['largest', 'The largest that still works'],
  ]);
  const metric = metricSelect('goal-metric', ctx.info, 'agency_rate');
  const op = select('goal-op', OPS, '<=');
  const target = numberField('goal-target', 12);
  const unit = h('span', { class: 'unit' }, ` (${unitHint(metric.value)})`);
  metric.addEventListener('change', () => {
    unit.textContent = ` (${unitHint(metric.value)})`;
  });
  const month = monthSelect('goal-month');
  month.update(ctx.dates());
  ctx.onSettings(() => month.update(ctx.dates()));
  const confidence = numberField('goal-confidence', 80, { min: 1, max: 100, step: 1 });
  const button = toolButton('Find the value', 'goal-run');
  const status = liveStatus();
  const output = h('div', { class: 'tool-output', id: 'goal-output', 'aria-live': 'polite' });

  const leverField = field('Lever to change', 'Only levers this scenario has are listed.', lever);
  leverField.classList.add('wide');
  const seekField = field('Look for', '', seek);
  seekField.classList.add('wide');
  const form = h(
    'form',
    { class: 'tool-form', novalidate: true, 'aria-label': 'Goal seek settings' },
    h(
      'div',
      { class: 'tool-fields' },
      leverField,
      field('Search from', 'Lowest value to try.', lo),
      field('Search to', 'Highest value to try.', hi),
      h(
        'div',
        { class: 'field checkbox' },
        integer,
        h('label', { for: integer.id }, 'Whole numbers only (people, places)'),
      ),
      seekField,
      field('Measure', 'The target is on this measure.', metric),
      field('Target', 'The condition to meet.', op),
      field('Value', '', target),
      field('By the end of', '', month.element),
      field('Chance needed (%)', 'How sure you want to be, e.g. 80.', confidence),
    ),
    button,
    status,
  );
  target.parentElement?.querySelector('label')?.append(unit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const settings = ctx.settings();
    const m = metric.value;
    const body = {
      lever: lever.value,
      range: [Number(lo.value), Number(hi.value)],
      integer: integer.checked,
      seek: seek.value,
      metric: m,
      op: op.value,
      target: toModelValue(m, Number(target.value)),
      month: Number(month.element.value),
      confidence: Number(confidence.value) / 100,
    };
    const answer = await ctx.run(status, `searching ${leverLabel(body.lever)}`, () =>
      ctx.api.goalSeek(settings, body),
    );
    if (!answer) return;
    fill(
      output,
      ...goalSeekAnswer(answer, {
        lever: leverLabel(body.lever),
        range: body.range as [number, number],
        seek: body.seek as 'smallest' | 'largest',
        target: targetClause(m, body.op, body.target),
        when: formatMonth(ctx.dates()[body.month - 1] ?? ''),
        months: body.month,
        confidence: body.confidence,
      }),
    );
  });
  return h(
    'section',
    { class: 'panel tool', 'aria-labelledby': 'goal-heading', 'data-tool': 'goal-seek' },
    h('h2', { id: 'goal-heading' }, 'How much is enough? (goal seek)'),
    h(
      'p',
      { class: 'lede' },
      'Finds the least of one lever (for example newly qualified places) that gives the chance you want of meeting a target by a month, trying values on the same simulated futures each time.',
    ),
    levers.length ? form : h('p', { class: 'hint' }, 'This scenario has no levers the search can change.'),
    output,
  );
}
