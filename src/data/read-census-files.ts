// SHELL: reads the DfE files shipped in src/data/dfe and parses them once per process. The only
// file in src/data that touches the file system; everything else there is pure.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Result } from '../scenario/field-problem.js';
import { type CensusData, parseCensusData, WORKFORCE_FILE } from './census-data.js';
import { DEMAND_FILES } from './demand-data.js';

export const SHIPPED_DATA_DIR = resolve(import.meta.dirname, 'dfe');

/** Reads the named files from `dir` (default: the shipped copies) and parses them. */
export function readCensusData(dir: string = SHIPPED_DATA_DIR): Result<CensusData> {
  const files: Record<string, string> = {};
  for (const name of [WORKFORCE_FILE, ...Object.values(DEMAND_FILES)])
    files[name] = readFileSync(resolve(dir, name), 'utf8');
  return parseCensusData(files);
}

let shipped: CensusData | undefined;

/** The shipped data, parsed on first use; a parse failure of the shipped files is a bug and throws. */
export function shippedCensusData(): CensusData {
  if (shipped) return shipped;
  const parsed = readCensusData();
  if (!parsed.ok) {
    throw new Error(
      `the shipped DfE files do not parse: ${parsed.error.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
    );
  }
  shipped = parsed.value;
  return shipped;
}
