/** The data caveats of a census scenario a user should read: gaps, exclusions and odd figures. */
import type { CensusRates } from './census-rates.js';
import type { CensusWindow } from './census-scenario.js';
import type { CensusStart } from './census-start.js';
import type { Council } from './council-index.js';

/** Caveats about the window's rows, the rates estimated from them and the starting state. */
export function censusWarnings(
  council: Council,
  window: CensusWindow,
  windowRows: readonly { year: number }[],
  rates: CensusRates,
  start: CensusStart,
): string[] {
  const warnings: string[] = [];
  const have = new Set(windowRows.map((r) => r.year));
  const gaps: number[] = [];
  for (let y = window.from; y <= window.to; y++) if (!have.has(y)) gaps.push(y);
  if (gaps.length > 0)
    warnings.push(`no census row for ${gaps.join(', ')}: the rates use ${[...have].join(', ')}`);
  warnings.push(...rates.excluded);
  const v = rates.vacancyEqualsCover;
  if (v.length > 0 && v.length * 2 >= rates.yearsWithVacancies.length) {
    warnings.push(
      `vacancies look like a lower bound: the published vacancy FTE equals the agency-cover FTE in ${v.length} of ${rates.yearsWithVacancies.length} window years with vacancies (${v.join(', ')}), as if only agency-covered vacancies were reported; the establishment and vacancy rate may be too low and the fill probability too high`,
    );
  }
  if (windowRows.length === 1)
    warnings.push('one census year only: the spread of each rate is an assumption');
  if (!rates.fillProbability)
    warnings.push('no starters per vacancy in the window: national fill probability used');
  if (!rates.coverShare) warnings.push('no vacancy agency-cover rate in the window: national share used');
  if (!rates.absenceRate) warnings.push('no absence rate in the window: England range used');
  if (start.share > 0.95)
    warnings.push(
      `case holders are ${(start.share * 100).toFixed(0)}% of in-post plus agency FTE (most councils 45-70%)`,
    );
  if (council.codes.length > 1)
    warnings.push(
      `${council.name} has had ONS codes ${council.codes.map((c) => `${c.code} (${c.firstYear}-${c.lastYear})`).join(', ')}; their rows are read as one council (LA ${council.laNumber})`,
    );
  return warnings;
}
