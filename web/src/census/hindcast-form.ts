/** The hindcast settings: council, start and end census years, runs, seed and demand. */
import { field, numberField } from '../analyse/analyse-fields.js';
import type { CouncilItem } from '../census-api.js';
import { h } from '../dom.js';
import { councilSearch } from './council-search.js';
import type { HindcastQuery } from './hindcast-query.js';

export const DEFAULT_HINDCAST_RUNS = 500;

const yearOptions = (select: HTMLSelectElement, years: number[], wanted: number | undefined) => {
  const keep = wanted ?? Number(select.value);
  select.replaceChildren(
    ...years.map((y) => h('option', { value: String(y), selected: y === keep }, `30 September ${y}`)),
  );
};

export function hindcastForm(
  councils: CouncilItem[],
  query: HindcastQuery,
  onSubmit: (query: HindcastQuery) => void,
): HTMLElement {
  const from = h('select', { id: 'hindcast-from' });
  const to = h('select', { id: 'hindcast-to' });
  const runs = numberField('hindcast-runs', query.runs ?? DEFAULT_HINDCAST_RUNS, {
    min: 1,
    max: 5000,
    step: 1,
    inputmode: 'numeric',
  });
  const seed = h('input', {
    id: 'hindcast-seed',
    type: 'text',
    value: query.seed ?? '1',
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const demand = h('input', { id: 'hindcast-demand', type: 'checkbox', checked: query.demand });
  const button = h('button', { type: 'submit', class: 'primary', id: 'hindcast-run' }, 'Run the hindcast');
  let council: CouncilItem | undefined;
  let first = true;

  const fillTo = (wanted?: number) => {
    const start = Number(from.value);
    // Only years after the start, with the wanted end kept even if outside (the server then says why).
    const years = (council?.years ?? []).filter((y) => y > start);
    if (wanted !== undefined && !years.includes(wanted)) years.push(wanted);
    yearOptions(to, years, wanted ?? Math.min(start + 4, years.at(-1) ?? start + 1));
  };
  const search = councilSearch(
    'hindcast',
    councils,
    (picked) => {
      council = picked;
      const years = (picked?.years ?? []).slice(0, -1);
      const wantedFrom = first ? query.from : undefined;
      if (wantedFrom !== undefined && !years.includes(wantedFrom)) years.unshift(wantedFrom);
      const last = picked?.years.at(-1);
      yearOptions(
        from,
        years,
        wantedFrom ?? (last === undefined ? undefined : Math.max(years[0] ?? last, last - 4)),
      );
      fillTo(first ? query.to : undefined);
      first = false;
      button.disabled = !picked;
    },
    query.la,
  );
  from.addEventListener('change', () => fillTo());

  const form = h(
    'form',
    { class: 'hindcast-form', novalidate: true, 'aria-label': 'Hindcast settings' },
    search.element,
    h(
      'div',
      { class: 'tool-fields' },
      field('Start from the census of', 'Rates come only from census years up to here.', from),
      field('Simulate to the census of', 'Later census figures are scored.', to),
      field('Simulated futures (runs)', '500 is plenty; 100 for a quick look.', runs),
      field('Seed', 'Same seed, same numbers.', seed),
    ),
    h(
      'div',
      { class: 'field checkbox' },
      demand,
      h(
        'label',
        { for: demand.id },
        'Also simulate referrals and children’s cases (needs looked-after figures for 31 March of the start year)',
      ),
    ),
    button,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!council) return;
    onSubmit({
      la: council.code,
      from: Number(from.value),
      to: Number(to.value),
      runs: Math.max(1, Math.round(Number(runs.value)) || DEFAULT_HINDCAST_RUNS),
      seed: seed.value.trim() || '1',
      windowYears: query.windowYears,
      demand: demand.checked,
    });
  });
  return form;
}
