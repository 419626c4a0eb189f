/**
 * Shell script (`npm run schema`): writes scenarios/scenario.schema.json from the one zod scenario
 * schema, so editors can check and complete scenario files. Input shape: fields with defaults are
 * optional. Checks zod cannot express in JSON Schema (ranges of distributions, cross-field rules)
 * are left to `parseScenario`.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { ScenarioSchema } from './scenario/scenario-schema.js';

export const SCENARIO_SCHEMA_PATH = fileURLToPath(
  new URL('../scenarios/scenario.schema.json', import.meta.url),
);

/** The JSON Schema of a scenario file's input, with a title for editors. */
export function scenarioJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(ScenarioSchema, { io: 'input', unrepresentable: 'any' });
  return {
    $schema,
    title: 'Caseforce scenario',
    description:
      'A Caseforce workforce and caseload scenario (see MODEL.md). Generated from src/scenario/scenario-schema.ts by npm run schema; do not edit by hand.',
    ...rest,
  };
}

/** The file's exact text: two-space JSON with a trailing newline. */
export const scenarioJsonSchemaText = (): string => `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;

const isMain =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  writeFileSync(SCENARIO_SCHEMA_PATH, scenarioJsonSchemaText());
  process.stdout.write(`wrote ${SCENARIO_SCHEMA_PATH}\n`);
}
