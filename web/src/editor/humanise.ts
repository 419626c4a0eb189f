/** Words for setting names the catalogue does not describe: `baseHazardPerMonth` -> 'Base hazard per month'. */
import { routeLabel } from '../metric-catalogue.js';
import { isObject } from './json-path.js';

const WORDS: Record<string, string> = { fte: 'FTE', asye: 'ASYE', nq: 'NQ', gbp: '(£)', dfe: 'DfE' };
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function humaniseKey(key: string): string {
  if (/^\d+$/.test(key)) return `#${Number(key) + 1}`;
  const words = key
    .replace(/_/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(' ')
    .map((w) => WORDS[w] ?? w);
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A short name for entry `key` of a list or map, from the entry's own fields where it has them. */
export function itemName(key: string, item: unknown): string {
  if (!/^\d+$/.test(key)) return routeLabel(key);
  if (!isObject(item)) return `#${Number(key) + 1}`;
  const named = item.name ?? item.label ?? item.financialYear;
  if (typeof named === 'string') return named;
  const bits: string[] = [];
  if (typeof item.route === 'string') bits.push(routeLabel(item.route));
  if (typeof item.calendarMonth === 'number')
    bits.push(`${MONTHS[item.calendarMonth - 1] ?? item.calendarMonth} intake`);
  if (typeof item.startMonth === 'string') bits.push(`from ${item.startMonth}`);
  if (typeof item.month === 'string') bits.push(item.month);
  if (typeof item.monthsInPost === 'number') bits.push(`${item.monthsInPost} months in post`);
  return bits.length ? bits.join(', ') : `#${Number(key) + 1}`;
}

/** The unit a setting's name implies. */
export function unitFromKey(key: string): string {
  if (/Gbp$/.test(key)) return '£';
  if (/PerMonth$/.test(key) && /hazard|probability/i.test(key)) return 'probability per month, 0 to 1';
  if (/(Probability|Share|Rate)$/.test(key)) return '0 to 1';
  if (/Months?$/.test(key)) return 'months';
  if (/Multiplier$/.test(key)) return 'multiplier';
  if (/Fte$/.test(key)) return 'FTE';
  return '';
}
