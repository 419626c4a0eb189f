/**
 * Reads the scenario JSON Schema (GET /api/scenario-schema, generated from the zod schema) to find,
 * for any dotted path, what kind of field it is, its range, default and description.
 */
import type { Json, JsonObject } from '../api-types.js';
import { isObject } from './json-path.js';

export type FieldKind = 'number' | 'param' | 'boolean' | 'month' | 'text' | 'textarea' | 'enum';

export interface FieldFacts {
  kind: FieldKind;
  min?: number;
  max?: number;
  integer?: boolean;
  options?: string[];
  defaultValue?: Json;
  description?: string;
  required?: boolean;
}

export type SchemaNode = JsonObject;

function resolve(node: SchemaNode | undefined, root: SchemaNode): SchemaNode | undefined {
  const ref = node?.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return node;
  let target: unknown = root;
  for (const key of ref.slice(2).split('/')) target = isObject(target) ? target[key] : undefined;
  return isObject(target) ? target : undefined;
}

/** The schema of one child: an object property, a record value or an array item. */
export function childNode(
  node: SchemaNode | undefined,
  key: string,
  root: SchemaNode,
): SchemaNode | undefined {
  const n = resolve(node, root);
  if (!n) return undefined;
  const props = n.properties;
  if (isObject(props) && isObject(props[key])) return resolve(props[key] as SchemaNode, root);
  if (isObject(n.additionalProperties)) return resolve(n.additionalProperties, root);
  if (isObject(n.items) && /^\d+$/.test(key)) return resolve(n.items, root);
  return undefined;
}

export function nodeAt(root: SchemaNode | undefined, path: string): SchemaNode | undefined {
  let node = root;
  for (const key of path.split('.')) node = root && childNode(node, key, root);
  return node;
}

/** A number-or-distribution parameter: anyOf [number, oneOf [{dist: ...}, ...]]. */
export function isParamNode(node: SchemaNode | undefined): boolean {
  const options = node?.anyOf;
  return Array.isArray(options) && options.some((o) => isObject(o) && Array.isArray(o.oneOf));
}

export function isRequired(parent: SchemaNode | undefined, key: string): boolean {
  return Array.isArray(parent?.required) && parent.required.includes(key);
}

/** Facts about a leaf field, or undefined when the node is a container (object, array). */
export function factsOf(node: SchemaNode | undefined): FieldFacts | undefined {
  if (!node) return undefined;
  const base: Pick<FieldFacts, 'defaultValue' | 'description'> = {
    ...(node.default === undefined ? {} : { defaultValue: node.default }),
    ...(typeof node.description === 'string' ? { description: node.description } : {}),
  };
  if (isParamNode(node)) return { kind: 'param', ...base };
  const type = node.type;
  if (type === 'number' || type === 'integer') {
    const min = node.minimum ?? node.exclusiveMinimum;
    const max = node.maximum ?? node.exclusiveMaximum;
    return {
      kind: 'number',
      integer: type === 'integer',
      ...(typeof min === 'number' ? { min } : {}),
      ...(typeof max === 'number' && max < 1e15 ? { max } : {}),
      ...base,
    };
  }
  if (type === 'boolean') return { kind: 'boolean', ...base };
  if (type === 'string') {
    if (Array.isArray(node.enum)) return { kind: 'enum', options: node.enum.map(String), ...base };
    if (typeof node.pattern === 'string' && node.pattern.includes('0[1-9]|1[0-2]'))
      return { kind: 'month', ...base };
    const long = typeof node.maxLength === 'number' && node.maxLength > 500;
    return { kind: long ? 'textarea' : 'text', ...base };
  }
  return undefined;
}
