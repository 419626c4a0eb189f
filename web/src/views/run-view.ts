/** /runs/<id>: progress while the run works, then key figures, fan charts, the FY table and downloads. */
import { ApiError, api, resultCsvUrl, resultJsonUrl } from '../api-client.js';
import type { Run, RunResult } from '../api-types.js';
import { fill, h } from '../dom.js';
import { formatMonth } from '../format.js';
import { assumptionsSection } from '../results/assumptions.js';
import { financialYearSection } from '../results/financial-year-table.js';
import { glossary } from '../results/glossary.js';
import { keyFigures } from '../results/key-figures.js';
import { runChartsSection } from '../results/run-charts.js';
import { manifestSection } from '../results/run-manifest.js';
import { runProgress } from '../results/run-progress.js';
import { analysePath, comparePath, runPath } from '../router.js';
import { renderReportView } from './report-view.js';

export function runHeading(run: Run, prefix: string): HTMLElement[] {
  const m = run.manifest;
  return [
    h('h1', { tabindex: -1 }, `${prefix}${m.scenarioName}`),
    h(
      'p',
      { class: 'lede', 'data-manifest': 'summary' },
      `${m.runs.toLocaleString('en-GB')} simulated futures, seed ${m.seed}, ${m.months} months; engine ${m.engineVersion}; scenario ${m.scenarioHash.slice(0, 12)}`,
    ),
  ];
}

function toolbar(run: Run): HTMLElement {
  const stem = `caseforce-run-${run.id.slice(0, 8)}`;
  const scenarioId = run.manifest.scenarioId;
  return h(
    'nav',
    { class: 'toolbar no-print', 'aria-label': 'Result actions' },
    h(
      'a',
      { class: 'button', href: resultCsvUrl(run.id), download: `${stem}.csv`, id: 'download-csv' },
      'Download results (CSV)',
    ),
    h(
      'a',
      { class: 'button', href: resultJsonUrl(run.id), download: `${stem}.json`, id: 'download-json' },
      'Download results (JSON)',
    ),
    h('a', { class: 'button', href: runPath(run.id, true), 'data-route': true }, 'Board report (printable)'),
    h('a', { class: 'button', href: comparePath([run.id]), 'data-route': true }, 'Compare with other runs'),
    scenarioId
      ? h(
          'a',
          { class: 'button', href: `/?scenario=${encodeURIComponent(scenarioId)}`, 'data-route': true },
          'Edit this scenario',
        )
      : null,
    scenarioId
      ? h(
          'a',
          { class: 'button', href: analysePath(scenarioId), 'data-route': true },
          'Analyse this scenario',
        )
      : null,
  );
}

function renderResults(main: HTMLElement, run: Run, result: RunResult): void {
  fill(
    main,
    ...runHeading(run, 'Results: '),
    h(
      'p',
      { class: 'hint' },
      `From ${formatMonth(result.startMonth)} to ${formatMonth(result.dates.at(-1) ?? result.startMonth)}. Each figure is the end of the month.`,
    ),
    toolbar(run),
    keyFigures(result),
    glossary(),
    runChartsSection(run, result),
    financialYearSection(result),
    assumptionsSection(run.manifest.scenario as never),
    manifestSection(run, result),
  );
}

async function showEnded(main: HTMLElement, id: string, report: boolean): Promise<void> {
  const run = await api.run(id);
  if (run.status !== 'done') {
    fill(
      main,
      ...runHeading(run, 'Run: '),
      h(
        'p',
        { class: 'error', role: 'alert' },
        `This run is ${run.status}${run.error ? `: ${run.error}` : ''}.`,
      ),
      h('p', {}, h('a', { href: '/', 'data-route': true }, 'Back to scenarios')),
    );
    return;
  }
  const result = await api.result(id);
  if (report) renderReportView(main, run, result);
  else renderResults(main, run, result);
}

export async function renderRunView(main: HTMLElement, id: string, report: boolean): Promise<void> {
  let run: Run;
  try {
    run = await api.run(id);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      main.replaceChildren(
        h('h1', { tabindex: -1 }, 'Run not found'),
        h('p', {}, 'This run does not exist on this server: it may have been cancelled or deleted. '),
        h('p', {}, h('a', { href: '/', 'data-route': true }, 'Back to scenarios')),
      );
      return;
    }
    throw error;
  }
  if (run.status === 'queued' || run.status === 'running') {
    fill(
      main,
      ...runHeading(run, 'Running: '),
      runProgress(run, (end) => {
        if (end.status === 'cancelled') {
          main.replaceChildren(
            h('h1', { tabindex: -1 }, 'Run cancelled'),
            h('p', { role: 'status' }, 'The run was cancelled and removed.'),
            h('p', {}, h('a', { href: '/', 'data-route': true }, 'Back to scenarios')),
          );
          return;
        }
        showEnded(main, id, report).catch((error: unknown) =>
          main.append(h('p', { class: 'error', role: 'alert' }, String(error))),
        );
      }),
    );
    return;
  }
  await showEnded(main, id, report);
}
