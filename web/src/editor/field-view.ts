/** One editable setting: label, unit, explainer, error line and input(s); registers itself for errors. */
import type { Json } from '../api-types.js';
import { h, uid } from '../dom.js';
import { derivedText, type FieldDef, type OnFieldChange } from './field-def.js';
import { type FieldHandle, type FieldRegistry, fieldDomId } from './field-registry.js';
import { numberInput, readNumber } from './number-input.js';
import { paramInputs } from './param-inputs.js';

function rangeText(def: FieldDef): string {
  if (def.unit) return def.unit;
  if (def.min !== undefined && def.max !== undefined) return `${def.min} to ${def.max}`;
  if (def.min !== undefined) return `at least ${def.min}`;
  return '';
}

function singleInput(
  def: FieldDef,
  id: string,
  value: Json | undefined,
  change: (v: Json | undefined) => void,
) {
  if (def.kind === 'boolean') {
    const box = h('input', { id, type: 'checkbox', checked: value === true });
    box.addEventListener('change', () => change(box.checked));
    return box;
  }
  if (def.kind === 'enum') {
    const select = h(
      'select',
      { id },
      (def.options ?? []).map((o) => h('option', { value: o, selected: o === value }, o.replace(/_/g, ' '))),
    );
    select.addEventListener('change', () => change(select.value));
    return select;
  }
  if (def.kind === 'textarea') {
    const area = h('textarea', { id, rows: 3 }, typeof value === 'string' ? value : '');
    area.addEventListener('input', () => change(area.value));
    return area;
  }
  if (def.kind === 'text' || def.kind === 'month') {
    const text = h('input', {
      id,
      type: 'text',
      value: typeof value === 'string' ? value : '',
      placeholder: def.kind === 'month' ? 'YYYY-MM' : undefined,
      autocomplete: 'off',
      spellcheck: def.kind === 'text' ? 'true' : 'false',
    });
    text.addEventListener('input', () => change(text.value === '' ? undefined : text.value));
    return text;
  }
  const input = numberInput(id, value, def);
  if (value === undefined && typeof def.defaultValue === 'number')
    input.placeholder = `default ${def.defaultValue}`;
  input.addEventListener('input', () => {
    const n = readNumber(input);
    change(n === undefined ? undefined : Number.isNaN(n) ? null : n);
  });
  return input;
}

export function fieldView(
  def: FieldDef,
  value: Json | undefined,
  onChange: OnFieldChange,
  registry: FieldRegistry,
) {
  const hintId = uid('hint');
  const errorId = uid('error');
  const error = h('p', { class: 'field-error', id: errorId, hidden: true });
  const derived = h('p', { class: 'derived', 'aria-live': 'off' }, derivedText(def, value));
  const explainer = def.explainer ? h('p', { class: 'explainer', id: hintId }, def.explainer) : null;
  const unit = rangeText(def);
  const labelText = [def.label, unit ? h('span', { class: 'unit' }, ` (${unit})`) : null];
  const change = (v: Json | undefined) => {
    derived.textContent = derivedText(def, v);
    onChange(def.path, v);
  };
  const isParam = def.kind === 'param';
  const inputId = uid('input');
  const control = isParam ? paramInputs(def, value, change) : singleInput(def, inputId, value, change);
  const container = h(
    isParam ? 'fieldset' : 'div',
    { class: `field field-${def.kind}`, id: fieldDomId(def.path), 'data-path': def.path },
    isParam
      ? h('legend', {}, labelText)
      : def.kind === 'boolean'
        ? null
        : h('label', { for: inputId }, labelText),
    explainer,
    error,
    def.kind === 'boolean'
      ? h('div', { class: 'checkbox' }, control, h('label', { for: inputId }, def.label))
      : control,
    derived,
  );
  const inputs = () => [...container.querySelectorAll<HTMLElement>('input, select, textarea')];
  for (const el of inputs())
    el.setAttribute('aria-describedby', [explainer ? hintId : '', errorId].join(' ').trim());
  const handle: FieldHandle = {
    path: def.path,
    focusTarget: container.querySelector('input[type=number], input, select, textarea') ?? container,
    showError(message) {
      error.textContent = message;
      error.hidden = false;
      container.classList.add('has-error');
      for (const el of inputs()) el.setAttribute('aria-invalid', 'true');
      container.closest('details')?.setAttribute('open', '');
    },
    clearError() {
      error.hidden = true;
      error.textContent = '';
      container.classList.remove('has-error');
      for (const el of inputs()) el.removeAttribute('aria-invalid');
    },
  };
  registry.add(handle);
  return container;
}
