/** /api/scenarios: shipped scenario files (read-only) and scenarios saved by users. */
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import { parseScenario } from '../scenario/parse-scenario.js';
import { hashScenario } from '../scenario/scenario-hash.js';
import { ScenarioSchema } from '../scenario/scenario-schema.js';
import {
  deleteScenario,
  findScenarioById,
  insertScenario,
  listScenarios,
  type ScenarioWrite,
  updateScenario,
} from '../store/scenario-repository.js';
import type { AppDeps } from './app-deps.js';
import { invalidInput, notFound, ProblemError } from './problem.js';
import { readJsonBody } from './read-json-body.js';
import { SCENARIO_ID_PATTERN } from './request-limits.js';
import type { ShippedScenario } from './shipped-scenarios.js';

const shippedToJson = (s: ShippedScenario, withScenario: boolean) => ({
  id: s.id,
  name: s.name,
  description: s.description,
  shipped: true,
  hash: s.hash,
  createdAt: null,
  updatedAt: null,
  ...(withScenario ? { scenario: s.scenario } : {}),
});

function checkId(id: string): string {
  if (!SCENARIO_ID_PATTERN.test(id)) {
    throw invalidInput([{ path: 'id', message: 'is not a scenario id (letters, digits, "-" and "_")' }]);
  }
  return id;
}

async function readScenarioWrite(body: unknown): Promise<ScenarioWrite> {
  const parsed = parseScenario(body);
  if (!parsed.ok) throw invalidInput(parsed.error);
  const { name, description } = parsed.value;
  return { name, description, hash: hashScenario(parsed.value), scenario: body };
}

export function scenarioRoutes(deps: AppDeps): Hono {
  const { db, shipped } = deps;
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? randomUUID;
  const readOnly = (id: string) =>
    new ProblemError(
      'read-only',
      `"${id}" is a shipped scenario; save a copy with POST /api/scenarios instead.`,
    );
  let jsonSchema: unknown;

  return new Hono()
    .get('/scenario-schema', (c) => {
      jsonSchema ??= z.toJSONSchema(ScenarioSchema, { io: 'input' });
      return c.json(jsonSchema);
    })
    .get('/scenarios', async (c) => {
      const saved = (await listScenarios(db)).map((s) => ({ ...s, shipped: false }));
      return c.json({ items: [...[...shipped.values()].map((s) => shippedToJson(s, false)), ...saved] });
    })
    .get('/scenarios/:id', async (c) => {
      const id = checkId(c.req.param('id'));
      const file = shipped.get(id);
      if (file) return c.json(shippedToJson(file, true));
      const saved = await findScenarioById(db, id);
      if (!saved) throw notFound(`Scenario "${id}"`);
      return c.json({ ...saved, shipped: false });
    })
    .post('/scenarios', async (c) => {
      const write = await readScenarioWrite(await readJsonBody(c));
      const saved = await insertScenario(db, newId(), write, now());
      c.header('Location', `/api/scenarios/${saved.id}`);
      return c.json({ ...saved, shipped: false }, 201);
    })
    .put('/scenarios/:id', async (c) => {
      const id = checkId(c.req.param('id'));
      if (shipped.has(id)) throw readOnly(id);
      const write = await readScenarioWrite(await readJsonBody(c));
      const saved = await updateScenario(db, id, write, now());
      if (!saved) throw notFound(`Scenario "${id}"`);
      return c.json({ ...saved, shipped: false });
    })
    .delete('/scenarios/:id', async (c) => {
      const id = checkId(c.req.param('id'));
      if (shipped.has(id)) throw readOnly(id);
      if (!(await deleteScenario(db, id))) throw notFound(`Scenario "${id}"`);
      return c.body(null, 204);
    });
}
