/** Calendar arithmetic on months written YYYY-MM; month index 0 is the scenario's start month. */

/** Whole months from `start` to `month` (negative when `month` is earlier). */
export function monthsBetween(start: string, month: string): number {
  return monthNumber(month) - monthNumber(start);
}

/** Months since year 0 of a YYYY-MM string, read digit by digit (called per replication). */
function monthNumber(text: string): number {
  const year =
    (text.charCodeAt(0) - 48) * 1000 +
    (text.charCodeAt(1) - 48) * 100 +
    (text.charCodeAt(2) - 48) * 10 +
    (text.charCodeAt(3) - 48);
  return year * 12 + (text.charCodeAt(5) - 48) * 10 + (text.charCodeAt(6) - 48) - 1;
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
