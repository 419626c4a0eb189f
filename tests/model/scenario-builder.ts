// Minimal valid scenarios for model tests, built in code so each test states what it changes.
import { readFileSync } from 'node:fs';
import { parseScenario } from '../../src/scenario/parse-scenario.js';
import type { Scenario } from '../../src/scenario/scenario-schema.js';

export function fixtureInput(): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL('../fixtures/small.json', import.meta.url), 'utf8'));
}

export function mustParse(input: unknown): Scenario {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(`test scenario invalid: ${JSON.stringify(parsed.error)}`);
  return parsed.value;
}

/** One constant hazard for everyone, one route, no agency effects on permanent stocks. */
export function chainScenario(opts: {
  posts: number;
  filled: number;
  hazard: number;
  fill: number;
  lag: number;
  months: number;
}): Scenario {
  return mustParse({
    name: 'Markov check',
    startMonth: '2021-04',
    horizonMonths: opts.months,
    establishment: { initialFte: opts.posts },
    initial: {
      permanent: [{ route: 'experienced', monthsInPost: 48, count: opts.filled }],
      agency: 0,
    },
    leaving: {
      baseHazardPerMonth: opts.hazard,
      destinations: { otherCouncil: 0.3, agency: 0.1, outOfSector: 0.6 },
    },
    recruitment: { fillProbabilityPerMonth: opts.fill, noticeLagMonths: opts.lag },
    agency: { coverShare: 0.7, fillProbabilityPerMonth: 0.5, assignmentEndHazardPerMonth: 0.15 },
    caseload: { openCases: 1000 },
  });
}
