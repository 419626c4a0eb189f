/**
 * Permanent workers are counted in cells by (entry route, senior flag, months in post). Months in
 * post run 0..TENURE_CAP; the last cell pools everyone with TENURE_CAP months or more.
 */
import { ASYE_MONTHS, ASYE_ROUTES, ROUTES, type Route } from '../scenario/routes.js';

export const TENURE_CAP = 60;
export const TENURES = TENURE_CAP + 1;
export const ROUTE_COUNT = ROUTES.length;
export const BLOCKS = ROUTE_COUNT * 2;
export const CELLS = BLOCKS * TENURES;

export const routeIndex = (route: Route): number => ROUTES.indexOf(route);
export const cellIndex = (route: number, senior: number, tenure: number): number =>
  (route * 2 + senior) * TENURES + Math.min(tenure, TENURE_CAP);

export const cellRoute = (cell: number): number => Math.floor(cell / (2 * TENURES));
export const cellSenior = (cell: number): number => Math.floor(cell / TENURES) % 2;
export const cellTenure = (cell: number): number => cell % TENURES;

const ASYE_ROUTE_FLAGS = ROUTES.map((r) => ASYE_ROUTES.includes(r));
export const isAsyeRoute = (route: number): boolean => ASYE_ROUTE_FLAGS[route] === true;

/** A cell is in ASYE when its route starts newly qualified and it has under 12 months in post. */
export const isAsyeCell = (cell: number): boolean =>
  isAsyeRoute(cellRoute(cell)) && cellSenior(cell) === 0 && cellTenure(cell) < ASYE_MONTHS;

/** Grade of a cell as the scenario names grades. */
export function cellGrade(cell: number): 'asye' | 'social_worker' | 'senior' {
  if (cellSenior(cell) === 1) return 'senior';
  return isAsyeCell(cell) ? 'asye' : 'social_worker';
}

/**
 * Post-qualifying experience in months, as far as the model knows it: months in post for routes
 * that start newly qualified; experienced hires and converted agency workers count as experienced.
 */
export const postQualifyingMonths = (cell: number): number =>
  isAsyeRoute(cellRoute(cell)) ? cellTenure(cell) : Number.POSITIVE_INFINITY;

/** Every cell of the given blocks, block by block. */
export function* blockCells(blocks: ArrayLike<number>): Generator<number> {
  for (let i = 0; i < blocks.length; i++) {
    const first = blocks[i]! * TENURES;
    for (let cell = first; cell < first + TENURES; cell++) yield cell;
  }
}
