import { describe, expect, it } from 'vitest';
import { loadStressedScenario, resolveStressPath } from '../../src/cli/load-stress.js';

describe('loadStressedScenario', () => {
  it('finds shipped overlays by name and applies them in order before --set', () => {
    expect(resolveStressPath('pay-award-plus-2')).toMatch(/scenarios\/stress\/pay-award-plus-2\.json$/);
    const loaded = loadStressedScenario('hull-baseline', ['extra-20-vacancies', 'agency-rate-plus-15.json'], {
      set: ['money.agency.cap.fromMonth="2025-04"'],
    });
    expect(loaded.ok ? [] : loaded.error).toEqual([]);
    if (!loaded.ok) return;
    expect(loaded.value.stress.map((s) => s.overlay.name)).toEqual([
      '20 more FTE vacancies at the start',
      'Agency charges 15% higher',
    ]);
    expect(loaded.value.scenario.establishment.initialFte).toBe(258);
    expect(loaded.value.scenario.money?.agency.rateMultiplier).toBeCloseTo(1.15, 12);
    expect(loaded.value.scenario.money?.agency.cap?.fromMonth).toBe('2025-04');
  });

  it('applies the demand shock overlay to the Hull baseline from its start month', () => {
    const loaded = loadStressedScenario('hull-baseline', ['demand-plus-10-for-12-months'], {});
    expect(loaded.ok ? [] : loaded.error).toEqual([]);
    if (!loaded.ok) return;
    expect(loaded.value.scenario.demand?.referrals.shocks.at(-1)).toMatchObject({
      startMonth: '2021-04',
      durationMonths: 12,
      multiplier: 1.1,
    });
  });

  it('names the overlay file and the path when an overlay does not fit the scenario', () => {
    const loaded = loadStressedScenario('tests/fixtures/small.json', ['pay-award-plus-2'], {});
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.error[0]!.path).toBe('money.pay.annualAwardRate');
    expect(loaded.error[0]!.message).toMatch(/scenarios\/stress\/pay-award-plus-2\.json, operation 1: add/);
  });

  it('reports an overlay that does not exist', () => {
    const loaded = loadStressedScenario('hull-baseline', ['no-such-stress'], {});
    expect(loaded.ok ? [] : loaded.error.map((p) => p.message)).toEqual([
      'no stress overlay file "no-such-stress" (and none of that name in scenarios/stress)',
    ]);
  });
});
