import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CensusData, WORKFORCE_FILE } from '../../src/data/census-data.js';
import { parseWindow, scenarioFromCensus } from '../../src/data/census-scenario.js';
import { DEMAND_FILES } from '../../src/data/demand-data.js';
import { SHIPPED_DATA_DIR } from '../../src/data/read-census-files.js';
import { simulateRun } from '../../src/engine/simulate-run.js';
import { parseScenario } from '../../src/scenario/parse-scenario.js';
import { sharedCensusData } from './census-fixture.js';
import { readShared, SHARED_DATA_PRESENT } from './shared-data.js';

const data = sharedCensusData;

describe('scenarioFromCensus: Hull 2021', () => {
  const built = scenarioFromCensus(data(), { la: 'E06000010', year: 2021 });
  if (!built.ok) throw new Error(JSON.stringify(built.error));
  const { input, scenario, start } = built.value;

  it('is a scenario parseScenario accepts, starting in October after the 30 September census', () => {
    expect(parseScenario(JSON.parse(JSON.stringify(input))).ok).toBe(true);
    expect(scenario.startMonth).toBe('2021-10');
    expect(built.value.window).toEqual({ from: 2018, to: 2021, years: [2018, 2019, 2020, 2021] });
  });

  it("reproduces Hull's published case holders, agency, vacancy, cases and caseload at month 0", () => {
    const { initial } = simulateRun({ scenario, seed: 'census', runs: 20 });
    const caseHolding = initial.permanent_fte! + initial.agency_fte!;
    // Published 30 Sep 2021: case_holders_fte 205.8, cases 3,681, caseload_fte 17.9,
    // agency_rate_fte 15.9%, vacancy_rate_fte 10.6%.
    expect(caseHolding).toBeCloseTo(205.8, 9);
    expect(initial.open_cases).toBe(3681);
    expect(initial.open_cases! / caseHolding).toBeCloseTo(3681 / 205.8, 12);
    expect(Number((initial.open_cases! / caseHolding).toFixed(1))).toBe(17.9);
    // Agency case holders are whole workers: round(56.3 x 205.8 / (297.2 + 56.3)) = 33.
    expect(initial.agency_fte).toBe(33);
    expect(Math.abs(initial.agency_rate! - 0.159)).toBeLessThanOrEqual(0.5 / 205.8 + 0.0005);
    expect(initial.vacancy_rate).toBeCloseTo(35.2 / (35.2 + 297.2), 9);
    expect(Number((initial.vacancy_rate! * 100).toFixed(1))).toBe(10.6);
    expect(start.permanentFte).toBeCloseTo(172.8, 9);
  });

  it('records the data, council, year and window behind every estimate', () => {
    expect(input.description).toContain(WORKFORCE_FILE);
    expect(input.description).toContain('Kingston upon Hull, City of (E06000010, LA 810)');
    expect(input.description).toContain('census years 2018, 2019, 2020, 2021 (window 2018-2021)');
    const sources = input.sources!;
    for (const path of [
      'initial.permanent',
      'initial.agency',
      'leaving.baseHazardPerMonth',
      'recruitment.fillProbabilityPerMonth',
      'agency.coverShare',
      'agency.extraCapacity',
      'caseload.openCases',
      'caseload.absenceRate',
    ])
      expect(sources[path], path).toContain(`src/data/dfe/${WORKFORCE_FILE}`);
    // Turnover 6.3%, 8.5%, 10.9%, 13.6% (2018-2021) as monthly hazards 1 - (1 - t)^(1/12).
    expect(sources['leaving.baseHazardPerMonth']).toContain(
      '2018: 0.00541, 2019: 0.00738, 2020: 0.00957, 2021: 0.01211',
    );
  });

  it('gives every estimated rate a distribution, not a point', () => {
    for (const value of [
      input.leaving.baseHazardPerMonth,
      input.recruitment.fillProbabilityPerMonth,
      input.agency.coverShare,
      input.agency.extraCapacity,
      input.caseload.absenceRate,
    ])
      expect(value).toMatchObject({ dist: 'normal' });
    const h = input.leaving.baseHazardPerMonth as { mean: number };
    const turnover = [6.3, 8.5, 10.9, 13.6].map((t) => 1 - (1 - t / 100) ** (1 / 12));
    expect(h.mean).toBeCloseTo(turnover.reduce((a, b) => a + b) / 4, 5);
  });

  it('flags that the vacancy figures look like a lower bound', () => {
    expect(built.value.warnings.join(' ')).toMatch(/vacancies look like a lower bound.*3 of 4/);
  });
});

/** The census with one council-year's measure changed. */
function withValue(
  base: CensusData,
  laNumber: string,
  year: number,
  column: string,
  value: number,
): CensusData {
  return {
    ...base,
    workforce: base.workforce.map((r) =>
      r.oldCode === laNumber && r.year === year ? { ...r, values: { ...r.values, [column]: value } } : r,
    ),
  };
}

describe('scenarioFromCensus: windows', () => {
  it('uses only the window years: a later census year changes nothing', () => {
    const base = scenarioFromCensus(data(), { la: '810', year: 2021 });
    const changed = scenarioFromCensus(withValue(data(), '810', 2022, 'turnover_rate_fte', 50), {
      la: '810',
      year: 2021,
    });
    expect(changed.ok && base.ok && changed.value.input).toEqual(base.ok && base.value.input);
    const inWindow = scenarioFromCensus(withValue(data(), '810', 2019, 'turnover_rate_fte', 50), {
      la: '810',
      year: 2021,
    });
    expect(inWindow.ok && base.ok && inWindow.value.input.leaving).not.toEqual(
      base.ok && base.value.input.leaving,
    );
  });

  it('takes a window and rejects one that reaches past the starting year', () => {
    const w = parseWindow('2019-2021');
    expect(w).toEqual({ ok: true, value: { from: 2019, to: 2021 } });
    const built = scenarioFromCensus(data(), { la: '810', year: 2021, window: { from: 2019, to: 2021 } });
    expect(built.ok && built.value.window.years).toEqual([2019, 2020, 2021]);
    const late = scenarioFromCensus(data(), { la: '810', year: 2021, window: { from: 2020, to: 2023 } });
    expect(late).toEqual({
      ok: false,
      error: [
        { path: 'window.to', message: expect.stringContaining('must not be after the starting year 2021') },
      ],
    });
    expect(parseWindow('last year').ok).toBe(false);
  });
});

describe('scenarioFromCensus: councils with gaps', () => {
  it('explains a year the council has no census for', () => {
    const r = scenarioFromCensus(data(), { la: 'Cumberland', year: 2019 });
    expect(r).toEqual({
      ok: false,
      error: [
        {
          path: 'year',
          message:
            "Cumberland (E06000063, LA 942) has no workforce census for 2019: it has census years 2023-2025 (the council's LA number 942 first appears in 2023, after a reorganisation)",
        },
      ],
    });
  });

  it('names the suppressed measure that stops a start, and never reads it as zero', () => {
    const r = scenarioFromCensus(data(), { la: 'Westminster', year: 2023 });
    expect(r).toEqual({
      ok: false,
      error: [
        {
          path: 'csww.2023.agency_fte',
          message: expect.stringContaining('agency_fte published as "x" (not available)'),
        },
      ],
    });
  });

  it('reads agency published as "low" (under half an FTE) as no whole agency worker, and says so', () => {
    const r = scenarioFromCensus(data(), { la: 'Sunderland', year: 2023 });
    expect(r.ok && r.value.input.initial.agency).toBe(0);
    expect(r.ok && r.value.warnings[0]).toContain('agency_fte is "low"');
  });

  it('builds a valid scenario or gives reasons, never throws, for every council and year', () => {
    const d = data();
    let built = 0;
    let refused = 0;
    for (const council of d.index.councils) {
      for (let year = d.years.first; year <= d.years.last; year++) {
        const r = scenarioFromCensus(d, { la: council.laNumber, year });
        if (r.ok) {
          built++;
          expect(parseScenario(JSON.parse(JSON.stringify(r.value.input))).ok).toBe(true);
        } else {
          refused++;
          for (const p of r.error) expect(p.message.length).toBeGreaterThan(20);
        }
      }
    }
    expect(built).toBeGreaterThan(1200);
    expect(refused).toBeGreaterThan(0);
  });
});

describe('shipped data', () => {
  it('ships the workforce census and children in need tables with their licence', () => {
    const licence = readFileSync(resolve(SHIPPED_DATA_DIR, 'LICENCE.md'), 'utf8');
    expect(licence).toContain('Open Government Licence v3.0');
    for (const file of [WORKFORCE_FILE, ...Object.values(DEMAND_FILES)]) expect(licence).toContain(file);
  });

  // Needs the shared copy beside the project (compared with itself it would prove nothing).
  it.skipIf(!SHARED_DATA_PRESENT)('ships those tables byte for byte as published', () => {
    for (const file of [WORKFORCE_FILE, ...Object.values(DEMAND_FILES)]) {
      expect(readFileSync(resolve(SHIPPED_DATA_DIR, file), 'utf8'), file).toBe(readShared(file));
    }
  });
});

describe('scenarioFromCensus with demand', () => {
  it('fills the demand group for Hull 2021 from the 31 March 2021 stocks and the window years', () => {
    const built = scenarioFromCensus(data(), { la: '810', year: 2021, demand: true });
    if (!built.ok) throw new Error(JSON.stringify(built.error));
    const { input, scenario } = built.value;
    // 31 March 2021: CIN episodes 3,772 of which 618 on CP plans and 947 looked after.
    expect(input.demand!.initial).toEqual({ assessments: expect.any(Number), cin: 2207, cp: 618, cla: 947 });
    expect(input.sources!['demand.referrals.baseRatePerMonth']).toContain(
      '2018: 433.4, 2019: 368.6, 2020: 364.6, 2021: 404.6',
    );
    const { initial } = simulateRun({ scenario, seed: 'd', runs: 5 });
    const { assessments, cin, cp, cla } = input.demand!.initial as Record<string, number>;
    expect(initial.open_cases).toBe(assessments! + cin! + cp! + cla!);
    expect(initial.permanent_fte! + initial.agency_fte!).toBeCloseTo(205.8, 9);
  });

  it('explains a start year with no looked-after counts', () => {
    const r = scenarioFromCensus(data(), { la: '810', year: 2019, demand: true });
    expect(r).toEqual({
      ok: false,
      error: [
        {
          path: 'demand.2019.claAt31',
          message: expect.stringContaining('looked-after counts are published for 2021-2025'),
        },
      ],
    });
  });
});
