import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileWorkforce } from '../../../src/model/compile-workforce.js';
import { caseHoldingCapacityReader } from '../../../src/model/demand/case-holding-capacity.js';
import { METRIC_INDEX, METRIC_NAMES } from '../../../src/model/metric-names.js';
import { recordWorkforceMetrics } from '../../../src/model/record-metrics.js';
import { scenarioAtQuantile } from '../../../src/model/resolve-parameters.js';
import { capacityWeights } from '../../../src/model/step-caseload.js';
import { createWorkforceState } from '../../../src/model/workforce-state.js';
import { createStream } from '../../../src/rng/create-stream.js';
import { ROUTES } from '../../../src/scenario/routes.js';
import { mustParse } from '../scenario-builder.js';

describe('caseHoldingCapacityReader', () => {
  it('equals the cell-by-cell definition and the recorded case_holding_fte (ASYE and new-starter weights, agency, absence)', () => {
    const raw = JSON.parse(
      readFileSync(new URL('../../../scenarios/hull-baseline.json', import.meta.url), 'utf8'),
    );
    for (const q of [0.1, 0.5, 0.9]) {
      const s = scenarioAtQuantile(mustParse(raw), q);
      const c = compileWorkforce(s, ROUTES, 12);
      const weights = capacityWeights(s, c.activeBlocks);
      const state = createWorkforceState(s, c, createStream('cap', 0, 'pipelines'));
      const out = new Float64Array(METRIC_NAMES.length * 13);
      const reader = caseHoldingCapacityReader(s, c, weights);
      recordWorkforceMetrics(state, s, c, reader, 4000, { out, runs: 1, rep: 0, months: 12 }, 0);
      const recorded = out[METRIC_INDEX.case_holding_fte * 13]!;
      // The definition summed cell by cell: (sum of heads x weight x FTE per head + agency) x (1 - absence).
      let weighted = 0;
      state.counts.forEach((n, cell) => {
        weighted += n * weights[cell]!;
      });
      const direct = (weighted * s.workforce.ftePerHead + state.agency) * (1 - s.caseload.absenceRate);
      expect(recorded).toBeGreaterThan(200);
      expect(reader(state)).toBeCloseTo(direct, 9);
      expect(recorded).toBeCloseTo(direct, 9);
    }
  });
});
