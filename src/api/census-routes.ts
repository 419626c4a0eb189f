/**
 * /api/census: the councils in the shipped DfE workforce census, and a scenario built from a
 * council's census year (the same builder as `npm run sim -- from-census`). The data are parsed
 * from src/data/dfe on first use unless a test passes its own.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { CensusData } from '../data/census-data.js';
import { censusYears, councilWorkforce } from '../data/census-data.js';
import { parseWindow, scenarioFromCensus } from '../data/census-scenario.js';
import { shippedCensusData } from '../data/read-census-files.js';
import { invalidInput } from './problem.js';
import { readJsonBody } from './read-json-body.js';
import { zodProblems } from './zod-problems.js';

const year = z.int({ error: 'must be a census year such as 2021' }).min(2000).max(2100);

const CensusScenarioRequestSchema = z.strictObject(
  {
    la: z
      .string({ error: 'must be a council: ONS code, DfE LA number or name' })
      .trim()
      .min(1, { error: 'must be a council: ONS code, DfE LA number or name' })
      .max(120),
    year,
    window: z
      .union([z.string().max(20), z.strictObject({ from: year, to: year })], {
        error: 'must be "2018-2021" or {"from": 2018, "to": 2021}',
      })
      .optional(),
    horizonMonths: z
      .int({ error: 'must be a whole number of months from 1 to 120' })
      .min(1)
      .max(120)
      .optional(),
    demand: z.boolean({ error: 'must be true or false' }).optional(),
  },
  { error: 'must be a JSON object such as {"la": "E06000010", "year": 2021}' },
);

export interface CensusRouteOptions {
  /** The census data; default the shipped files, parsed on first use. */
  data?: () => CensusData;
}

export function censusRoutes(options: CensusRouteOptions = {}): Hono {
  const data = options.data ?? shippedCensusData;
  return new Hono()
    .get('/census/councils', (c) => {
      const d = data();
      return c.json({
        items: d.index.councils.map((council) => ({
          code: council.code,
          laNumber: council.laNumber,
          name: council.name,
          region: council.region,
          codes: council.codes,
          years: censusYears(councilWorkforce(d, council)),
        })),
      });
    })
    .post('/census/scenario', async (c) => {
      const body = CensusScenarioRequestSchema.safeParse(await readJsonBody(c));
      if (!body.success) throw invalidInput(zodProblems(body.error));
      const { la, window, horizonMonths, demand } = body.data;
      let parsedWindow: { from: number; to: number } | undefined;
      if (typeof window === 'string') {
        const w = parseWindow(window);
        if (!w.ok) throw invalidInput(w.error);
        parsedWindow = w.value;
      } else parsedWindow = window;
      const built = scenarioFromCensus(data(), {
        la,
        year: body.data.year,
        window: parsedWindow,
        horizonMonths,
        demand,
      });
      if (!built.ok) throw invalidInput(built.error);
      const { council, window: used, warnings, input } = built.value;
      return c.json({
        council: {
          code: council.code,
          laNumber: council.laNumber,
          name: council.name,
          region: council.region,
        },
        year: built.value.year,
        window: used,
        warnings,
        scenario: input,
      });
    });
}
