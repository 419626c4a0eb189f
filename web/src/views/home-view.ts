/** The start page: pick a scenario, change its levers, see what differs from the baseline, run or save it. */
import { ApiError, api } from '../api-client.js';
import type { FieldProblem, JsonObject, ScenarioRecord, ScenarioSummary } from '../api-types.js';
import { censusPicker } from '../census/census-picker.js';
import { downloadFile, h } from '../dom.js';
import { diffTable } from '../editor/diff-table.js';
import { errorSummary } from '../editor/error-summary.js';
import { FieldRegistry, scenarioPathOf } from '../editor/field-registry.js';
import { canonical, clone } from '../editor/json-path.js';
import { diffScenarios } from '../editor/scenario-diff.js';
import { scenarioEditor } from '../editor/scenario-editor.js';
import type { SchemaNode } from '../editor/schema-node.js';
import { navigate, runPath } from '../router.js';
import { censusRecord } from './census-record.js';
import { recentRuns } from './recent-runs.js';
import { runForm } from './run-form.js';
import { saveForm } from './save-form.js';
import { defaultBaselineId, scenarioSelect } from './scenario-picker.js';

const RUN_FIELDS: Record<string, string> = { runs: 'run.runs', seed: 'run.seed', months: 'horizonMonths' };
const runPathOf = (p: FieldProblem) => ({ ...p, path: RUN_FIELDS[p.path] ?? scenarioPathOf(p.path) });

export async function renderHomeView(main: HTMLElement): Promise<void> {
  const [scenarios, schema] = await Promise.all([api.scenarios(), api.schema().catch(() => undefined)]);
  let list: ScenarioSummary[] = scenarios;
  const wanted = new URLSearchParams(window.location.search).get('scenario');
  const firstId = list.find((s) => s.id === wanted)?.id ?? defaultBaselineId(list);
  if (!firstId) {
    main.replaceChildren(h('h1', {}, 'Caseforce'), h('p', {}, 'The server offers no scenarios yet.'));
    return;
  }
  let loaded: ScenarioRecord = await api.scenario(firstId);
  let baseline: ScenarioRecord =
    defaultBaselineId(list) === firstId ? loaded : await api.scenario(defaultBaselineId(list)!);
  let draft: JsonObject = clone(loaded.scenario);
  const registry = new FieldRegistry();
  const summary = errorSummary();
  const editorSlot = h('div');
  const diffSlot = h('div');
  const pickerSlot = h('div');
  const baselineSlot = h('div');
  const description = h('p', { class: 'scenario-description' });
  const isEdited = () =>
    canonical({ ...draft, horizonMonths: loaded.scenario.horizonMonths }) !== canonical(loaded.scenario);

  const renderDiff = () => {
    const rows = diffScenarios([baseline.scenario, draft]);
    diffSlot.replaceChildren(
      h(
        'p',
        { class: 'hint' },
        `${rows.length} parameter${rows.length === 1 ? '' : 's'} differ from “${baseline.name}”.`,
      ),
      diffTable(
        rows,
        [`Baseline: ${baseline.name}`, 'This scenario'],
        'Parameters that differ from the baseline',
      ),
    );
  };
  const renderEditor = () => {
    editorSlot.replaceChildren(
      scenarioEditor({ draft, schema: schema as SchemaNode | undefined, registry, onChange: renderDiff }),
    );
    run.register(registry);
    summary.clear();
  };
  const renderPickers = () => {
    pickerSlot.replaceChildren(
      scenarioSelect('scenario-select', 'Scenario', list, loaded.id, pick, loaded.id ? undefined : loaded),
    );
    baselineSlot.replaceChildren(
      scenarioSelect('baseline-select', 'Measure differences against', list, baseline.id, async (id) => {
        baseline = await api.scenario(id);
        renderDiff();
      }),
    );
  };
  const show = (record: ScenarioRecord) => {
    loaded = record;
    draft = clone(record.scenario);
    description.textContent = record.description || 'No description.';
    if (typeof draft.horizonMonths === 'number') run.setMonths(draft.horizonMonths);
    renderPickers();
    renderEditor();
    renderDiff();
  };
  async function pick(id: string) {
    if (!id) return;
    if (isEdited() && !window.confirm(`Discard your changes to “${loaded.name}”?`)) {
      renderPickers();
      return;
    }
    show(await api.scenario(id));
  }
  const showProblems = (title: string, error: unknown, map: (p: FieldProblem) => FieldProblem) => {
    if (error instanceof ApiError && error.fieldErrors.length) {
      summary.show(title, registry.show(error.fieldErrors.map(map)));
    } else {
      summary.show(`${title}: ${error instanceof Error ? error.message : String(error)}`, []);
    }
  };

  const run = runForm(
    async () => {
      const settings = run.read();
      registry.clearErrors();
      summary.clear();
      run.button.disabled = true;
      run.status.textContent = 'Starting the run…';
      const edited = isEdited();
      const name =
        edited && draft.name === loaded.scenario.name ? `${String(draft.name)} (edited)` : (draft.name ?? '');
      // A scenario built from the census has no id yet: it is always sent whole.
      const scenario: JsonObject | undefined = edited || !loaded.id ? { ...draft, name } : undefined;
      try {
        const started = await api.submitRun({
          ...(scenario ? { scenario } : { scenarioId: loaded.id }),
          runs: settings.runs,
          seed: settings.seed,
          months: settings.months,
        });
        navigate(runPath(started.id));
      } catch (error) {
        run.status.textContent = 'The run did not start.';
        showProblems('The run could not start', error, runPathOf);
      } finally {
        run.button.disabled = false;
      }
    },
    (months) => {
      draft.horizonMonths = months;
      renderDiff();
    },
  );
  const save = saveForm(
    async (name) => {
      save.showNameError(name ? undefined : 'Give the new scenario a name.');
      if (!name) return save.nameInput.focus();
      registry.clearErrors();
      summary.clear();
      try {
        const saved = await api.saveScenario({ ...draft, name });
        list = await api.scenarios();
        show(saved);
        save.status.textContent = `Saved as “${saved.name}”. It is now in the scenario list.`;
      } catch (error) {
        save.status.textContent = 'Not saved.';
        showProblems('The scenario could not be saved', error, (p) => ({
          ...p,
          path: scenarioPathOf(p.path),
        }));
      }
    },
    () =>
      downloadFile(
        `${String(draft.name ?? 'scenario')
          .replace(/[^A-Za-z0-9]+/g, '-')
          .toLowerCase()}.json`,
        `${JSON.stringify(draft, null, 2)}\n`,
      ),
  );

  main.replaceChildren(
    h('h1', { tabindex: -1 }, 'Plan a scenario and run it'),
    h(
      'p',
      { class: 'lede' },
      'Pick a scenario, change the levers you want to test, then run it. Results open on their own page, which you can bookmark and share.',
    ),
    h(
      'div',
      { class: 'home-layout' },
      h(
        'div',
        { class: 'main-column' },
        h(
          'section',
          { class: 'panel', 'aria-labelledby': 'pick-heading' },
          h('h2', { id: 'pick-heading' }, '1. Choose a scenario'),
          pickerSlot,
          description,
          censusPicker((answer) => {
            if (isEdited() && !window.confirm(`Discard your changes to “${loaded.name}”?`)) return false;
            show(censusRecord(answer));
            return true;
          }),
        ),
        h(
          'section',
          { class: 'panel', 'aria-labelledby': 'edit-heading' },
          h('h2', { id: 'edit-heading' }, '2. Change the levers'),
          summary.element,
          editorSlot,
        ),
        h(
          'section',
          { class: 'panel', 'aria-labelledby': 'save-heading' },
          h('h2', { id: 'save-heading' }, 'Save your changes'),
          save.element,
        ),
      ),
      h(
        'div',
        { class: 'side-column' },
        h(
          'section',
          { class: 'panel', 'aria-labelledby': 'run-heading' },
          h('h2', { id: 'run-heading' }, '3. Run'),
          run.element,
        ),
        h(
          'section',
          { class: 'panel', 'aria-labelledby': 'diff-heading' },
          h('h2', { id: 'diff-heading' }, 'What differs from the baseline'),
          baselineSlot,
          diffSlot,
        ),
        recentRuns(),
      ),
    ),
  );
  show(loaded);
}
