// The Hull baseline's summary pinned to the engine version. A change that moves these numbers
// without bumping ENGINE_VERSION is a bug; an intended change bumps the version and regenerates
// the file with `UPDATE_GOLDEN=1 npx vitest run tests/engine/golden-hull.test.ts`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/load-scenario.js';
import { ENGINE_VERSION } from '../../src/engine/engine-version.js';
import { simulateRun } from '../../src/engine/simulate-run.js';

const GOLDEN = new URL('../golden/hull-baseline.json', import.meta.url);
const METRICS = [
  'permanent_fte',
  'vacancy_fte',
  'agency_fte',
  'agency_rate',
  'turnover_rate',
  'caseload_per_fte',
  'assessments_in_timescale',
  'cla_open',
  'cost_total',
];

function summarise() {
  const loaded = loadScenario('hull-baseline', {});
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  const result = simulateRun({ scenario: loaded.value, seed: 'golden', runs: 200 });
  const at = [12, 24, 36, 48, 60];
  return {
    engineVersion: result.engineVersion,
    scenarioHash: result.scenario.hash,
    series: Object.fromEntries(
      METRICS.map((m) => {
        const s = result.series[m]!;
        return [
          m,
          {
            mean: at.map((i) => s.mean[i - 1]),
            p10: at.map((i) => s.p10[i - 1]),
            p50: at.map((i) => s.p50[i - 1]),
            p90: at.map((i) => s.p90[i - 1]),
          },
        ];
      }),
    ),
    financialYears: (result.financialYears ?? []).map((fy) => ({
      fy: fy.fy,
      total: fy.cost_total,
      p_overspend: fy.p_overspend,
    })),
  };
}

describe('Hull baseline golden summary', () => {
  it('matches the summary pinned for this engine version', () => {
    const now = summarise();
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(GOLDEN)) {
      writeFileSync(GOLDEN, `${JSON.stringify(now, null, 2)}\n`);
    }
    const pinned = JSON.parse(readFileSync(GOLDEN, 'utf8'));
    expect(
      pinned.engineVersion,
      'the engine version changed: regenerate the golden file (see the header)',
    ).toBe(ENGINE_VERSION);
    expect(now).toEqual(pinned);
  });
});
