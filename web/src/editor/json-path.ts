/** Reading and writing scenario JSON by dotted path (`recruitment.nqIntakes.0.places`), as the API names fields. */
import type { Json, JsonObject } from '../api-types.js';

export const isObject = (v: unknown): v is JsonObject =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
export const isDistribution = (v: unknown): v is JsonObject & { dist: string } =>
  isObject(v) && typeof v.dist === 'string';

export function getAt(root: unknown, path: string): Json | undefined {
  let node: unknown = root;
  for (const key of path.split('.')) {
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isObject(node)) node = node[key];
    else return undefined;
  }
  return node as Json | undefined;
}

/** Sets (or with `undefined` removes) the value at path, creating objects on the way. */
export function setAt(root: JsonObject, path: string, value: Json | undefined): void {
  const keys = path.split('.');
  let node: Json = root;
  for (const [i, key] of keys.entries()) {
    const last = i === keys.length - 1;
    const container = node as JsonObject | Json[];
    const slot = Array.isArray(container) ? Number(key) : key;
    if (last) {
      if (value === undefined) {
        if (Array.isArray(container)) container.splice(slot as number, 1);
        else delete container[key];
      } else (container as Record<string | number, Json>)[slot] = value;
      return;
    }
    let next = (container as Record<string | number, Json>)[slot];
    if (next === undefined || next === null || typeof next !== 'object') {
      next = {};
      (container as Record<string | number, Json>)[slot] = next;
    }
    node = next;
  }
}

export const clone = <T>(value: T): T => structuredClone(value);

/** Concrete paths of a pattern with `*` for any array index or object key present in root. */
export function expandPath(root: unknown, pattern: string): string[] {
  const parts = pattern.split('.');
  let paths: string[] = [''];
  for (const part of parts) {
    const next: string[] = [];
    for (const prefix of paths) {
      const join = (k: string) => (prefix ? `${prefix}.${k}` : k);
      if (part !== '*') {
        next.push(join(part));
        continue;
      }
      const node = prefix ? getAt(root, prefix) : root;
      if (Array.isArray(node)) for (let i = 0; i < node.length; i++) next.push(join(String(i)));
      else if (isObject(node)) for (const k of Object.keys(node)) next.push(join(k));
    }
    paths = next;
  }
  return paths;
}

/** Stable text of a JSON value (object keys sorted), for equality. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
