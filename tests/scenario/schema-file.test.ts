import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCENARIO_SCHEMA_PATH, scenarioJsonSchema, scenarioJsonSchemaText } from '../../src/write-schema.js';

describe('scenarios/scenario.schema.json', () => {
  it('equals the schema generated from ScenarioSchema now (run `npm run schema` after a schema change)', () => {
    expect(readFileSync(SCENARIO_SCHEMA_PATH, 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('describes the input shape: strict objects, defaulted fields optional, a title for editors', () => {
    const schema = scenarioJsonSchema();
    expect(schema.title).toBe('Caseforce scenario');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['name', 'startMonth', 'horizonMonths']));
    expect(schema.required).not.toContain('sources');
    expect(schema.required).not.toContain('thresholds');
  });
});
