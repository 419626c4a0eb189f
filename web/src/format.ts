/** Numbers for people: percentages, FTE, pounds and months, in en-GB style. */
export type Unit = 'fraction' | 'fte' | 'heads' | 'count' | 'gbp' | 'ratio' | 'probability';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatValue(value: number | undefined | null, unit: Unit): string {
  if (value === undefined || value === null || !Number.isFinite(value)) return '–';
  switch (unit) {
    case 'fraction':
      return `${(value * 100).toFixed(1)}%`;
    case 'probability':
      if (value > 0 && value < 0.01) return 'under 1%';
      if (value < 1 && value > 0.99) return 'over 99%';
      return `${(value * 100).toFixed(0)}%`;
    case 'gbp':
      return formatGbp(value);
    case 'count':
      return Math.round(value).toLocaleString('en-GB');
    default:
      return value.toLocaleString('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  }
}

/** Full precision for tables people copy from: no rounding to a display unit beyond 4 significant digits. */
export function formatExact(value: number | undefined | null, unit: Unit): string {
  if (value === undefined || value === null || !Number.isFinite(value)) return '';
  if (unit === 'fraction' || unit === 'probability') return `${(value * 100).toFixed(2)}%`;
  if (unit === 'gbp') return `£${Math.round(value).toLocaleString('en-GB')}`;
  return value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}

export function formatGbp(value: number): string {
  const abs = Math.abs(value);
  const sign = value < 0 ? '−' : '';
  if (abs >= 1e6) return `${sign}£${(abs / 1e6).toFixed(abs >= 1e7 ? 1 : 2)}m`;
  if (abs >= 1e3) return `${sign}£${(abs / 1e3).toFixed(0)}k`;
  return `${sign}£${abs.toFixed(0)}`;
}

/** '2021-04' -> 'Apr 2021'. */
export function formatMonth(month: string): string {
  const [year, m] = month.split('-');
  return `${MONTHS[Number(m) - 1] ?? m} ${year}`;
}

/** Month index 0.. of a run that starts at startMonth -> 'YYYY-MM'. */
export function monthAt(startMonth: string, index: number): string {
  const year = Number(startMonth.slice(0, 4));
  const month = Number(startMonth.slice(5, 7)) - 1 + index;
  return `${year + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}

export function formatDateTime(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/** A scenario value (number, distribution or other JSON) as one short line. */
export function formatParameter(value: unknown): string {
  if (value === undefined) return '(not set)';
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'dist' in value) {
    const { dist, ...args } = value as Record<string, unknown>;
    const parts = Object.entries(args).map(([k, v]) => `${k} ${String(v)}`);
    return `${String(dist)}(${parts.join(', ')})`;
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** A number or distribution in plain words for a report: '0.0089 (likely), range 0.0054 to 0.0124'. */
export function describeParameter(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return formatParameter(value);
  const d = value as Record<string, number | string | undefined>;
  switch (d.dist) {
    case 'fixed':
      return String(d.value);
    case 'triangular':
      return `${d.mode} most likely, range ${d.min} to ${d.max}`;
    case 'uniform':
      return `anywhere from ${d.min} to ${d.max}`;
    case 'normal':
      return `${d.mean} ± ${d.sd}${d.min !== undefined || d.max !== undefined ? ` (kept within ${d.min ?? '−∞'} to ${d.max ?? '∞'})` : ''}`;
    case 'beta': {
      const mean = Number(d.alpha) / (Number(d.alpha) + Number(d.beta));
      return `about ${(mean * 100).toFixed(1)}% (beta ${d.alpha}, ${d.beta})`;
    }
    case 'lognormal':
      return `${d.median} median, spread ${d.sigma} (lognormal)`;
    default:
      return formatParameter(value);
  }
}
