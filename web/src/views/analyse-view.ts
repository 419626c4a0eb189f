/**
 * /analyse?scenario=<id>: four decision tools on one scenario (tornado, goal seek, entry-route
 * economics, target chances), all on the same runs, months and seed, so their answers agree.
 */
import { createContext } from '../analyse/analyse-context.js';
import { field, monthDates, numberField } from '../analyse/analyse-fields.js';
import { goalSeekTool } from '../analyse/goal-seek-tool.js';
import { routesTool } from '../analyse/routes-tool.js';
import { thresholdTool } from '../analyse/threshold-tool.js';
import { tornadoTool } from '../analyse/tornado-tool.js';
import { analysisApi } from '../analysis-api.js';
import { api } from '../api-client.js';
import { fill, h } from '../dom.js';
import { glossary } from '../results/glossary.js';
import { analysePath, navigate } from '../router.js';
import { defaultBaselineId, scenarioSelect } from './scenario-picker.js';

const DEFAULT_RUNS = 200;

export async function renderAnalyseView(main: HTMLElement, scenarioId: string | undefined): Promise<void> {
  const scenarios = await api.scenarios();
  const id = scenarioId ?? defaultBaselineId(scenarios);
  if (!id) {
    fill(main, h('h1', { tabindex: -1 }, 'Analyse a scenario'), h('p', {}, 'There are no scenarios yet.'));
    return;
  }
  const info = await analysisApi.levers(id);
  const runs = numberField('analyse-runs', DEFAULT_RUNS, {
    min: 1,
    max: 100000,
    step: 1,
    inputmode: 'numeric',
  });
  const months = numberField('analyse-months', info.horizonMonths, {
    min: 1,
    max: 120,
    step: 1,
    inputmode: 'numeric',
  });
  const seed = h('input', {
    id: 'analyse-seed',
    type: 'text',
    value: '1',
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const listeners: (() => void)[] = [];
  const readMonths = () => Math.max(1, Math.min(120, Math.round(Number(months.value)) || info.horizonMonths));
  months.addEventListener('input', () => {
    for (const listener of listeners) listener();
  });
  const ctx = createContext(
    info,
    () => ({
      scenarioId: id,
      runs: Math.max(1, Math.round(Number(runs.value)) || DEFAULT_RUNS),
      months: readMonths(),
      seed: seed.value.trim() || '1',
    }),
    () => monthDates(info.startMonth, readMonths()),
    (listener) => listeners.push(listener),
  );

  const settings = h(
    'section',
    { class: 'panel', 'aria-labelledby': 'analyse-settings-heading' },
    h('h2', { id: 'analyse-settings-heading' }, 'Scenario and settings for every tool'),
    h(
      'div',
      { class: 'tool-fields' },
      scenarioSelect('analyse-scenario', 'Scenario', scenarios, id, (next) => navigate(analysePath(next))),
      field(
        'Simulated futures (runs)',
        'Each tool re-runs the scenario many times: 200 for a quick look, 1,000 for a board paper.',
        runs,
      ),
      field('Months to simulate', 'From the scenario’s first month, up to 120.', months),
      field('Seed', 'Same seed, same numbers: tools and reruns agree.', seed),
    ),
    h(
      'p',
      { class: 'hint' },
      `Every tool uses common random numbers: each variant of ${info.name} sees the same simulated futures, so differences come from the lever, not from chance.`,
    ),
  );
  fill(
    main,
    h('h1', { tabindex: -1 }, `Analyse: ${info.name}`),
    h(
      'p',
      { class: 'lede' },
      'Four questions about one scenario: what matters most, how much of a lever is enough, which entry routes pay off, and when a target becomes likely.',
    ),
    settings,
    tornadoTool(ctx),
    goalSeekTool(ctx),
    routesTool(ctx),
    thresholdTool(ctx),
    glossary(),
  );
}
