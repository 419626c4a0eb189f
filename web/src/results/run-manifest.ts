/** What makes a run reproducible: seed, runs, months, engine version and scenario hash, and how to replay it. */
import type { Run, RunResult } from '../api-types.js';
import { downloadFile, h } from '../dom.js';
import { formatDateTime, formatMonth } from '../format.js';

export function manifestRows(run: Run, result?: RunResult): [string, string][] {
  const m = run.manifest;
  return [
    ['Run id', run.id],
    ['Scenario', `${m.scenarioName}${m.scenarioId ? ` (${m.scenarioId})` : ' (edited in the browser)'}`],
    ['Seed', m.seed],
    ['Simulated futures (runs)', m.runs.toLocaleString('en-GB')],
    ['Months', String(m.months)],
    ...(result ? ([['Start month', formatMonth(result.startMonth)]] as [string, string][]) : []),
    ['Engine version', m.engineVersion],
    ['Scenario hash (SHA-256)', m.scenarioHash],
    ['Finished', formatDateTime(run.timings.finishedAt)],
  ];
}

export function manifestSection(run: Run, result?: RunResult): HTMLElement {
  const m = run.manifest;
  const fileName = `caseforce-scenario-of-run-${run.id.slice(0, 8)}.json`;
  const command = `npm run sim -- ${fileName} --runs ${m.runs} --seed ${m.seed} --months ${m.months}`;
  return h(
    'section',
    { class: 'panel manifest', 'aria-labelledby': 'manifest-heading' },
    h('h2', { id: 'manifest-heading' }, 'Run manifest: how to reproduce these figures'),
    h(
      'dl',
      { class: 'manifest-list' },
      manifestRows(run, result).map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
    ),
    h(
      'p',
      {},
      'The same scenario, seed, number of runs and engine version give identical numbers on any machine. ',
      'Save the exact scenario of this run and replay it with:',
    ),
    h('pre', { class: 'command' }, h('code', {}, command)),
    m.scenario === undefined
      ? null
      : h(
          'button',
          {
            type: 'button',
            class: 'secondary no-print',
            onclick: () => downloadFile(fileName, `${JSON.stringify(m.scenario, null, 2)}\n`),
          },
          'Download the scenario of this run (JSON)',
        ),
  );
}
