import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse-scenario.js';
import type { Scenario } from '../../src/scenario/scenario-schema.js';

const DIR = new URL('../../scenarios/', import.meta.url);
const SCHEMA_FILE = 'scenario.schema.json';
const BASELINE = 'hull-baseline.json';

/** Each Hull variant and the top-level groups it may change besides name, description and sources. */
const VARIANTS: Record<string, readonly (keyof Scenario)[]> = {
  'hull-step-up.json': ['pipelines'],
  'hull-retention-offer.json': ['retentionOffers'],
  'hull-nq-academy.json': ['recruitment', 'money'],
};

/** Citation forms of the `sources` convention (README): where a number comes from. */
const CITATION = /^(figures\.md |data\/dfe\/|seeds\/|MODEL\.md |assumption)/;

const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && f !== SCHEMA_FILE)
  .sort();
const readRaw = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(file, DIR), 'utf8')) as Record<string, unknown>;

function parsed(file: string): Scenario {
  const result = parseScenario(readRaw(file));
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.error)}`);
  return result.value;
}

const isDistribution = (v: unknown): boolean =>
  v !== null && typeof v === 'object' && typeof (v as { dist?: unknown }).dist === 'string';

/** Dotted paths of every number in the raw file; a distribution object is one leaf at its own path. */
function numericLeaves(node: unknown, path = ''): string[] {
  if (typeof node === 'number' || isDistribution(node)) return [path];
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, child]) =>
    path === '' && key === 'sources' ? [] : numericLeaves(child, path ? `${path}.${key}` : key),
  );
}

/** True when `path` names a field (or array element) present in the raw file. */
function exists(root: unknown, path: string): boolean {
  let node = root;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return true;
}

const covers = (key: string, path: string) => path === key || path.startsWith(`${key}.`);

describe('scenarios/*.json', () => {
  it('ships the baseline and every listed variant', () => {
    expect(files).toContain(BASELINE);
    for (const variant of Object.keys(VARIANTS)) expect(files).toContain(variant);
    const unlisted = files.filter((f) => f.startsWith('hull-') && f !== BASELINE && !(f in VARIANTS));
    expect(unlisted, 'add new Hull variants to VARIANTS with the groups they change').toEqual([]);
  });

  describe.each(files)('%s', (file) => {
    const raw = readRaw(file);
    const sources = (raw.sources ?? {}) as Record<string, string>;

    it('parses with parseScenario', () => {
      const result = parseScenario(raw);
      expect(result.ok ? [] : result.error).toEqual([]);
    });

    it('cites a source for every numeric leaf (its path or a prefix of it)', () => {
      const leaves = numericLeaves(raw);
      expect(leaves.length).toBeGreaterThan(0);
      const uncited = leaves.filter((leaf) => !Object.keys(sources).some((key) => covers(key, leaf)));
      expect(uncited).toEqual([]);
    });

    it('names only fields that exist, in one of the citation forms', () => {
      expect(Object.keys(sources).filter((key) => !exists(raw, key))).toEqual([]);
      expect(Object.entries(sources).filter(([, text]) => !CITATION.test(text))).toEqual([]);
      const unranged = Object.entries(sources).filter(
        ([, text]) => text.startsWith('assumption') && !/\(range\b/.test(text),
      );
      expect(unranged).toEqual([]);
    });
  });

  describe.each(Object.entries(VARIANTS))('%s', (file, groups) => {
    const strip = (s: Scenario, also: readonly string[]) => {
      const copy: Record<string, unknown> = { ...s };
      for (const key of ['name', 'description', 'sources', ...also]) delete copy[key];
      return copy;
    };

    it(`differs from ${BASELINE} only in ${groups.join(', ')}`, () => {
      expect(strip(parsed(file), groups)).toEqual(strip(parsed(BASELINE), groups));
    });

    it('changes each group it names, and has its own name and description', () => {
      const variant = parsed(file);
      const baseline = parsed(BASELINE);
      for (const group of groups) expect(variant[group]).not.toEqual(baseline[group]);
      expect(variant.name).not.toBe(baseline.name);
      expect(variant.description).not.toBe(baseline.description);
    });

    it('keeps every baseline source and cites the groups it changes', () => {
      const variant = parsed(file);
      const baseline = parsed(BASELINE);
      for (const key of Object.keys(baseline.sources)) expect(variant.sources).toHaveProperty([key]);
      for (const group of groups) {
        const own = Object.keys(variant.sources).filter(
          (key) => covers(group, key) && variant.sources[key] !== baseline.sources[key],
        );
        expect(own.length, `${file} should cite its own ${group}`).toBeGreaterThan(0);
      }
    });
  });
});
