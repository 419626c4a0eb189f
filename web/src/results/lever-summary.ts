/** The main levers of a scenario as a two-column table, for the board report. */
import type { Json } from '../api-types.js';
import { h } from '../dom.js';
import { derivedText } from '../editor/field-def.js';
import { itemName } from '../editor/humanise.js';
import { expandPath, getAt, isObject } from '../editor/json-path.js';
import { LEVER_GROUPS } from '../editor/lever-catalogue.js';
import { formatParameter } from '../format.js';

export function leverSummary(scenario: Json | undefined): HTMLElement | null {
  if (!isObject(scenario)) return null;
  const rows = LEVER_GROUPS.filter((g) => g.id !== 'basics').flatMap((group) =>
    group.levers.flatMap((lever) =>
      expandPath(scenario, lever.path)
        .map((path) => ({ path, value: getAt(scenario, path) }))
        .filter(({ value }) => value !== undefined)
        .map(({ path, value }) => {
          const star = lever.path.split('.').indexOf('*');
          const parts = path.split('.');
          const item =
            star < 0 ? '' : itemName(parts[star]!, getAt(scenario, parts.slice(0, star + 1).join('.')));
          const note = derivedText(lever as never, value);
          return h(
            'tr',
            {},
            h('th', { scope: 'row' }, `${group.title}: ${lever.label}${item ? ` (${item})` : ''}`),
            h('td', {}, formatParameter(value), note ? h('span', { class: 'hint' }, ` (${note})`) : null),
          );
        }),
    ),
  );
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'data-table lever-table', 'data-table': 'levers' },
      h(
        'caption',
        {},
        'Main levers of this scenario (ranges are the uncertainty sampled once per simulated future)',
      ),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Lever'), h('th', { scope: 'col' }, 'Value'))),
      h('tbody', {}, rows),
    ),
  );
}
