/** Runs, seed and months for a run, and the Run button. Its fields register for API errors too. */
import { h, liveStatus, uid } from '../dom.js';
import type { FieldRegistry } from '../editor/field-registry.js';
import { fieldDomId } from '../editor/field-registry.js';

export interface RunSettings {
  runs: number;
  seed: string;
  months: number;
}

export interface RunForm {
  element: HTMLElement;
  status: HTMLElement;
  button: HTMLButtonElement;
  read(): RunSettings;
  setMonths(months: number): void;
  register(registry: FieldRegistry): void;
}

function row(path: string, label: string, hint: string, input: HTMLInputElement) {
  const hintId = uid('hint');
  const error = h('p', { class: 'field-error', id: uid('error'), hidden: true });
  input.setAttribute('aria-describedby', `${hintId} ${error.id}`);
  const container = h(
    'div',
    { class: 'field', id: fieldDomId(path), 'data-path': path },
    h('label', { for: input.id }, label),
    h('p', { class: 'explainer', id: hintId }, hint),
    error,
    input,
  );
  return { container, error, input };
}

export function runForm(onRun: () => void, onMonths: (months: number) => void): RunForm {
  const runs = row(
    'runs',
    'Simulated futures (runs)',
    'More runs give smoother bands but take longer; 1,000 is usually enough, 200 for a quick look.',
    h('input', {
      id: uid('runs'),
      type: 'number',
      min: 1,
      max: 100000,
      step: 1,
      value: '1000',
      inputmode: 'numeric',
    }),
  );
  const seed = row(
    'seed',
    'Seed',
    'The same seed, scenario and runs always give the same numbers. Use the same seed to compare options.',
    h('input', { id: uid('seed'), type: 'text', value: '1', autocomplete: 'off', spellcheck: 'false' }),
  );
  const months = row(
    'horizonMonths',
    'Months to simulate',
    'How far ahead from the first month, 1 to 120 (60 = five financial years).',
    h('input', {
      id: uid('months'),
      type: 'number',
      min: 1,
      max: 120,
      step: 1,
      value: '60',
      inputmode: 'numeric',
    }),
  );
  months.input.addEventListener('input', () => onMonths(Number(months.input.value)));
  const button = h('button', { type: 'submit', class: 'primary', id: 'run-button' }, 'Run simulation');
  const status = liveStatus();
  const form = h(
    'form',
    { class: 'run-form', novalidate: true, 'aria-label': 'Run settings' },
    runs.container,
    seed.container,
    months.container,
    button,
    status,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onRun();
  });
  const handle = (path: string, r: ReturnType<typeof row>) => ({
    path,
    focusTarget: r.input,
    showError(message: string) {
      r.error.textContent = message;
      r.error.hidden = false;
      r.input.setAttribute('aria-invalid', 'true');
    },
    clearError() {
      r.error.hidden = true;
      r.input.removeAttribute('aria-invalid');
    },
  });
  return {
    element: form,
    status,
    button,
    read: () => ({
      runs: Number(runs.input.value),
      seed: seed.input.value.trim(),
      months: Number(months.input.value),
    }),
    setMonths: (m) => {
      months.input.value = String(m);
    },
    register(registry) {
      registry.add(handle('run.runs', runs));
      registry.add(handle('run.seed', seed));
      registry.add(handle('horizonMonths', months));
    },
  };
}
