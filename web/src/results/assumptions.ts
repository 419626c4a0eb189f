/** The scenario's assumptions as a reader sees them: its description and where each figure comes from. */
import type { Json } from '../api-types.js';
import { h } from '../dom.js';
import { isObject } from '../editor/json-path.js';

export function assumptionsSection(scenario: Json | undefined, open = false): HTMLElement | null {
  if (!isObject(scenario)) return null;
  const sources = isObject(scenario.sources) ? Object.entries(scenario.sources) : [];
  const body = [
    typeof scenario.description === 'string' && scenario.description
      ? h('p', { class: 'scenario-description' }, scenario.description)
      : null,
    sources.length
      ? h(
          'div',
          { class: 'table-scroll' },
          h(
            'table',
            { class: 'data-table sources-table', 'data-table': 'sources' },
            h('caption', {}, 'Where each assumption comes from'),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', { scope: 'col' }, 'Parameter'),
                h('th', { scope: 'col' }, 'Source or reasoning'),
              ),
            ),
            h(
              'tbody',
              {},
              sources.map(([path, text]) =>
                h('tr', {}, h('th', { scope: 'row' }, h('code', {}, path)), h('td', {}, String(text))),
              ),
            ),
          ),
        )
      : h('p', { class: 'hint' }, 'This scenario names no sources for its figures.'),
  ];
  return open
    ? h(
        'section',
        { class: 'panel assumptions', 'aria-labelledby': 'assumptions-heading' },
        h('h2', { id: 'assumptions-heading' }, 'Assumptions and sources'),
        body,
      )
    : h(
        'details',
        { class: 'panel assumptions' },
        h('summary', {}, h('h2', { class: 'inline-heading' }, 'Assumptions and sources')),
        body,
      );
}
