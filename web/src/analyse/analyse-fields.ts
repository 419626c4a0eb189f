/**
 * Form parts the analysis tools share: labelled fields, measure and month pickers, target values
 * typed in the measure's own unit (per cent for rates), and plain names for levers.
 */
import type { LeverInfo } from '../analysis-types.js';
import { type Child, h, uid } from '../dom.js';
import { LEVER_GROUPS } from '../editor/lever-catalogue.js';
import { formatMonth, formatValue, monthAt } from '../format.js';
import { metricInfo } from '../metric-catalogue.js';

/** A labelled control with a one-line hint, as on the editor. */
export function field(label: string, hint: string, control: HTMLElement, ...extra: Child[]): HTMLElement {
  const hintId = uid('hint');
  if (hint) control.setAttribute('aria-describedby', hintId);
  return h(
    'div',
    { class: 'field' },
    h('label', { for: control.id }, label),
    hint ? h('p', { class: 'explainer', id: hintId }, hint) : null,
    control,
    ...extra,
  );
}

export function select(id: string, options: [string, string][], selected?: string): HTMLSelectElement {
  return h(
    'select',
    { id },
    options.map(([value, text]) => h('option', { value, selected: value === selected }, text)),
  );
}

export function numberField(id: string, value: number | string, attrs: Record<string, number | string> = {}) {
  return h('input', {
    id,
    type: 'number',
    step: 'any',
    inputmode: 'decimal',
    value: String(value),
    ...attrs,
  });
}

const KEY_METRICS = [
  'agency_rate',
  'vacancy_rate',
  'agency_fte',
  'vacancy_fte',
  'permanent_fte',
  'turnover_rate',
  'caseload_per_fte',
  'cost_total',
];

/** Measures to pick from: the headline ones first, then every other measure the engine reports. */
export function metricSelect(id: string, info: LeverInfo, selected: string): HTMLSelectElement {
  const usable = info.metrics
    .map((m) => m.name)
    .filter((name) => info.hasMoney || !/^(cost|spend)_/.test(name));
  const option = (name: string) =>
    h('option', { value: name, selected: name === selected }, metricInfo(name).label);
  return h(
    'select',
    { id },
    h('optgroup', { label: 'Headline measures' }, KEY_METRICS.filter((m) => usable.includes(m)).map(option)),
    h('optgroup', { label: 'Other measures' }, usable.filter((m) => !KEY_METRICS.includes(m)).map(option)),
  );
}

/** Calendar months 1..months of the scenario (the end of each month). */
export const monthDates = (startMonth: string, months: number) =>
  Array.from({ length: months }, (_, i) => monthAt(startMonth, i));

/** A month picker whose options follow the page's months setting; value = month number 1..M. */
export function monthSelect(id: string): { element: HTMLSelectElement; update(dates: string[]): void } {
  const element = h('select', { id });
  return {
    element,
    update(dates) {
      const previous = Number(element.value) || dates.length;
      element.replaceChildren(
        ...dates.map((d, i) =>
          h(
            'option',
            { value: String(i + 1), selected: i + 1 === Math.min(previous, dates.length) },
            formatMonth(d),
          ),
        ),
      );
    },
  };
}

export const OPS: [string, string][] = [
  ['<=', 'at most'],
  ['<', 'below'],
  ['>=', 'at least'],
  ['>', 'above'],
];
export const opWords = (op: string) => OPS.find(([o]) => o === op)?.[1] ?? op;

/** Rates are typed as percentages; everything else in its own unit. */
export const typedAsPercent = (metric: string) => metricInfo(metric).unit === 'fraction';
export const unitHint = (metric: string) =>
  typedAsPercent(metric)
    ? 'per cent'
    : metricInfo(metric).unit === 'gbp'
      ? 'pounds'
      : metricInfo(metric).axis;
export const toModelValue = (metric: string, typed: number) => (typedAsPercent(metric) ? typed / 100 : typed);

/** 'Agency rate at most 12.0%'. */
export function describeTarget(metric: string, op: string, value: number): string {
  const info = metricInfo(metric);
  return `${info.label} ${opWords(op)} ${formatValue(value, info.unit)}`;
}

/** 'caseload per FTE' from 'Caseload per FTE': lower-cases the first letter unless it starts an acronym. */
export const lowerFirst = (text: string) =>
  /^[A-Z][A-Z]/.test(text) ? text : `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

/** 'agency rate is at most 12.0%', for the middle of a sentence. */
export function targetClause(metric: string, op: string, value: number): string {
  const info = metricInfo(metric);
  return `${lowerFirst(info.label)} is ${opWords(op)} ${formatValue(value, info.unit)}`;
}

const leverPatterns = LEVER_GROUPS.flatMap((g) => g.levers).map((l) => ({
  label: l.label,
  re: new RegExp(`^${l.path.replace(/\./g, '\\.').replace(/\*/g, '(\\d+)')}$`),
}));

/** A lever's plain name: 'Newly qualified places (entry 2)' for recruitment.nqIntakes.1.places. */
export function leverLabel(path: string): string {
  for (const { label, re } of leverPatterns) {
    const match = re.exec(path);
    if (match) return match[1] === undefined ? label : `${label} (entry ${Number(match[1]) + 1})`;
  }
  const words = path.split('.').filter((p) => !/^\d+$/.test(p));
  const last = (words.at(-1) ?? path).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `${last.charAt(0).toUpperCase()}${last.slice(1)} (${words.slice(0, -1).join(' ')})`;
}
