/** The answer of a goal seek in words, its chance and cost, and the table of every value tried. */
import type { GoalSeekAnswer } from '../analysis-types.js';
import { h } from '../dom.js';
import { formatGbp, formatValue } from '../format.js';

export interface GoalSeekQuestion {
  lever: string;
  range: [number, number];
  seek: 'smallest' | 'largest';
  /** 'agency rate is at most 12.0%'. */
  target: string;
  /** 'Mar 2023'. */
  when: string;
  months: number;
  confidence: number;
}

const num = (v: number) => (Number.isInteger(v) ? v.toLocaleString('en-GB') : String(+v.toPrecision(4)));
const pct = (p: number) => formatValue(p, 'probability');

function costText(answer: GoalSeekAnswer, q: GoalSeekQuestion): HTMLElement | null {
  const cost = answer.cost;
  if (!cost) return null;
  const change = cost.changeGbp;
  const more = change.mean >= 0 ? 'more' : 'less';
  return h(
    'p',
    { 'data-answer': 'cost' },
    `Cost of this answer: ${formatGbp(cost.totalGbp.mean)} of workforce spend over the ${cost.months} months to ${q.when} on average (P10 ${formatGbp(cost.totalGbp.p10)}, P90 ${formatGbp(cost.totalGbp.p90)}); `,
    h('strong', {}, `${formatGbp(Math.abs(change.mean))} ${more}`),
    ` than the scenario as it is (P10 ${formatGbp(change.p10)}, P90 ${formatGbp(change.p90)}; cheaper in ${pct(cost.probabilityCheaper)} of simulated futures).`,
  );
}

export function goalSeekAnswer(answer: GoalSeekAnswer, q: GoalSeekQuestion): HTMLElement[] {
  const chance = `a chance of at least ${pct(q.confidence)} that ${q.target} in ${q.when}`;
  const out: HTMLElement[] = [];
  if (answer.status === 'found' && answer.value !== null) {
    const wholeRange = answer.trace.length === 2 && answer.trace.every((s) => s.meets);
    out.push(
      h(
        'p',
        { class: 'answer', 'data-answer': 'found' },
        `The ${q.seek} value of ${q.lever} that gives ${chance} is `,
        h('strong', {}, num(answer.value)),
        '.',
        wholeRange
          ? ` Every value from ${num(q.range[0])} to ${num(q.range[1])} does; widen the range to look further.`
          : '',
      ),
      h(
        'p',
        {},
        `Chance of meeting the target at that value: ${pct(answer.probability)} (needed: ${pct(q.confidence)}).`,
      ),
    );
    const cost = costText(answer, q);
    if (cost) out.push(cost);
  } else {
    out.push(
      h(
        'p',
        { class: 'answer warning', 'data-answer': 'unreachable', role: 'alert' },
        `No value of ${q.lever} from ${num(q.range[0])} to ${num(q.range[1])} gives ${chance}. `,
        `The best was a ${pct(answer.probability)} chance. Try a wider range, a later month, an easier target or a lower chance.`,
      ),
    );
  }
  if (answer.nonMonotone)
    out.push(
      h(
        'p',
        { class: 'warning' },
        'The chance did not always move the same way as the lever in this search (chance, or a lever that helps then hurts), so check the values tried below.',
      ),
    );
  out.push(traceTable(answer));
  return out;
}

function traceTable(answer: GoalSeekAnswer): HTMLElement {
  return h(
    'details',
    { class: 'chart-table', open: true },
    h('summary', {}, `Values tried (${answer.trace.length})`),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'data-table', 'data-table': 'goal-seek-trace' },
        h('caption', {}, 'Every value the search tried, in order, on the same seed'),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['Step', 'Value tried', 'Chance of meeting the target', 'Enough?'].map((t) =>
              h('th', { scope: 'col' }, t),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          answer.trace.map((s, i) =>
            h(
              'tr',
              {},
              h('td', { class: 'num' }, String(i + 1)),
              h('td', { class: 'num' }, num(s.value)),
              h('td', { class: 'num' }, formatValue(s.probability, 'probability')),
              h('td', {}, s.meets ? 'yes' : 'no'),
            ),
          ),
        ),
      ),
    ),
  );
}
