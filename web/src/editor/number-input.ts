/** A number input that tells empty (undefined) from not-a-number (NaN). */
import { h } from '../dom.js';
import type { FieldDef } from './field-def.js';

/** Reads a number input: a number, undefined when empty, NaN when it is not a number. */
export function readNumber(input: HTMLInputElement): number | undefined {
  if (input.validity.badInput) return Number.NaN;
  return input.value.trim() === '' ? undefined : Number(input.value);
}

export function numberInput(id: string, value: unknown, def: Pick<FieldDef, 'min' | 'max' | 'integer'>) {
  return h('input', {
    id,
    type: 'number',
    inputmode: 'decimal',
    step: def.integer ? 1 : 'any',
    min: def.min,
    max: def.max,
    value: typeof value === 'number' ? String(value) : '',
  });
}
