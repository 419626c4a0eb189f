/** The runs of a comparison: colour and dash as on the charts, links, and controls to add, remove or reorder. */
import { api } from '../api-client.js';
import type { Run } from '../api-types.js';
import { drawSwatch, SWATCH_H, SWATCH_W } from '../charts/chart-legend.js';
import { runColour, runDash } from '../charts/palette.js';
import { h } from '../dom.js';
import { runPath } from '../router.js';

function swatch(i: number): HTMLCanvasElement {
  const ratio = window.devicePixelRatio || 1;
  const canvas = h('canvas', {
    width: SWATCH_W * ratio,
    height: SWATCH_H * ratio,
    class: 'swatch',
    'aria-hidden': 'true',
  });
  const ctx = canvas.getContext('2d');
  if (ctx) {
    ctx.scale(ratio, ratio);
    drawSwatch(ctx, { label: '', kind: 'line', colour: runColour(i), dash: runDash(i), width: 2.5 }, 0, 0);
  }
  return canvas;
}

export function compareLegend(
  runs: Run[],
  labels: string[],
  ids: string[],
  go: (ids: string[]) => void,
): HTMLElement {
  const items = runs.map((run, i) =>
    h(
      'li',
      { 'data-run': run.id },
      swatch(i),
      h('a', { href: runPath(run.id), 'data-route': true }, labels[i]),
      h(
        'span',
        { class: 'hint' },
        ` seed ${run.manifest.seed}, ${run.manifest.runs.toLocaleString('en-GB')} runs, ${run.manifest.months} months`,
      ),
      i > 0
        ? h(
            'button',
            {
              type: 'button',
              class: 'link-button no-print',
              onclick: () => go([run.id, ...ids.filter((x) => x !== run.id)]),
            },
            'Make baseline',
          )
        : h('strong', { class: 'badge' }, 'baseline'),
      h(
        'button',
        {
          type: 'button',
          class: 'link-button no-print',
          'aria-label': `Remove ${labels[i]}`,
          onclick: () => go(ids.filter((x) => x !== run.id)),
        },
        'Remove',
      ),
    ),
  );
  const select = h('select', { id: 'add-run-select' }, h('option', { value: '' }, 'Loading runs…'));
  const add = h('button', { type: 'button', class: 'secondary', id: 'add-run-button' }, 'Add to comparison');
  add.addEventListener('click', () => select.value && go([...ids, select.value]));
  api.runs(50).then((all) => {
    const options = all.filter((r) => r.status === 'done' && !ids.includes(r.id));
    select.replaceChildren(
      h('option', { value: '' }, options.length ? 'Choose a run…' : 'No other finished runs'),
      ...options.map((r) =>
        h(
          'option',
          { value: r.id },
          `${r.manifest.scenarioName}, seed ${r.manifest.seed}, ${r.manifest.runs} runs`,
        ),
      ),
    );
  });
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'runs-heading' },
    h('h2', { id: 'runs-heading' }, 'Runs in this comparison'),
    h('ol', { class: 'compare-legend' }, items),
    h('div', { class: 'add-run no-print' }, h('label', { for: select.id }, 'Add another run'), select, add),
  );
}
