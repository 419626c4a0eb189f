import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse-scenario.js';
import {
  applyStressOverlay,
  parseStressOverlay,
  type StressOverlay,
} from '../../src/scenario/stress-overlay.js';
import { fixtureInput } from '../model/scenario-builder.js';

const STRESS_DIR = new URL('../../scenarios/stress/', import.meta.url);

/** The fixture with a money group (a yearly award, two named awards, no agency multiplier) and demand. */
function moneyInput(): Record<string, unknown> {
  return {
    ...fixtureInput(),
    demand: {
      referrals: { baseRatePerMonth: 395 },
      outcomes: { noFurtherActionShare: 0.03, notInNeedShare: 0.25, cpShare: 0.1, claShare: 0.05 },
      exits: {
        cinHazardPerMonth: 0.07,
        cpHazardPerMonth: 0.1,
        cpStepDownToCinShare: 0.5,
        claHazardPerMonth: 0.03,
      },
    },
    money: {
      pay: {
        salaryGbp: { asye: 30_000, social_worker: 36_000, senior: 42_000 },
        annualAwardRate: { dist: 'triangular', min: 0.02, mode: 0.03, max: 0.04 },
        awards: [
          { month: '2022-04', flatGbp: 1925 },
          { month: '2023-04', rate: 0.035 },
        ],
      },
      onCosts: { pensionRate: 0.2 },
      agency: { weeklyRateGbp: 1800 },
    },
  };
}

/** Dotted paths of every leaf (numbers, strings, booleans, null) with its value. */
function leaves(node: unknown, path = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (node !== null && typeof node === 'object') {
    for (const [k, v] of Object.entries(node))
      for (const [p, x] of leaves(v, path ? `${path}.${k}` : k)) out.set(p, x);
  } else out.set(path, node);
  return out;
}

function changedPaths(before: unknown, after: unknown): string[] {
  const a = leaves(before);
  const b = leaves(after);
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => a.get(k) !== b.get(k)).sort();
}

const overlay = (operations: unknown[]): StressOverlay => {
  const parsed = parseStressOverlay({ name: 'test', operations }, 'test.json');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
};

const shipped = readdirSync(STRESS_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

describe('scenarios/stress/*.json', () => {
  it('ships the pay, agency and vacancy overlays', () => {
    expect(shipped).toEqual(
      expect.arrayContaining([
        'agency-rate-plus-15.json',
        'demand-plus-10-for-12-months.json',
        'extra-20-vacancies.json',
        'pay-award-plus-2.json',
      ]),
    );
  });

  it.each(shipped)('%s parses and gives a valid scenario', (file) => {
    const parsed = parseStressOverlay(JSON.parse(readFileSync(new URL(file, STRESS_DIR), 'utf8')), file);
    expect(parsed.ok ? [] : parsed.error).toEqual([]);
    if (!parsed.ok) return;
    const applied = applyStressOverlay(moneyInput(), parsed.value, file);
    expect(applied.ok ? [] : applied.error).toEqual([]);
    if (applied.ok) expect(parseScenario(applied.value).ok).toBe(true);
  });
});

describe('applyStressOverlay', () => {
  const read = (file: string) => {
    const parsed = parseStressOverlay(JSON.parse(readFileSync(new URL(file, STRESS_DIR), 'utf8')), file);
    if (!parsed.ok) throw new Error(file);
    return parsed.value;
  };
  const apply = (input: unknown, o: StressOverlay) => {
    const applied = applyStressOverlay(input, o, 'x.json');
    if (!applied.ok) throw new Error(JSON.stringify(applied.error));
    return applied.value as Record<string, unknown>;
  };

  it('changes only what the pay overlay names, shifting distributions and filling absent rates', () => {
    const input = moneyInput();
    const after = apply(input, read('pay-award-plus-2.json'));
    expect(changedPaths(input, after)).toEqual([
      'money.pay.annualAwardRate.max',
      'money.pay.annualAwardRate.min',
      'money.pay.annualAwardRate.mode',
      'money.pay.awards.0.rate',
      'money.pay.awards.1.rate',
    ]);
    const pay = (after.money as { pay: Record<string, unknown> }).pay;
    expect(pay.annualAwardRate).toEqual({ dist: 'triangular', min: 0.04, mode: 0.05, max: 0.06 });
    expect((pay.awards as { rate: number }[]).map((a) => a.rate)).toEqual([0.02, expect.closeTo(0.055, 12)]);
  });

  it('changes only what the agency and vacancy overlays name', () => {
    const input = moneyInput();
    expect(changedPaths(input, apply(input, read('agency-rate-plus-15.json')))).toEqual([
      'money.agency.rateMultiplier',
    ]);
    expect(changedPaths(input, apply(input, read('extra-20-vacancies.json')))).toEqual([
      'establishment.initialFte',
    ]);
    expect(
      (apply(input, read('extra-20-vacancies.json')).establishment as { initialFte: number }).initialFte,
    ).toBe(120);
  });

  it('appends a demand shock from the scenario start month and changes nothing else', () => {
    const input = moneyInput();
    const after = apply(input, read('demand-plus-10-for-12-months.json'));
    expect(changedPaths(input, after)).toEqual([
      'demand.referrals.shocks.0.durationMonths',
      'demand.referrals.shocks.0.label',
      'demand.referrals.shocks.0.multiplier',
      'demand.referrals.shocks.0.startMonth',
    ]);
    const shocks = (after.demand as { referrals: { shocks: { startMonth: string }[] } }).referrals.shocks;
    expect(shocks[0]!.startMonth).toBe('2021-04');
    const later = apply(
      input,
      overlay([{ op: 'set', path: 'demand.referrals.x', value: ['$startMonth+13'] }]),
    );
    expect((later.demand as { referrals: { x: string[] } }).referrals.x).toEqual(['2022-05']);
  });

  it('does not modify its input and applies set, multiply and append in order', () => {
    const input = moneyInput();
    const copy = structuredClone(input);
    const after = apply(
      input,
      overlay([
        { op: 'set', path: 'agency.coverShare', value: 0.5 },
        { op: 'multiply', path: 'agency.coverShare', value: 0.5 },
        { op: 'append', path: 'establishment.changes', value: { month: '2022-04', changeFte: 10 } },
        { op: 'multiply', path: 'agency.extraCapacity', value: 2, ifMissing: 3 },
      ]),
    );
    expect((after.agency as { extraCapacity: number }).extraCapacity).toBe(6);
    expect(input).toEqual(copy);
    expect((after.agency as { coverShare: number }).coverShare).toBe(0.25);
    expect((after.establishment as { changes: unknown[] }).changes).toEqual([
      { month: '2022-04', changeFte: 10 },
    ]);
  });

  it('names the overlay file, the operation and the path of every failure', () => {
    const result = applyStressOverlay(
      fixtureInput(),
      overlay([
        { op: 'add', path: 'money.pay.annualAwardRate', value: 0.02 },
        { op: 'add', path: 'recruitment.noticeLagMonths', value: 1 },
        { op: 'add', path: 'leaving.asyeCompletionExitProbability', value: 0.1 },
        { op: 'append', path: 'name', value: 'x' },
      ]),
      'scenarios/stress/bad.json',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((p) => p.path)).toEqual([
      'money.pay.annualAwardRate',
      'recruitment.noticeLagMonths',
      'leaving.asyeCompletionExitProbability',
      'name',
    ]);
    expect(result.error[0]!.message).toMatch(
      /does not exist.*scenarios\/stress\/bad\.json, operation 1: add/,
    );
    expect(result.error[1]!.message).toMatch(/give ifMissing/);
    expect(result.error[2]!.message).toMatch(/cannot add a beta distribution/);
    expect(result.error[3]!.message).toMatch(/is not an array/);
  });

  it('rejects an overlay file with an unknown operation, naming the file', () => {
    const parsed = parseStressOverlay({ name: 'x', operations: [{ op: 'delete', path: 'a' }] }, 'odd.json');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error[0]!.message).toContain('odd.json');
  });
});
