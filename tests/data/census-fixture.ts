// Census data for tests: the published workforce and children in need files read from the shared
// data folder.
import { type CensusData, parseCensusData, WORKFORCE_FILE } from '../../src/data/census-data.js';
import { DEMAND_FILES } from '../../src/data/demand-data.js';
import { readShared } from './shared-data.js';

let cached: CensusData | undefined;

export function sharedCensusData(): CensusData {
  if (cached) return cached;
  const names = [WORKFORCE_FILE, ...Object.values(DEMAND_FILES)];
  const parsed = parseCensusData(Object.fromEntries(names.map((name) => [name, readShared(name)])));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  cached = parsed.value;
  return cached;
}
