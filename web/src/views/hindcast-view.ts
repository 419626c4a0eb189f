/**
 * /hindcast?la=<council>&from=<year>&to=<year>[&runs=&seed=&demand=1]: how well the model, started
 * from an earlier census, forecast the census figures published since. The settings live in the
 * URL, so a hindcast can be bookmarked and shared; it runs as soon as the URL names one.
 */
import { ApiError } from '../api-client.js';
import { hindcastForm } from '../census/hindcast-form.js';
import { type HindcastQuery, hindcastQueryString } from '../census/hindcast-query.js';
import { hindcastResults } from '../census/hindcast-results.js';
import { surveyPanel } from '../census/survey-panel.js';
import { censusApi } from '../census-api.js';
import { h, liveStatus } from '../dom.js';
import { navigate } from '../router.js';

const FIELD_LABELS: Record<string, string> = {
  la: 'Council',
  from: 'Start from',
  to: 'Simulate to',
  runs: 'Simulated futures (runs)',
  seed: 'Seed',
  windowYears: 'Rate years (window)',
  demand: 'Referrals and children’s cases',
};

export async function renderHindcastView(main: HTMLElement, query: HindcastQuery): Promise<void> {
  const councils = await censusApi.councils();
  const status = liveStatus();
  const output = h('div', { class: 'hindcast-output' });
  const heading = h('h1', { tabindex: -1 }, 'Hindcast: would the model have forecast the census?');
  main.replaceChildren(
    heading,
    h(
      'p',
      { class: 'lede' },
      'Start a council’s scenario from an earlier census, simulate forward, and see whether the census figures published since fell inside the simulated range. It shows how far to trust the model for that council.',
    ),
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'hindcast-settings-heading' },
      h('h2', { id: 'hindcast-settings-heading' }, 'Council and years'),
      hindcastForm(councils, query, (next) => navigate(`/hindcast${hindcastQueryString(next)}`)),
      status,
    ),
    output,
    surveyPanel(councils, query.from, query.to),
  );
  if (!query.la || query.from === undefined || query.to === undefined) {
    status.textContent = 'Choose a council and two census years, then run the hindcast.';
    return;
  }
  const request = { ...query, la: query.la, from: query.from, to: query.to };
  status.textContent = `Simulating ${(query.runs ?? 500).toLocaleString('en-GB')} futures from ${query.from} to ${query.to}…`;
  // Filled in after the page shows, so the form is usable while the simulation runs.
  void censusApi.hindcast(request).then(
    (report) => {
      if (!output.isConnected) return;
      heading.textContent = `Hindcast: ${report.council.name}, ${report.from} to ${report.to}`;
      document.title = `${heading.textContent} – Caseforce`;
      status.textContent = 'Done.';
      output.replaceChildren(hindcastResults(report));
    },
    (error: unknown) => {
      status.textContent = 'The hindcast could not run.';
      const problems = error instanceof ApiError ? error.fieldErrors : [];
      output.replaceChildren(
        h(
          'div',
          { class: 'error-summary', role: 'alert', id: 'hindcast-problem' },
          h(
            'p',
            {},
            h(
              'strong',
              {},
              problems.length > 0
                ? 'Change this and run the hindcast again:'
                : error instanceof Error
                  ? error.message
                  : String(error),
            ),
          ),
          problems.length > 0
            ? h(
                'ul',
                {},
                ...problems.map((p) => h('li', {}, `${FIELD_LABELS[p.path] ?? p.path}: ${p.message}`)),
              )
            : null,
        ),
      );
    },
  );
}
