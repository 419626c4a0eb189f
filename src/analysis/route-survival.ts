/**
 * Survival in post of a cohort of starters on one entry route, exactly as the month loop treats
 * them (MODEL.md section 4): a starter joins in loop month m0 at 0 months in post and in loop
 * month m0 + t (t >= 1) leaves with the hazard of its cell at t months in post (the first
 * matching band, else the base hazard; x the senior multiplier for seniors; x every retention
 * offer active that month and aimed at its route, grade and time in post; capped at 1), then, at
 * 12 months in post on an ASYE route, takes the one-off ASYE-completion exit (scaled by the same
 * offers, capped at 1), then may progress to senior. Two states (junior, senior) are carried, so
 * the curve is the exact expected share in post. Caseload-pressure feedback is not included (it
 * depends on the whole service's caseload).
 */
import { TENURE_CAP } from '../model/cell-layout.js';
import { monthsBetween } from '../model/month-index.js';
import type { ResolvedScenario } from '../model/resolve-parameters.js';
import { ASYE_MONTHS, ASYE_ROUTES, type Grade, type Route } from '../scenario/routes.js';

type Band = ResolvedScenario['leaving']['bands'][number];
type Offer = ResolvedScenario['retentionOffers'][number];

const matchesBand = (band: Band, route: Route, tenure: number) =>
  (!band.routes || band.routes.includes(route)) &&
  tenure >= band.fromMonthInPost &&
  (band.toMonthInPost === undefined || tenure <= band.toMonthInPost);

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** Product of the multipliers of the retention offers active in loop month `month` for this cell. */
export function offerScale(
  s: ResolvedScenario,
  route: Route,
  senior: boolean,
  tenure: number,
  month: number,
) {
  const t = Math.min(tenure, TENURE_CAP);
  const grade: Grade = senior
    ? 'senior'
    : ASYE_ROUTES.includes(route) && t < ASYE_MONTHS
      ? 'asye'
      : 'social_worker';
  let scale = 1;
  for (const offer of s.retentionOffers) {
    if (offerApplies(s, offer, route, grade, t, month)) scale *= offer.hazardMultiplier;
  }
  return scale;
}

/** Monthly leaving hazard at `tenure` months in post in loop month `month`, before any ASYE exit. */
export function leavingHazard(
  s: ResolvedScenario,
  route: Route,
  senior: boolean,
  tenure: number,
  month: number,
): number {
  const t = Math.min(tenure, TENURE_CAP);
  const band = s.leaving.bands.find((b) => matchesBand(b, route, t));
  let h = band ? band.hazardPerMonth : s.leaving.baseHazardPerMonth;
  if (senior) h *= s.leaving.seniorHazardMultiplier;
  return Math.min(1, clamp01(h) * offerScale(s, route, senior, t, month));
}

function offerApplies(
  s: ResolvedScenario,
  offer: Offer,
  route: Route,
  grade: Grade,
  tenure: number,
  month: number,
): boolean {
  const from = monthsBetween(s.startMonth, offer.startMonth);
  const to =
    offer.endMonth === undefined ? Number.POSITIVE_INFINITY : monthsBetween(s.startMonth, offer.endMonth);
  return (
    month >= from &&
    month <= to &&
    (!offer.routes || offer.routes.includes(route)) &&
    (!offer.grades || offer.grades.includes(grade)) &&
    tenure >= offer.fromMonthInPost &&
    (offer.toMonthInPost === undefined || tenure <= offer.toMonthInPost)
  );
}

/**
 * Expected share of a cohort still in post at the end of each of its months 0..months in post
 * (entry 0 is 1), for a cohort starting in loop month `startIndex` (0 = the first simulated month;
 * -1 = already 1 month in post at the start).
 */
export function routeSurvival(
  s: ResolvedScenario,
  route: Route,
  months: number,
  startIndex = 0,
): Float64Array {
  const curve = new Float64Array(months + 1);
  curve[0] = 1;
  const asyeRoute = ASYE_ROUTES.includes(route);
  const p = s.progression.probabilityPerMonth;
  let junior = 1;
  let senior = 0;
  for (let t = 1; t <= months; t++) {
    const month = startIndex + t;
    junior *= 1 - leavingHazard(s, route, false, t, month);
    senior *= 1 - leavingHazard(s, route, true, t, month);
    if (asyeRoute && t === ASYE_MONTHS) {
      const exit = s.leaving.asyeCompletionExitProbability * offerScale(s, route, false, t, month);
      junior *= 1 - Math.min(1, exit);
    }
    const inAsye = asyeRoute && Math.min(t, TENURE_CAP) < ASYE_MONTHS;
    if (p > 0 && !inAsye && Math.min(t, TENURE_CAP) >= s.progression.minMonthsInPost) {
      senior += junior * p;
      junior *= 1 - p;
    }
    curve[t] = junior + senior;
  }
  return curve;
}
