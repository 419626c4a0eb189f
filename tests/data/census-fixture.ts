// Census data for tests: the published workforce file read from the shared data folder.
import { type CensusData, parseCensusData, WORKFORCE_FILE } from '../../src/data/census-data.js';
import { readShared } from './shared-data.js';

let cached: CensusData | undefined;

export function sharedCensusData(): CensusData {
  if (cached) return cached;
  const parsed = parseCensusData({ [WORKFORCE_FILE]: readShared(WORKFORCE_FILE) });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  cached = parsed.value;
  return cached;
}
