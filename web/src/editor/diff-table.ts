/** The parameters that differ between scenarios: dotted path, then the value in each scenario. */
import { h } from '../dom.js';
import { formatParameter } from '../format.js';
import type { DiffRow } from './scenario-diff.js';

export function diffTable(rows: DiffRow[], columns: string[], caption: string): HTMLElement {
  if (rows.length === 0) return h('p', { class: 'hint', 'data-diff': 'none' }, 'No parameters differ.');
  return h(
    'div',
    { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': caption },
    h(
      'table',
      { class: 'data-table diff-table', 'data-table': 'diff' },
      h('caption', {}, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Parameter (dotted path)'),
          columns.map((c) => h('th', { scope: 'col' }, c)),
        ),
      ),
      h(
        'tbody',
        {},
        rows.map((row) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, h('code', {}, row.path)),
            row.values.map((v) => h('td', {}, formatParameter(v))),
          ),
        ),
      ),
    ),
  );
}
