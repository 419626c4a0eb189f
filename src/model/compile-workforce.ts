/**
 * Turns a resolved scenario into the tables the month loop reads: leaving hazards per cell,
 * retention-offer multipliers, and per-month schedules (establishment, campaigns, intakes,
 * pipeline cohorts, agency rules). Built once per replication, outside the month loop.
 */
import { ASYE_MONTHS, PIPELINE_ROUTES, type PipelineRoute } from '../scenario/routes.js';
import {
  blockCells,
  CELLS,
  cellGrade,
  cellRoute,
  cellSenior,
  cellTenure,
  isAsyeCell,
  isAsyeRoute,
  routeIndex,
  TENURES,
} from './cell-layout.js';
import { calendarMonthOf, monthsBetween } from './month-index.js';
import type { ResolvedScenario } from './resolve-parameters.js';

export interface CohortInstance {
  route: PipelineRoute;
  /** Month index the cohort starts training (may be negative: already in training at the start). */
  start: number;
  size: number;
  duration: number;
  dropoutHazard: number;
  takeUp: number;
  supernumerary: boolean;
}

export interface CompiledWorkforce {
  months: number;
  baseHazard: Float64Array;
  /** Extra exit probability at ASYE completion, per cell (non-zero only at 12 months in post). */
  asyeExit: Float64Array;
  /** Retention offers: multiplier per cell for each offer, and the offers active in each month. */
  offerMultipliers: Float64Array[];
  activeOffers: number[][];
  establishmentChange: Float64Array;
  fillMultiplier: Float64Array;
  conversionMultiplier: Float64Array;
  /** Newly qualified intakes starting in each month: places and fill probability. */
  nqIntakes: { places: number; fillProbability: number }[][];
  rulesOn: Uint8Array;
  cohorts: CohortInstance[];
  /** Tie-in months by route index (0 for routes without a pipeline). */
  tieInMonths: Int32Array;
  destinationShares: { otherCouncil: number; agency: number; outOfSector: number };
  /** Monthly progression probability per cell (zero where not eligible). */
  progressionProb: Float64Array;
  /** Cells with an ASYE-completion exit chance. */
  asyeExitCells: Int32Array;
  /** Blocks (route x senior) that can ever hold workers in this scenario, ascending; the rest stay empty. */
  activeBlocks: Int32Array;
  /** The non-senior blocks among them (where progression starts). */
  juniorBlocks: Int32Array;
}

/** Blocks that can receive workers: initial groups, recruitment routes, pipelines, conversions, progression. */
function findActiveBlocks(s: ResolvedScenario, routes: readonly string[]): number[] {
  const live = new Set<string>(['experienced']);
  for (const g of s.initial.permanent) live.add(g.route);
  if (s.recruitment.nqIntakes.length > 0) live.add('nq');
  for (const c of s.pipelines.cohorts) live.add(c.route);
  if (s.agency.conversionHazardPerMonth > 0) live.add('agency_conversion');
  const progression = s.progression.probabilityPerMonth > 0;
  const blocks: number[] = [];
  routes.forEach((route, r) => {
    if (!live.has(route)) return;
    blocks.push(r * 2);
    if (progression || s.initial.permanent.some((g) => g.route === route && g.grade === 'senior'))
      blocks.push(r * 2 + 1);
  });
  return blocks;
}

function matchesBand(
  band: ResolvedScenario['leaving']['bands'][number],
  route: string,
  tenure: number,
): boolean {
  if (band.routes && !band.routes.includes(route as never)) return false;
  return tenure >= band.fromMonthInPost && (band.toMonthInPost === undefined || tenure <= band.toMonthInPost);
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** True when a retention offer targets the workers of `cell` (route, grade, months in post). */
export function isOfferTarget(
  offer: ResolvedScenario['retentionOffers'][number],
  routes: readonly string[],
  cell: number,
): boolean {
  const tenure = cellTenure(cell);
  return (
    (!offer.routes || offer.routes.includes(routes[cellRoute(cell)] as never)) &&
    (!offer.grades || offer.grades.includes(cellGrade(cell))) &&
    tenure >= offer.fromMonthInPost &&
    (offer.toMonthInPost === undefined || tenure <= offer.toMonthInPost)
  );
}

export function compileWorkforce(
  s: ResolvedScenario,
  routes: readonly string[],
  months: number,
): CompiledWorkforce {
  const baseHazard = new Float64Array(CELLS);
  const asyeExit = new Float64Array(CELLS);
  const progressionProb = new Float64Array(CELLS);
  const asyeExitCells: number[] = [];
  const active = findActiveBlocks(s, routes);
  for (const block of active) {
    for (let cell = block * TENURES; cell < (block + 1) * TENURES; cell++) compileCell(cell);
  }
  function compileCell(cell: number): void {
    const route = routes[cellRoute(cell)]!;
    const tenure = cellTenure(cell);
    const band = s.leaving.bands.find((b) => matchesBand(b, route, tenure));
    let h = band ? band.hazardPerMonth : s.leaving.baseHazardPerMonth;
    if (cellSenior(cell) === 1) h *= s.leaving.seniorHazardMultiplier;
    baseHazard[cell] = clamp01(h);
    if (isAsyeRoute(cellRoute(cell)) && cellSenior(cell) === 0 && tenure === ASYE_MONTHS) {
      asyeExit[cell] = s.leaving.asyeCompletionExitProbability;
      if (asyeExit[cell]! > 0) asyeExitCells.push(cell);
    }
    const eligible = cellSenior(cell) === 0 && !isAsyeCell(cell) && tenure >= s.progression.minMonthsInPost;
    progressionProb[cell] = eligible ? s.progression.probabilityPerMonth : 0;
  }

  const monthIndex = (m: string) => monthsBetween(s.startMonth, m);

  const offerMultipliers = s.retentionOffers.map((offer) => {
    const mult = new Float64Array(CELLS).fill(1);
    for (const cell of blockCells(active)) {
      if (isOfferTarget(offer, routes, cell)) mult[cell] = offer.hazardMultiplier;
    }
    return mult;
  });

  const establishmentChange = new Float64Array(months);
  for (const change of s.establishment.changes) {
    const m = monthIndex(change.month);
    if (m >= 0 && m < months) establishmentChange[m] = (establishmentChange[m] ?? 0) + change.changeFte;
  }

  const activeOffers: number[][] = [];
  const fillMultiplier = new Float64Array(months).fill(1);
  const conversionMultiplier = new Float64Array(months).fill(1);
  const nqIntakes: CompiledWorkforce['nqIntakes'] = [];
  const rulesOn = new Uint8Array(months);
  const rulesFrom = monthIndex(s.agencyRules.fromMonth);
  const span = (start: string, end: string | undefined) => ({
    from: monthIndex(start),
    to: end === undefined ? Number.POSITIVE_INFINITY : monthIndex(end),
  });
  const offerSpans = s.retentionOffers.map((o) => span(o.startMonth, o.endMonth));
  const campaignSpans = s.campaigns.map((c) => ({ ...span(c.startMonth, c.endMonth), campaign: c }));
  const intakesByCalendarMonth = Array.from({ length: 13 }, (_, cm) =>
    s.recruitment.nqIntakes
      .filter((intake) => intake.calendarMonth === cm)
      .map((intake) => ({ places: Math.round(intake.places), fillProbability: intake.fillProbability })),
  );
  let previousOffers: number[] = [];
  for (let m = 0; m < months; m++) {
    const offers = offerSpans.flatMap((o, i) => (m >= o.from && m <= o.to ? [i] : []));
    // Months with the same active offers share one list, so the month loop can compare by reference.
    const same = offers.length === previousOffers.length && offers.every((o, i) => o === previousOffers[i]);
    previousOffers = same ? previousOffers : offers;
    activeOffers.push(previousOffers);
    for (const c of campaignSpans) {
      if (m >= c.from && m <= c.to) {
        fillMultiplier[m]! *= c.campaign.fillMultiplier;
        conversionMultiplier[m]! *= c.campaign.conversionMultiplier;
      }
    }
    nqIntakes.push(intakesByCalendarMonth[calendarMonthOf(s.startMonth, m)]!);
    rulesOn[m] = s.agencyRules.enabled && m >= rulesFrom ? 1 : 0;
  }

  const cohorts: CohortInstance[] = [];
  for (const cohort of s.pipelines.cohorts) {
    const spec = s.pipelines.routes[cohort.route]!;
    const first = monthIndex(cohort.startMonth);
    const repeats = cohort.repeatEveryMonths === undefined ? 1 : cohort.repeatCount;
    for (let k = 0; k < repeats; k++) {
      const start = first + k * (cohort.repeatEveryMonths ?? 0);
      if (start + spec.durationMonths <= 0 || start >= months) continue;
      cohorts.push({
        route: cohort.route,
        start,
        size: Math.round(cohort.size),
        duration: spec.durationMonths,
        dropoutHazard: 1 - spec.completionProbability ** (1 / spec.durationMonths),
        takeUp: spec.takeUpProbability,
        supernumerary: spec.supernumerary,
      });
    }
  }
  const tieInMonths = new Int32Array(routes.length);
  for (const route of PIPELINE_ROUTES) {
    const spec = s.pipelines.routes[route];
    if (spec) tieInMonths[routeIndex(route)] = spec.tieInMonths;
  }

  const d = s.leaving.destinations;
  const total = d.otherCouncil + d.agency + d.outOfSector;
  const destinationShares =
    total > 0
      ? { otherCouncil: d.otherCouncil / total, agency: d.agency / total, outOfSector: d.outOfSector / total }
      : { otherCouncil: 0, agency: 0, outOfSector: 1 };

  return {
    months,
    baseHazard,
    asyeExit,
    offerMultipliers,
    activeOffers,
    establishmentChange,
    fillMultiplier,
    conversionMultiplier,
    nqIntakes,
    rulesOn,
    cohorts,
    tieInMonths,
    destinationShares,
    progressionProb,
    asyeExitCells: Int32Array.from(asyeExitCells),
    activeBlocks: Int32Array.from(active),
    juniorBlocks: Int32Array.from(active.filter((b) => b % 2 === 0)),
  };
}
