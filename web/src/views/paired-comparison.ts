/**
 * On the compare page: re-run the compared runs' scenarios as one paired comparison on the same
 * seed (POST /api/comparisons with each run's normalised scenario), follow it to the end and
 * draw the result. The comparison id goes into the URL (?paired=) so the page can be shared.
 */

import { errorText } from '../analyse/analyse-context.js';
import { analysisApi } from '../analysis-api.js';
import type { StoredComparison } from '../analysis-types.js';
import type { JsonObject, Run } from '../api-types.js';
import { fill, h, liveStatus } from '../dom.js';
import { onDispose } from '../lifecycle.js';
import { pairedResults } from './paired-results.js';

const POLL_MS = 500;

export function pairedComparison(runs: Run[], labels: string[]): HTMLElement | null {
  if (runs.length < 2) return null;
  const base = runs[0]!.manifest;
  const months = Math.min(...runs.map((r) => r.manifest.months));
  const runsInput = h('input', {
    id: 'paired-runs',
    type: 'number',
    min: 1,
    max: 100000,
    step: 1,
    value: String(Math.min(base.runs, 1000)),
    inputmode: 'numeric',
  });
  const button = h(
    'button',
    { type: 'button', class: 'primary', id: 'paired-run' },
    'Run the paired comparison',
  );
  const cancel = h('button', { type: 'button', class: 'secondary', hidden: true }, 'Cancel');
  const bar = h('progress', { max: 1, value: 0, hidden: true });
  const status = liveStatus();
  const output = h('div', { class: 'paired-output', id: 'paired-output' });
  let current: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  onDispose(() => clearTimeout(timer));

  const rememberInUrl = (id: string | undefined) => {
    const url = new URL(window.location.href);
    if (id) url.searchParams.set('paired', id);
    else url.searchParams.delete('paired');
    history.replaceState(null, '', url.pathname + url.search);
  };
  const setBusy = (busy: boolean) => {
    button.disabled = busy;
    cancel.hidden = !busy;
    bar.hidden = !busy;
  };

  const follow = async (id: string) => {
    current = id;
    let c: StoredComparison;
    try {
      c = await analysisApi.comparison(id);
    } catch (error) {
      setBusy(false);
      status.textContent = errorText(error);
      rememberInUrl(undefined);
      return;
    }
    if (current !== id) return;
    if (c.status === 'queued' || c.status === 'running') {
      setBusy(true);
      bar.value = c.progress;
      status.textContent = `${c.status === 'queued' ? 'Waiting to start' : 'Running'}: ${Math.round(c.progress * 100)}% done.`;
      timer = setTimeout(() => void follow(id), POLL_MS);
      return;
    }
    setBusy(false);
    if (c.status !== 'done' || !c.result) {
      status.textContent = `The paired comparison ${c.status}${c.error ? `: ${c.error}` : ''}.`;
      return;
    }
    status.textContent = `Paired comparison of ${c.result.runs.toLocaleString('en-GB')} futures on seed “${c.result.seed}”, ${c.result.months} months.`;
    fill(output, ...pairedResults(c.result, labels, id));
  };

  button.addEventListener('click', async () => {
    const scenario = (r: Run) => r.manifest.scenario as JsonObject;
    setBusy(true);
    status.textContent = 'Sending…';
    output.replaceChildren();
    try {
      const submitted = await analysisApi.submitComparison({
        baseline: { scenario: scenario(runs[0]!) },
        options: runs
          .slice(1)
          .map((r, i) => ({ scenario: scenario(r), name: labels[i + 1] ?? r.manifest.scenarioName })),
        runs: Math.max(1, Math.round(Number(runsInput.value)) || base.runs),
        seed: base.seed,
        months,
      });
      rememberInUrl(submitted.id);
      await follow(submitted.id);
    } catch (error) {
      setBusy(false);
      status.textContent = errorText(error);
    }
  });
  cancel.addEventListener('click', async () => {
    const id = current;
    current = undefined;
    clearTimeout(timer);
    setBusy(false);
    rememberInUrl(undefined);
    status.textContent = 'Cancelled.';
    if (id) await analysisApi.cancelComparison(id).catch(() => {});
  });

  const shared = new URLSearchParams(window.location.search).get('paired');
  if (shared && /^[0-9a-f-]{36}$/.test(shared)) void follow(shared);

  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'paired-heading', 'data-section': 'paired' },
    h('h2', { id: 'paired-heading' }, 'Paired comparison on the same seed'),
    h(
      'p',
      { class: 'lede' },
      `Runs every scenario again on seed “${base.seed}”, future by future, so each option is measured against the baseline in the same simulated world. The differences then show the policy, not chance.${
        runs.some((r) => r.manifest.months !== months)
          ? ` The runs cover different horizons, so the first ${months} months are compared.`
          : ''
      }`,
    ),
    h(
      'div',
      { class: 'paired-controls no-print' },
      h('div', { class: 'field' }, h('label', { for: runsInput.id }, 'Simulated futures (runs)'), runsInput),
      button,
      cancel,
    ),
    bar,
    status,
    output,
  );
}
