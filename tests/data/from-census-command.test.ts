import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { fromCensusCommand } from '../../src/cli/from-census-command.js';
import { parseScenario } from '../../src/scenario/parse-scenario.js';

let dir: string;
let stderr: MockInstance;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'caseforce-census-'));
  stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => {
  stderr.mockRestore();
  rmSync(dir, { recursive: true, force: true });
});

describe('fromCensusCommand', () => {
  it('writes a valid scenario for a council and year from the shipped data', async () => {
    const out = join(dir, 'hull.json');
    expect(
      await fromCensusCommand(['--la', 'E06000010', '--year', '2021', '--window', '2018-2021', '--out', out]),
    ).toBe(0);
    const parsed = parseScenario(JSON.parse(readFileSync(out, 'utf8')));
    expect(parsed.ok && parsed.value.name).toBe('Kingston upon Hull, City of from the 2021 census');
    expect(String(stderr.mock.calls.flat().join(''))).toContain('vacancies look like a lower bound');
  });

  it('explains a council-year that cannot be built and writes nothing', async () => {
    const out = join(dir, 'none.json');
    expect(await fromCensusCommand(['--la', 'Cumberland', '--year', '2019', '--out', out])).toBe(1);
    expect(String(stderr.mock.calls.flat().join(''))).toContain('has no workforce census for 2019');
    expect(() => readFileSync(out)).toThrow();
  });
});
