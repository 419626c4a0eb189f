/** The charts of one run's results, in reading order, each drawn only when the run reports its metric. */
import type { Run, RunResult } from '../api-types.js';
import { chartCard } from '../charts/chart-card.js';
import type { ChartSpec } from '../charts/chart-spec.js';
import { fanSpec, routeSpec } from '../charts/fan-spec.js';
import { thresholdSpec } from '../charts/threshold-spec.js';
import { h } from '../dom.js';
import { FAN_METRICS, metricReported, routeMetrics } from '../metric-catalogue.js';

export function runChartSpecs(result: RunResult, metrics: readonly string[] = FAN_METRICS): ChartSpec[] {
  const specs: ChartSpec[] = [];
  for (const metric of metrics) {
    if (!metricReported(result.series, metric)) continue;
    const spec = fanSpec(result, metric);
    if (spec) specs.push(spec);
    if (metric === 'permanent_fte') {
      const byRoute = routeSpec(result, routeMetrics(Object.keys(result.series)));
      if (byRoute) specs.push(byRoute);
    }
  }
  const thresholds = thresholdSpec([{ label: result.scenario.name, result }]);
  if (thresholds) specs.push(thresholds);
  return specs;
}

export function runFootnote(run: Run, result: RunResult): string {
  return `Caseforce ${result.engineVersion}: ${result.scenario.name}, ${result.runs} runs, seed ${result.seed}, scenario ${result.scenario.hash.slice(0, 12)}, run ${run.id}`;
}

export function runChartsSection(run: Run, result: RunResult, specs = runChartSpecs(result)): HTMLElement {
  const options = { fileStem: `caseforce-run-${run.id.slice(0, 8)}`, footnote: runFootnote(run, result) };
  return h(
    'section',
    { class: 'charts', 'aria-labelledby': 'charts-heading' },
    h('h2', { id: 'charts-heading' }, 'Charts by month'),
    h(
      'div',
      { class: 'chart-grid' },
      specs.map((spec) => chartCard(spec, options)),
    ),
  );
}
