/** /compare?runs=a,b: runs overlaid on the same charts with a legend, and the parameters that differ. */
import { api } from '../api-client.js';
import type { Run, RunResult } from '../api-types.js';
import { chartCard } from '../charts/chart-card.js';
import type { ChartSpec } from '../charts/chart-spec.js';
import { type LabelledRun, overlaySpec } from '../charts/overlay-spec.js';
import { thresholdKey, thresholdSpec } from '../charts/threshold-spec.js';
import { fill, h } from '../dom.js';
import { diffTable } from '../editor/diff-table.js';
import { diffScenarios } from '../editor/scenario-diff.js';
import { FAN_METRICS } from '../metric-catalogue.js';
import { financialYearSection } from '../results/financial-year-table.js';
import { glossary } from '../results/glossary.js';
import { comparePath, navigate } from '../router.js';
import { compareLegend } from './compare-legend.js';
import { compareSummary } from './compare-summary.js';
import { pairedComparison } from './paired-comparison.js';
import { recentRuns } from './recent-runs.js';

function labelsOf(runs: Run[]): string[] {
  return runs.map((r, i) => {
    const m = r.manifest;
    const same = runs.filter((o) => o.manifest.scenarioName === m.scenarioName).length > 1;
    return `${i + 1}. ${m.scenarioName}${same ? ` (seed ${m.seed}, ${m.runs} runs)` : ''}`;
  });
}

function compareSpecs(labelled: LabelledRun[]): ChartSpec[] {
  const specs = FAN_METRICS.map((m) => overlaySpec(labelled, m)).filter(
    (s): s is ChartSpec => s !== undefined,
  );
  const keys = [...new Set(labelled.flatMap((r) => r.result.thresholds.map(thresholdKey)))];
  for (const key of keys) {
    const spec = thresholdSpec(labelled, key);
    if (spec) specs.push(spec);
  }
  return specs;
}

export async function renderCompareView(main: HTMLElement, ids: string[]): Promise<void> {
  if (ids.length === 0) {
    fill(
      main,
      h('h1', { tabindex: -1 }, 'Compare runs'),
      h(
        'p',
        { class: 'lede' },
        'Tick two or more finished runs below, then choose “Compare selected runs”. Run options with the same seed as the baseline so the differences show the policy, not chance.',
      ),
      recentRuns(),
    );
    return;
  }
  const runs = await Promise.all(ids.map((id) => api.run(id)));
  const done = runs.filter((r) => r.status === 'done');
  const results: RunResult[] = await Promise.all(done.map((r) => api.result(r.id)));
  const labels = labelsOf(done);
  const labelled: LabelledRun[] = done.map((_, i) => ({ label: labels[i]!, result: results[i]! }));
  const notDone = runs.filter((r) => r.status !== 'done');
  const seeds = new Set(done.map((r) => r.manifest.seed));
  const options = {
    fileStem: `caseforce-compare-${done.length}-runs`,
    footnote: `Caseforce comparison: ${done.map((r) => `${r.manifest.scenarioName} (seed ${r.manifest.seed}, ${r.manifest.runs} runs, ${r.manifest.scenarioHash.slice(0, 8)})`).join(' vs ')}`,
  };
  const rows = diffScenarios(done.map((r) => r.manifest.scenario));
  fill(
    main,
    h('h1', { tabindex: -1 }, `Compare ${done.length} runs`),
    h(
      'p',
      { class: 'lede' },
      'Run 1 is the baseline. Each chart shows every run’s median as a line and the middle 50% of its simulated futures as a shaded band.',
    ),
    seeds.size > 1
      ? h(
          'p',
          { class: 'warning', role: 'note' },
          'These runs use different seeds, so part of each difference is chance. Run options with the baseline’s seed for a fair comparison.',
        )
      : null,
    notDone.length
      ? h('p', { class: 'warning' }, `${notDone.length} run(s) are not finished and are left out.`)
      : null,
    compareLegend(done, labels, ids, (next) => navigate(comparePath(next))),
    compareSummary(labelled),
    pairedComparison(done, labels),
    glossary(),
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'diff-heading' },
      h('h2', { id: 'diff-heading' }, 'Parameters that differ'),
      diffTable(rows, labels, 'Parameters that differ between the runs’ scenarios'),
    ),
    h(
      'section',
      { class: 'charts', 'aria-labelledby': 'charts-heading' },
      h('h2', { id: 'charts-heading' }, 'Charts by month'),
      h(
        'div',
        { class: 'chart-grid' },
        compareSpecs(labelled).map((spec) => chartCard(spec, options)),
      ),
    ),
    ...labelled.map(({ label, result }) => {
      const section = financialYearSection(result);
      const heading = section.querySelector('h2');
      if (heading) {
        heading.textContent = `Cost by financial year: ${label}`;
        heading.removeAttribute('id');
        section.removeAttribute('aria-labelledby');
      }
      return section;
    }),
  );
}
