/** Calls to the census routes: councils, a scenario from a council's census year, and hindcasts. */
import type { HindcastReport } from '../../src/data/hindcast-report.js';
import type { SurveyResult, SurveySettings } from '../../src/data/hindcast-survey.js';
import type { SurveyRecord } from '../../src/store/survey-repository.js';
import { request } from './api-client.js';
import type { JsonObject } from './api-types.js';

export type { HindcastReport, SurveyResult, SurveySettings };

/** A stored survey of every council as GET /api/hindcast/surveys/:id answers. */
export interface StoredSurvey extends SurveyRecord {
  progress: number;
  request?: SurveySettings;
  result?: SurveyResult | null;
}
export type HindcastSeries = HindcastReport['metrics'][number];
export type HindcastScore = HindcastReport['scored'][number];
export type HindcastSummary = HindcastReport['summary'][number];

export interface CouncilItem {
  code: string;
  laNumber: string;
  name: string;
  region: string;
  codes: { code: string; firstYear: number; lastYear: number }[];
  /** Census years with a workforce row, ascending. */
  years: number[];
}

export interface CensusScenarioRequest {
  la: string;
  year: number;
  window?: { from: number; to: number };
  horizonMonths?: number;
  demand?: boolean;
}

export interface CensusScenarioAnswer {
  council: { code: string; laNumber: string; name: string; region: string };
  year: number;
  window: { from: number; to: number; years: number[] };
  warnings: string[];
  scenario: JsonObject;
}

export interface HindcastRequest {
  la: string;
  from: number;
  to: number;
  runs?: number;
  seed?: string;
  windowYears?: number;
  demand?: boolean;
}

let councils: Promise<CouncilItem[]> | undefined;

export const censusApi = {
  /** Fetched once per page load: the list is fixed for the server's life. */
  councils: () => {
    councils ??= request<{ items: CouncilItem[] }>('GET', '/api/census/councils').then((r) => r.items);
    councils.catch(() => {
      councils = undefined;
    });
    return councils;
  },
  scenario: (body: CensusScenarioRequest) =>
    request<CensusScenarioAnswer>('POST', '/api/census/scenario', body),
  hindcast: (body: HindcastRequest) =>
    request<HindcastReport & { engineVersion: string }>('POST', '/api/hindcast', body),
  startSurvey: (body: Partial<SurveySettings>) =>
    request<StoredSurvey>('POST', '/api/hindcast/surveys', body),
  surveys: async () =>
    (await request<{ items: StoredSurvey[] }>('GET', '/api/hindcast/surveys?limit=20')).items,
  survey: (id: string) => request<StoredSurvey>('GET', `/api/hindcast/surveys/${encodeURIComponent(id)}`),
};

const normalise = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Councils whose name, ONS code (current or former) or LA number match the query, best first. */
export function matchCouncils(items: readonly CouncilItem[], query: string): CouncilItem[] {
  const q = normalise(query);
  if (q === '') return [...items].sort((a, b) => a.name.localeCompare(b.name));
  const rank = (c: CouncilItem): number => {
    const codes = [c.code, ...c.codes.map((x) => x.code), c.laNumber].map(normalise);
    if (codes.includes(q)) return 0;
    const name = normalise(c.name);
    if (name.startsWith(q)) return 1;
    if (` ${name}`.includes(` ${q}`)) return 2;
    if (name.includes(q) || codes.some((code) => code.startsWith(q))) return 3;
    return 4;
  };
  return items
    .map((c) => ({ c, r: rank(c) }))
    .filter((x) => x.r < 4)
    .sort((a, b) => a.r - b.r || a.c.name.localeCompare(b.c.name))
    .map((x) => x.c);
}

/** The window of rate years the picker offers: the last `years` census years to `year` the council has. */
export function windowFor(council: CouncilItem, year: number, years: number): { from: number; to: number } {
  const first = council.years[0] ?? year;
  return { from: Math.min(year, Math.max(year - years + 1, first)), to: year };
}
