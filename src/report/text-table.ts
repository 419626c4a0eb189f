/**
 * Plain-text tables and number formats for the decision-analysis outputs (comparison, thresholds,
 * tornado, goal seek, routes): first column left-aligned, the rest right-aligned.
 */

export function textTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, c) => {
      widths[c] = Math.max(widths[c] ?? 0, cell.length);
    });
  }
  return rows
    .map((row) =>
      row
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Metrics that are fractions 0-1 and read best as percentages. */
export const isFractionMetric = (metric: string): boolean =>
  metric.endsWith('_rate') || metric === 'assessments_in_timescale';

/** A metric value: fractions as %, pounds and large counts rounded with separators. */
export function formatValue(metric: string, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '-';
  if (isFractionMetric(metric)) return `${(value * 100).toFixed(1)}%`;
  if (metric.startsWith('cost_') || Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en-GB');
  return value.toFixed(Math.abs(value) >= 10 ? 1 : 2);
}

/** A difference of a metric: fractions in percentage points, with an explicit sign. */
export function formatDelta(metric: string, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '-';
  const sign = value > 0 ? '+' : value < 0 ? '-' : '';
  const magnitude = Math.abs(value);
  if (isFractionMetric(metric)) return `${sign}${(magnitude * 100).toFixed(1)}pp`;
  if (metric.startsWith('cost_') || magnitude >= 1000)
    return `${sign}${Math.round(magnitude).toLocaleString('en-GB')}`;
  return `${sign}${magnitude.toFixed(magnitude >= 10 ? 1 : 2)}`;
}

export const formatPercent = (p: number | null | undefined, digits = 0): string =>
  p === null || p === undefined || !Number.isFinite(p) ? '-' : `${(p * 100).toFixed(digits)}%`;

export const formatGbp = (x: number): string =>
  Number.isFinite(x) ? `£${Math.round(x).toLocaleString('en-GB')}` : '-';
