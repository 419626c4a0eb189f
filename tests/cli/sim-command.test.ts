import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { METRIC_NAMES } from '../../src/model/metric-names.js';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;

async function sim(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run sim', () => {
  it('writes the result JSON and CSV and prints the key-metrics table', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'caseforce-cli-'));
    const out = join(dir, 'r.json');
    const csv = join(dir, 'r.csv');
    const r = await sim([
      'tests/fixtures/small.json',
      '--runs',
      '50',
      '--months',
      '13',
      '--seed',
      'cli',
      '--threads',
      '1',
      '--out',
      out,
      '--csv',
      csv,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^permanent_fte\s/m);
    expect(r.stdout).toContain('2022-04 P10/P50/P90');
    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result).toMatchObject({ seed: 'cli', runs: 50, months: 13, startMonth: '2021-04' });
    expect(Object.keys(result.series)).toEqual([...METRIC_NAMES]);
    expect(result.series.agency_rate.p90).toHaveLength(13);
    expect(result.thresholds[0].probability).toHaveLength(13);
    expect(readFileSync(csv, 'utf8').split('\n')[0]).toBe('metric,month,date,statistic,value');
  });

  it('prints every problem with its dotted path, exits non-zero and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'caseforce-cli-'));
    const bad = join(dir, 'bad.json');
    const scenario = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/small.json'), 'utf8'));
    scenario.leaving.baseHazardPerMonth = 1.5;
    scenario.agency.colour = 'blue';
    writeFileSync(bad, JSON.stringify(scenario));
    const out = join(dir, 'r.json');
    const r = await sim([
      bad,
      '--set',
      'recruitment.noticeLagMonths=-1',
      '--set',
      'no.such.path=1',
      '--out',
      out,
    ]);
    expect(r.code).toBe(1);
    for (const path of [
      'leaving.baseHazardPerMonth',
      'agency.colour',
      'recruitment.noticeLagMonths',
      'no.such.path',
    ]) {
      expect(r.stderr).toContain(`  ${path}: `);
    }
    expect(existsSync(out)).toBe(false);
  });

  it('refuses bad options with a usage message', async () => {
    const r = await sim(['tests/fixtures/small.json', '--runs', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--runs must be a whole number');
  });
});
