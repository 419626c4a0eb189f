/**
 * Every other setting of a group, found by walking the scenario and the JSON Schema together, so
 * groups colleagues add to the schema (demand, money...) are editable without changes here.
 */
import type { Json, JsonObject } from '../api-types.js';
import type { FieldDef } from './field-def.js';
import { humaniseKey, itemName, unitFromKey } from './humanise.js';
import { isDistribution, isObject } from './json-path.js';
import { childNode, factsOf, isRequired, type SchemaNode } from './schema-node.js';

export interface FieldSection {
  /** e.g. 'Leaving › Destinations'. */
  heading: string;
  defs: FieldDef[];
}

const MAX_FIELDS = 400;

export function genericSections(
  draft: JsonObject,
  schema: SchemaNode | undefined,
  keys: string[],
  covered: Set<string>,
): FieldSection[] {
  const sections = new Map<string, FieldSection>();
  let total = 0;
  const add = (heading: string, def: FieldDef) => {
    if (covered.has(def.path) || total >= MAX_FIELDS) return;
    total++;
    const section = sections.get(heading) ?? { heading, defs: [] };
    section.defs.push(def);
    sections.set(heading, section);
  };
  const walk = (
    node: SchemaNode | undefined,
    parent: SchemaNode | undefined,
    value: Json | undefined,
    path: string,
    key: string,
    heading: string,
  ) => {
    const facts = factsOf(node);
    const leafValue =
      value !== undefined && (typeof value !== 'object' || value === null || isDistribution(value));
    if (facts || leafValue) {
      const kind =
        facts?.kind ??
        (isDistribution(value)
          ? 'param'
          : typeof value === 'boolean'
            ? 'boolean'
            : typeof value === 'string'
              ? 'text'
              : 'number');
      const def: FieldDef = {
        path,
        label: humaniseKey(key),
        kind,
        unit:
          unitFromKey(key) ||
          (facts?.min !== undefined && facts.max !== undefined ? `${facts.min} to ${facts.max}` : ''),
        explainer: facts?.description ?? '',
        ...(facts?.min === undefined ? {} : { min: facts.min }),
        ...(facts?.max === undefined ? {} : { max: facts.max }),
        ...(facts?.integer ? { integer: true } : {}),
        ...(facts?.options ? { options: facts.options } : {}),
        ...(facts?.defaultValue === undefined ? {} : { defaultValue: facts.defaultValue }),
        ...(/PerMonth$/.test(key) && /hazard|probability/i.test(key) ? { perMonth: true } : {}),
      };
      if (
        value !== undefined ||
        isRequired(parent, key) ||
        facts?.defaultValue !== undefined ||
        kind !== 'text'
      )
        add(heading, def);
      return;
    }
    if (Array.isArray(value)) {
      if (value.some((v) => !isObject(v))) return; // lists of names (routes, grades) are edited in the JSON file
      for (const [i, item] of value.entries()) {
        const key = String(i);
        walk(
          childNode(node, key, schemaRoot),
          node,
          item,
          `${path}.${i}`,
          key,
          `${heading} › ${itemName(key, item)}`,
        );
      }
      return;
    }
    const own = isObject(value) ? Object.keys(value) : [];
    const props = isObject(node?.properties) ? Object.keys(node.properties) : [];
    const isRecord = !props.length && isObject(node?.additionalProperties);
    for (const k of [...new Set([...own, ...props])]) {
      const child = isObject(value) ? value[k] : undefined;
      const sub = isRecord ? `${heading} › ${itemName(k, child)}` : heading;
      walk(
        childNode(node, k, schemaRoot),
        node,
        child,
        `${path}.${k}`,
        k,
        isObject(child) && !isDistribution(child) && !isRecord ? `${heading} › ${humaniseKey(k)}` : sub,
      );
    }
  };
  const schemaRoot: SchemaNode = schema ?? {};
  for (const key of keys) {
    const node = childNode(schema, key, schemaRoot);
    if (draft[key] === undefined && !node) continue;
    walk(node, schema, draft[key], key, key, humaniseKey(key));
  }
  return [...sections.values()];
}
