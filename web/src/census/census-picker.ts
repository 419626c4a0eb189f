/**
 * "Start from my council's census" on the home page: choose a council, a census year, the years the
 * rates come from and whether to simulate demand, then build the scenario (POST /api/census/scenario),
 * show where its numbers came from and its data caveats, and hand it to the editor.
 */
import { ApiError } from '../api-client.js';
import { type CensusScenarioAnswer, type CouncilItem, censusApi, windowFor } from '../census-api.js';
import { h, liveStatus } from '../dom.js';
import { hindcastPath } from '../router.js';
import { councilSearch } from './council-search.js';

const WINDOW_CHOICES = [1, 2, 3, 4, 5, 6];
const DEFAULT_WINDOW = 4;

/** `onBuilt` opens the scenario in the editor; false when the user kept their unsaved changes. */
export function censusPicker(onBuilt: (answer: CensusScenarioAnswer) => boolean): HTMLElement {
  const body = h('div', { class: 'census-picker-body' }, h('p', { class: 'loading' }, 'Loading councils…'));
  const details = h(
    'details',
    { class: 'census-picker', id: 'census-picker' },
    h('summary', {}, 'Start from my council’s census'),
    h(
      'p',
      { class: 'hint' },
      'Builds a scenario from the DfE children’s social work workforce census: your council’s case-holding workforce at 30 September of a census year, with leaving, recruitment, agency and absence rates from the census years up to it.',
    ),
    body,
  );
  let started = false;
  details.addEventListener('toggle', () => {
    if (!details.open || started) return;
    started = true;
    censusApi.councils().then(
      (councils) => body.replaceChildren(...pickerForm(councils, onBuilt)),
      (error: unknown) => {
        started = false;
        body.replaceChildren(
          h('p', { class: 'error', role: 'alert' }, `Could not load the councils: ${String(error)}`),
        );
      },
    );
  });
  return details;
}

function pickerForm(
  councils: CouncilItem[],
  onBuilt: (answer: CensusScenarioAnswer) => boolean,
): HTMLElement[] {
  const year = h('select', { id: 'census-year' });
  const window = h('select', { id: 'census-window' });
  const demand = h('input', { id: 'census-demand', type: 'checkbox' });
  const button = h('button', { type: 'submit', class: 'secondary', id: 'census-build' }, 'Build scenario');
  const status = liveStatus();
  const output = h('div', { class: 'census-output' });
  let council: CouncilItem | undefined;

  const fillWindows = () => {
    const y = Number(year.value);
    const keep = window.value || String(DEFAULT_WINDOW);
    window.replaceChildren(
      ...(council
        ? WINDOW_CHOICES.map((n) => {
            const w = windowFor(council!, y, n);
            const span = w.from === w.to ? `${w.to} only` : `${w.from} to ${w.to}`;
            return h('option', { value: String(n), selected: String(n) === keep }, `Census years ${span}`);
          })
        : []),
    );
  };
  const search = councilSearch('census', councils, (picked) => {
    council = picked;
    const years = picked ? [...picked.years].reverse() : [];
    const keep = year.value;
    year.replaceChildren(
      ...years.map((y) =>
        h('option', { value: String(y), selected: String(y) === keep }, `30 September ${y}`),
      ),
    );
    fillWindows();
    button.disabled = !picked;
  });
  year.addEventListener('change', fillWindows);

  const form = h(
    'form',
    { class: 'census-form', novalidate: true, 'aria-label': 'Build a scenario from the census' },
    search.element,
    h(
      'div',
      { class: 'tool-fields' },
      h('div', { class: 'field' }, h('label', { for: year.id }, 'Start from the census of'), year),
      h('div', { class: 'field' }, h('label', { for: window.id }, 'Take the rates from'), window),
    ),
    h(
      'div',
      { class: 'field checkbox' },
      demand,
      h(
        'label',
        { for: demand.id },
        'Also simulate referrals and children’s cases (children in need tables; needs looked-after figures for 31 March of the start year)',
      ),
    ),
    button,
    status,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!council) return;
    button.disabled = true;
    status.textContent = `Building the scenario for ${council.name}…`;
    output.replaceChildren();
    try {
      const y = Number(year.value);
      const answer = await censusApi.scenario({
        la: council.code,
        year: y,
        window: windowFor(council, y, Number(window.value) || DEFAULT_WINDOW),
        ...(demand.checked ? { demand: true } : {}),
      });
      const opened = onBuilt(answer);
      status.textContent = opened
        ? `Built “${String(answer.scenario.name)}” and opened it in the editor below: change levers, run it or save it.`
        : 'Built, but not opened: your unsaved changes were kept.';
      output.replaceChildren(provenance(answer, council));
    } catch (error) {
      status.textContent = 'The scenario could not be built.';
      output.replaceChildren(problemList(error));
    } finally {
      button.disabled = false;
    }
  });
  return [form, output];
}

/** A hindcast of the four years to the start year, or from it when it is the council's first census. */
function hindcastLink(council: CouncilItem, year: number): HTMLElement | null {
  const first = council.years[0] ?? year;
  const last = council.years.at(-1) ?? year;
  const from = Math.max(first, year - 4);
  const span = from < year ? [from, year] : last > year ? [year, Math.min(last, year + 4)] : undefined;
  if (!span) return null;
  return h(
    'p',
    {},
    h(
      'a',
      { href: hindcastPath(council.code, span[0]!, span[1]!), 'data-route': true },
      `How well does the model forecast ${council.name}? See its hindcast ${span[0]} to ${span[1]}`,
    ),
  );
}

function provenance(a: CensusScenarioAnswer, council: CouncilItem): HTMLElement {
  const years = a.window.years.join(', ');
  return h(
    'div',
    { class: 'census-provenance', 'data-census': a.council.code },
    h(
      'p',
      {},
      `${a.council.name} (${a.council.code}, LA ${a.council.laNumber}): starting workforce from the census of 30 September ${a.year}; rates from the census years ${years}. Source: DfE children’s social work workforce census (Open Government Licence v3.0).`,
    ),
    a.warnings.length > 0
      ? h(
          'div',
          { class: 'warning census-caveats' },
          h(
            'p',
            {},
            h('strong', {}, `Data caveats (${a.warnings.length}): read these before you rely on it`),
          ),
          h('ul', {}, ...a.warnings.map((w) => h('li', {}, w))),
        )
      : h('p', { class: 'hint' }, 'No data caveats for this council and window.'),
    hindcastLink(council, a.year),
  );
}

const FIELD_LABELS: Record<string, string> = {
  la: 'Council',
  year: 'Census year',
  window: 'Rates from',
  'window.to': 'Rates from',
  demand: 'Referrals and children’s cases',
};
const fieldLabel = (path: string) =>
  FIELD_LABELS[path] ??
  (path.startsWith('demand') ? FIELD_LABELS.demand : path.startsWith('csww') ? 'Census data' : path);

function problemList(error: unknown): HTMLElement {
  const problems = error instanceof ApiError ? error.fieldErrors : [];
  return h(
    'div',
    { class: 'error', role: 'alert' },
    h(
      'p',
      {},
      problems.length > 0
        ? 'Change this and build again:'
        : error instanceof Error
          ? error.message
          : String(error),
    ),
    problems.length > 0
      ? h('ul', {}, ...problems.map((p) => h('li', {}, `${fieldLabel(p.path)}: ${p.message}`)))
      : null,
  );
}
