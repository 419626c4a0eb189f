/** Recent runs with a tick box each, to open one or compare several. */
import { api } from '../api-client.js';
import type { Run } from '../api-types.js';
import { h } from '../dom.js';
import { formatDateTime } from '../format.js';
import { comparePath, navigate, runPath } from '../router.js';

const STATUS_WORDS: Record<string, string> = {
  queued: 'waiting',
  running: 'running',
  done: 'done',
  failed: 'failed',
  cancelled: 'cancelled',
  interrupted: 'interrupted',
};

export function recentRuns(): HTMLElement {
  const body = h('div', {}, h('p', { class: 'hint' }, 'Loading runs…'));
  const selected = new Set<string>();
  const button = h(
    'button',
    { type: 'button', class: 'secondary', disabled: true, id: 'compare-selected' },
    'Compare selected runs',
  );
  const update = () => {
    button.disabled = selected.size < 2;
    button.textContent = `Compare selected runs (${selected.size})`;
  };
  button.addEventListener('click', () => navigate(comparePath([...selected])));
  const render = (runs: Run[]) => {
    if (runs.length === 0) {
      body.replaceChildren(h('p', { class: 'hint' }, 'No runs yet. Run a scenario and it appears here.'));
      return;
    }
    const rows = runs.map((run) => {
      const box = h('input', {
        type: 'checkbox',
        id: `pick-${run.id}`,
        value: run.id,
        disabled: run.status !== 'done',
      });
      box.addEventListener('change', () => {
        if (box.checked) selected.add(run.id);
        else selected.delete(run.id);
        update();
      });
      const m = run.manifest;
      return h(
        'tr',
        { 'data-run': run.id },
        h(
          'td',
          {},
          box,
          h('label', { for: box.id, class: 'visually-hidden' }, `Compare ${m.scenarioName}, seed ${m.seed}`),
        ),
        h('th', { scope: 'row' }, h('a', { href: runPath(run.id), 'data-route': true }, m.scenarioName)),
        h('td', { class: 'num' }, m.runs.toLocaleString('en-GB')),
        h('td', {}, m.seed),
        h('td', { class: 'num' }, m.months),
        h('td', {}, STATUS_WORDS[run.status] ?? run.status),
        h('td', {}, formatDateTime(run.timings.finishedAt ?? run.timings.queuedAt)),
      );
    });
    body.replaceChildren(
      h(
        'div',
        { class: 'table-scroll' },
        h(
          'table',
          { class: 'data-table runs-table' },
          h('caption', { class: 'visually-hidden' }, 'Recent runs'),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['Compare', 'Scenario', 'Runs', 'Seed', 'Months', 'Status', 'When'].map((c) =>
                h('th', { scope: 'col' }, c),
              ),
            ),
          ),
          h('tbody', {}, rows),
        ),
      ),
      button,
    );
  };
  api
    .runs(30)
    .then(render, (error: unknown) =>
      body.replaceChildren(h('p', { class: 'error' }, `Could not list runs: ${String(error)}`)),
    );
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'recent-heading' },
    h('h2', { id: 'recent-heading' }, 'Recent runs'),
    body,
  );
}
