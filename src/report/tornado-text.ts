/**
 * A tornado as text: one row per parameter, largest swing first, with the low and high values,
 * the outcome at each, and a bar drawn around the baseline outcome.
 */
import { describeOutcome } from '../analysis/outcome.js';
import { formatParameterValue } from '../analysis/parameter-diff.js';
import type { Tornado } from '../analysis/tornado.js';
import { formatValue, textTable } from './text-table.js';

const BAR_WIDTH = 40;

function bar(low: number, high: number, baseline: number, min: number, max: number): string {
  const span = max - min || 1;
  const at = (x: number) => Math.round(((x - min) / span) * BAR_WIDTH);
  const cells = Array.from({ length: BAR_WIDTH + 1 }, () => ' ');
  const [a, b] = [at(Math.min(low, high)), at(Math.max(low, high))];
  for (let i = a; i <= b; i++) cells[i] = '=';
  cells[at(low)] = 'L';
  cells[at(high)] = low === high ? '|' : 'H';
  if (cells[at(baseline)] === ' ') cells[at(baseline)] = ':';
  return `|${cells.join('')}|`;
}

export function tornadoText(t: Tornado, dates?: readonly string[]): string {
  const metric = t.outcome.condition ? 'probability_rate' : t.outcome.metric;
  const ends = t.bars.flatMap((b) => [b.low.outcome, b.high.outcome]);
  const min = Math.min(t.baseline, ...ends);
  const max = Math.max(t.baseline, ...ends);
  const rows = t.bars.map((b) => [
    b.path,
    formatParameterValue(b.base),
    `${+b.low.value.toPrecision(4)} .. ${+b.high.value.toPrecision(4)}`,
    formatValue(metric, b.low.outcome),
    formatValue(metric, b.high.outcome),
    formatValue(metric, b.swing),
    b.swingStandardError === null ? '-' : formatValue(metric, b.swingStandardError),
    bar(b.low.outcome, b.high.outcome, t.baseline, min, max),
  ]);
  const lines = [
    `Outcome: ${describeOutcome(t.outcome, dates)}; baseline ${formatValue(metric, t.baseline)} ` +
      `(${t.runs} runs, seed ${t.seed}, common random numbers)`,
    '',
    textTable([
      [
        'parameter',
        'in scenario',
        'low .. high',
        'at low',
        'at high',
        'swing',
        'SE',
        'L = low, H = high, : = baseline',
      ],
      ...rows,
    ]),
  ];
  if (t.skipped.length > 0)
    lines.push('', 'Not varied:', ...t.skipped.map((s) => `  ${s.path}: ${s.message}`));
  return lines.join('\n');
}
