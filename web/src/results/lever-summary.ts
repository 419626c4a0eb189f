/** The main levers of a scenario in plain words, one row each under its group, for the board report. */
import type { Json } from '../api-types.js';
import { h } from '../dom.js';
import { itemName } from '../editor/humanise.js';
import { expandPath, getAt, isObject } from '../editor/json-path.js';
import { LEVER_GROUPS } from '../editor/lever-catalogue.js';
import { describeParameter } from '../format.js';

export function leverSummary(scenario: Json | undefined): HTMLElement | null {
  if (!isObject(scenario)) return null;
  const body = LEVER_GROUPS.filter((g) => g.id !== 'basics').flatMap((group) => {
    const rows = group.levers.flatMap((lever) =>
      expandPath(scenario, lever.path)
        .map((path) => ({ path, value: getAt(scenario, path) }))
        .filter(({ value }) => value !== undefined)
        .map(({ path, value }) => {
          const star = lever.path.split('.').indexOf('*');
          const parts = path.split('.');
          const item =
            star < 0 ? '' : itemName(parts[star]!, getAt(scenario, parts.slice(0, star + 1).join('.')));
          return h(
            'tr',
            {},
            h('th', { scope: 'row' }, `${lever.label}${item ? ` (${item})` : ''}`),
            h(
              'td',
              {},
              describeParameter(value),
              lever.unit && lever.kind !== 'boolean' ? h('span', { class: 'hint' }, ` ${lever.unit}`) : null,
            ),
          );
        }),
    );
    return rows.length
      ? [h('tr', { class: 'group-row' }, h('th', { colspan: 2, scope: 'colgroup' }, group.title)), ...rows]
      : [];
  });
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'data-table lever-table', 'data-table': 'levers' },
      h('caption', {}, 'Main levers (a range is uncertainty: each simulated future draws one value from it)'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Lever'), h('th', { scope: 'col' }, 'Value'))),
      h('tbody', {}, body),
    ),
  );
}
