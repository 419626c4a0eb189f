import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('defaults to localhost:8787 and ./data/caseforce.sqlite with no token', () => {
    const config = loadConfig({});
    expect(config.ok && config.value).toMatchObject({
      host: '127.0.0.1',
      port: 8787,
      databaseFile: './data/caseforce.sqlite',
      token: undefined,
      maxRunsPerRequest: 100_000,
      maxMonths: 120,
      bodyLimitBytes: 1_048_576,
    });
  });

  it('reads the environment and treats empty values as unset', () => {
    const config = loadConfig({
      PORT: '0',
      HOST: '0.0.0.0',
      CASEFORCE_TOKEN: '',
      CASEFORCE_MAX_QUEUED_RUNS: '3',
    });
    expect(config.ok && config.value).toMatchObject({
      port: 0,
      host: '0.0.0.0',
      token: undefined,
      maxQueuedRuns: 3,
    });
  });

  it('names every bad setting', () => {
    const config = loadConfig({ PORT: 'eighty', CASEFORCE_TOKEN: 'short', CASEFORCE_MAX_MONTHS: '500' });
    expect(config.ok).toBe(false);
    if (!config.ok) {
      expect(config.error.join('\n')).toMatch(/PORT/);
      expect(config.error.join('\n')).toMatch(/CASEFORCE_TOKEN/);
      expect(config.error.join('\n')).toMatch(/CASEFORCE_MAX_MONTHS/);
    }
  });
});
