/** Inputs for a number-or-distribution parameter: a certainty choice, then the distribution's own values. */
import type { Json, JsonObject } from '../api-types.js';
import { h, uid } from '../dom.js';
import { convertParam, DIST_LABELS, DIST_PARTS, type FieldDef } from './field-def.js';
import { isDistribution } from './json-path.js';
import { numberInput, readNumber } from './number-input.js';

const VALUE_PARTS = new Set(['value', 'min', 'mode', 'max', 'mean', 'median']);
const kindOf = (value: unknown) => (isDistribution(value) ? value.dist : 'number');

export function paramInputs(def: FieldDef, initial: Json | undefined, change: (v: Json | undefined) => void) {
  let value: Json | undefined = initial;
  const selectId = uid('certainty');
  const kinds = Object.keys(DIST_LABELS).filter((k) => k !== 'fixed' || kindOf(initial) === 'fixed');
  const select = h(
    'select',
    { id: selectId, class: 'certainty' },
    kinds.map((k) => h('option', { value: k, selected: k === kindOf(initial) }, DIST_LABELS[k])),
  );
  const parts = h('div', { class: 'param-parts' });
  const drawParts = () => {
    const kind = kindOf(value);
    parts.replaceChildren(
      ...(DIST_PARTS[kind] ?? []).map(([key, label]) => {
        const id = uid('part');
        const current = kind === 'number' ? value : (value as JsonObject | undefined)?.[key];
        // The parameter's range bounds its values, not spreads or shape numbers (sd, alpha, sigma).
        const input = numberInput(id, current, VALUE_PARTS.has(key) ? def : {});
        input.dataset.part = key;
        if (current === undefined && typeof def.defaultValue === 'number' && kind === 'number')
          input.placeholder = `default ${def.defaultValue}`;
        input.addEventListener('input', () => {
          const n = readNumber(input);
          const v = n === undefined ? undefined : Number.isNaN(n) ? null : n;
          if (kind === 'number') value = v;
          else {
            const next = { ...(value as JsonObject) };
            if (v === undefined) delete next[key];
            else next[key] = v;
            value = next;
          }
          change(value);
        });
        return h('div', { class: 'part' }, h('label', { for: id }, label), input);
      }),
    );
  };
  select.addEventListener('change', () => {
    value = convertParam(value ?? def.defaultValue, select.value, def);
    drawParts();
    change(value);
  });
  drawParts();
  return h(
    'div',
    { class: 'param-inputs' },
    h('div', { class: 'part certainty-part' }, h('label', { for: selectId }, 'Certainty'), select),
    parts,
  );
}
