/** The scenario select: shipped scenarios and saved ones in two groups. */
import type { ScenarioSummary } from '../api-types.js';
import { h } from '../dom.js';

export function scenarioSelect(
  id: string,
  label: string,
  scenarios: ScenarioSummary[],
  selectedId: string | undefined,
  onPick: (id: string) => void,
  /** A scenario being edited that is not stored (e.g. built from the census), listed first. */
  unsaved?: ScenarioSummary,
): HTMLElement {
  const option = (s: ScenarioSummary) => h('option', { value: s.id, selected: s.id === selectedId }, s.name);
  const saved = scenarios.filter((s) => !s.shipped);
  const select = h(
    'select',
    { id },
    unsaved ? h('optgroup', { label: 'Not saved yet' }, option(unsaved)) : null,
    h('optgroup', { label: 'Shipped with Caseforce' }, scenarios.filter((s) => s.shipped).map(option)),
    saved.length ? h('optgroup', { label: 'Saved scenarios' }, saved.map(option)) : null,
  );
  select.addEventListener('change', () => onPick(select.value));
  return h('div', { class: 'field' }, h('label', { for: id }, label), select);
}

/** The scenario to measure differences against: one called baseline if there is one. */
export function defaultBaselineId(scenarios: ScenarioSummary[]): string | undefined {
  return (scenarios.find((s) => s.shipped && /baseline/i.test(s.id)) ?? scenarios[0])?.id;
}
