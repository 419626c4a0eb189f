/** Calendar arithmetic on months written YYYY-MM; month index 0 is the scenario's start month. */

/** Whole months from `start` to `month` (negative when `month` is earlier). */
export function monthsBetween(start: string, month: string): number {
  const [sy, sm] = start.split('-').map(Number) as [number, number];
  const [y, m] = month.split('-').map(Number) as [number, number];
  return (y - sy) * 12 + (m - sm);
}

/** The calendar month `offset` months after `start`, as YYYY-MM. */
export function addMonths(start: string, offset: number): string {
  const [sy, sm] = start.split('-').map(Number) as [number, number];
  const total = sy * 12 + (sm - 1) + offset;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return `${y}-${String(m).padStart(2, '0')}`;
}

/** Calendar month number 1-12 of the month `offset` months after `start`. */
export function calendarMonthOf(start: string, offset: number): number {
  const sm = Number(start.slice(5, 7));
  return ((((sm - 1 + offset) % 12) + 12) % 12) + 1;
}
