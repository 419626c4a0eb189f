/**
 * "Every council" on the hindcast page: start a survey (stored on the server, run in the
 * background), follow its progress, and read the latest or any stored one.
 */
import { field, numberField } from '../analyse/analyse-fields.js';
import { ApiError } from '../api-client.js';
import { type CouncilItem, censusApi, type StoredSurvey } from '../census-api.js';
import { h, liveStatus } from '../dom.js';
import { formatDateTime } from '../format.js';
import { onDispose } from '../lifecycle.js';
import { surveyResults } from './survey-results.js';

const years = (councils: CouncilItem[]) => {
  const all = councils.flatMap((c) => c.years);
  const first = Math.min(...all);
  const last = Math.max(...all);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
};
const yearSelect = (id: string, options: number[], selected: number) =>
  h(
    'select',
    { id },
    ...options.map((y) => h('option', { value: String(y), selected: y === selected }, String(y))),
  );

export function surveyPanel(councils: CouncilItem[], from = 2019, to = 2023): HTMLElement {
  const all = years(councils);
  const fromSelect = yearSelect('survey-from', all.slice(0, -1), from);
  const toSelect = yearSelect('survey-to', all.slice(1), to);
  const runs = numberField('survey-runs', 200, { min: 1, max: 1000, step: 1, inputmode: 'numeric' });
  const button = h(
    'button',
    { type: 'submit', class: 'secondary', id: 'survey-run' },
    'Run for every council',
  );
  const status = liveStatus();
  const pickSlot = h('div');
  const output = h('div', { class: 'survey-output' });
  let alive = true;
  onDispose(() => {
    alive = false;
  });

  const show = (survey: StoredSurvey) => {
    if (survey.status === 'done' && survey.result) {
      status.textContent = `${survey.title}: finished ${formatDateTime(survey.finishedAt)}.`;
      const footnote = `Hindcast of every council: ${survey.title}, seed ${survey.result.seed}. Source: DfE children's social work workforce census (OGL v3.0).`;
      output.replaceChildren(surveyResults(survey.result, footnote));
    } else if (survey.status === 'queued' || survey.status === 'running') {
      status.textContent = `${survey.title}: ${survey.status === 'queued' ? 'waiting to start' : `${Math.round(survey.progress * 100)}% of councils done`}…`;
    } else {
      status.textContent = `${survey.title}: ${survey.status}${survey.error ? ` (${survey.error})` : ''}.`;
      output.replaceChildren();
    }
  };
  let following = 0;
  const follow = async (id: string) => {
    const mine = ++following;
    for (;;) {
      if (!alive || mine !== following) return;
      const survey = await censusApi.survey(id);
      if (mine !== following) return;
      show(survey);
      if (survey.status !== 'queued' && survey.status !== 'running') return listStored(id);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  };
  const listStored = async (selected?: string) => {
    const items = await censusApi.surveys();
    if (!alive || items.length === 0) return;
    const select = h(
      'select',
      { id: 'survey-stored' },
      ...items.map((s) =>
        h(
          'option',
          { value: s.id, selected: s.id === selected },
          `${s.title} (${s.status}, ${formatDateTime(s.createdAt)})`,
        ),
      ),
    );
    select.addEventListener('change', () => void follow(select.value));
    pickSlot.replaceChildren(field('Stored surveys', 'Surveys run on this server, newest first.', select));
    if (selected === undefined) void follow((items.find((s) => s.status === 'done') ?? items[0]!).id);
  };

  const form = h(
    'form',
    { class: 'survey-form', novalidate: true, 'aria-label': 'Survey of every council' },
    h(
      'div',
      { class: 'tool-fields' },
      field('Start from the census of', '', fromSelect),
      field('Simulate to the census of', '', toSelect),
      field('Simulated futures per council', '200 is enough across councils.', runs),
    ),
    button,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    try {
      const started = await censusApi.startSurvey({
        from: Number(fromSelect.value),
        to: Number(toSelect.value),
        runs: Math.max(1, Math.round(Number(runs.value)) || 200),
      });
      status.textContent = `${started.title}: started…`;
      await follow(started.id);
    } catch (error) {
      const problems =
        error instanceof ApiError ? error.fieldErrors.map((p) => `${p.path}: ${p.message}`) : [];
      status.textContent = `The survey did not start: ${[error instanceof Error ? error.message : String(error), ...problems].join(' ')}`;
    } finally {
      button.disabled = false;
    }
  });
  void listStored().catch(() => {});
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'survey-heading', id: 'survey-panel' },
    h('h2', { id: 'survey-heading' }, 'Every council'),
    h(
      'p',
      { class: 'hint' },
      'Runs the same hindcast for every council with usable census data and pools the results: does the model’s range hold across councils, measure by measure? It runs in the background on the server (seconds to a minute) and is kept for everyone using this server.',
    ),
    form,
    status,
    pickSlot,
    output,
  );
}
