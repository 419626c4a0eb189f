/** Scenario files shipped in scenarios/*.json, read once at start; the id is the file stem. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario } from '../scenario/parse-scenario.js';
import { hashScenario } from '../scenario/scenario-hash.js';

export interface ShippedScenario {
  id: string;
  name: string;
  description: string;
  hash: string;
  /** The file's content. */
  scenario: unknown;
}

export type ShippedScenarios = ReadonlyMap<string, ShippedScenario>;

/** Loads every valid scenario file in `dir`; invalid ones are reported through `warn` and skipped. */
export function loadShippedScenarios(
  dir: string,
  warn: (message: string) => void = () => {},
): ShippedScenarios {
  const found = new Map<string, ShippedScenario>();
  if (!existsSync(dir)) return found;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .sort();
  for (const file of files) {
    const id = file.slice(0, -'.json'.length);
    let input: unknown;
    try {
      input = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (error) {
      warn(`scenarios/${file} is not valid JSON and is not offered: ${String(error)}`);
      continue;
    }
    const parsed = parseScenario(input);
    if (!parsed.ok) {
      const problems = parsed.error.map((p) => `${p.path}: ${p.message}`).join('; ');
      warn(`scenarios/${file} is not a valid scenario and is not offered: ${problems}`);
      continue;
    }
    const { name, description } = parsed.value;
    found.set(id, { id, name, description, hash: hashScenario(parsed.value), scenario: input });
  }
  return found;
}
