/**
 * The scenario JSON of a census scenario: the starting state at 30 September as the initial
 * workforce from October, the window's rates as distributions (national figures where the council
 * has none) and the fixed assumptions, with the text of `census-sources.ts`.
 */
import type { ScenarioInput } from '../scenario/scenario-schema.js';
import type { CensusRates } from './census-rates.js';
import type { CensusWindow } from './census-scenario.js';
import { censusDescription, censusSources, trimSources } from './census-sources.js';
import { type CensusStart, tenureGroups } from './census-start.js';
import type { Council } from './council-index.js';
import { starterBands } from './starter-bands.js';

/** The horizon of a census scenario when the request gives none. */
export const DEFAULT_HORIZON_MONTHS = 60;

/** The scenario input; `starterRates[k]` is starters / in-post FTE k years before the census. */
export function censusInput(
  council: Council,
  start: CensusStart,
  starterRates: readonly (number | undefined)[],
  rates: CensusRates,
  window: CensusWindow,
  windowRows: readonly { year: number }[],
  horizonMonths: number,
  warnings: readonly string[],
): ScenarioInput {
  const Y = start.year;
  const meanTurnover = rates.meanTurnover ?? 0;
  const fillFallback = { dist: 'triangular', min: 0.05, mode: 0.063, max: 0.079 } as const;
  const fill = rates.fillProbability?.param ?? fillFallback;
  const fillMean = rates.fillProbability?.mean ?? 0.063;
  const lagMonths = 2;
  const vacancyHeads = Math.floor(start.caseHoldingVacancyFte / start.ftePerHead + 1e-9);
  const offersAccepted = Math.min(vacancyHeads, Math.round(fillMean * vacancyHeads * lagMonths));
  const bandShares = starterBands(starterRates, meanTurnover);
  const permanent = tenureGroups(start.heads, bandShares.shares).map((g) => ({
    route: 'experienced' as const,
    monthsInPost: g.monthsInPost,
    count: g.count,
  }));
  const extra = rates.extraCapacity?.param ?? 0;
  const coverShare = rates.coverShare?.param ?? { dist: 'triangular', min: 0.675, mode: 0.74, max: 0.762 };
  const absence = rates.absenceRate?.param ?? { dist: 'triangular', min: 0.029, mode: 0.032, max: 0.035 };
  const sources = censusSources({
    council,
    start,
    rates,
    window,
    windowRows,
    lagMonths,
    fillMean,
    vacancyHeads,
    tenureText: bandShares.text,
    defaultHorizonMonths: DEFAULT_HORIZON_MONTHS,
  });
  const description = censusDescription(council, start, window, windowRows, warnings);

  return {
    name: `${council.name} from the ${Y} census`.slice(0, 120),
    description,
    startMonth: `${Y}-10`,
    horizonMonths,
    sources: trimSources(sources),
    establishment: { initialFte: start.establishmentFte },
    initial: { permanent, agency: start.agencyHeads, offersAccepted },
    workforce: { ftePerHead: start.ftePerHead },
    leaving: {
      baseHazardPerMonth: rates.leavingHazard!.param,
      destinations: { otherCouncil: 0.267, agency: 0.124, outOfSector: 0.609 },
    },
    recruitment: { fillProbabilityPerMonth: fill, noticeLagMonths: lagMonths, nqIntakes: [] },
    agency: {
      coverShare,
      fillProbabilityPerMonth: { dist: 'triangular', min: 0.5, mode: 0.7, max: 0.9 },
      assignmentEndHazardPerMonth: { dist: 'triangular', min: 0.111, mode: 0.154, max: 0.181 },
      extraCapacity: extra,
    },
    agencyRules: { enabled: true, fromMonth: '2024-11', agencyFillMultiplier: 1 },
    caseload: { openCases: start.cases, absenceRate: absence },
  };
}
