/**
 * The scenario editor: one collapsible group per schema group, the curated main levers first,
 * then every other setting of the group. Edits change `draft` in place and call onChange.
 */
import type { Json, JsonObject } from '../api-types.js';
import { h } from '../dom.js';
import type { FieldDef } from './field-def.js';
import type { FieldRegistry } from './field-registry.js';
import { fieldView } from './field-view.js';
import { genericSections } from './generic-fields.js';
import { humaniseKey, itemName } from './humanise.js';
import { expandPath, getAt, setAt } from './json-path.js';
import { HIDDEN_KEYS, LEVER_GROUPS } from './lever-catalogue.js';
import type { LeverGroup } from './lever-kinds.js';
import { factsOf, nodeAt, type SchemaNode } from './schema-node.js';

export interface EditorOptions {
  draft: JsonObject;
  schema: SchemaNode | undefined;
  registry: FieldRegistry;
  onChange: () => void;
}

/** Groups for every top-level key: the catalogue's, then one per key the catalogue does not know. */
export function editorGroups(draft: JsonObject, schema: SchemaNode | undefined): LeverGroup[] {
  const known = new Set(LEVER_GROUPS.flatMap((g) => g.keys));
  const props = schema && typeof schema.properties === 'object' ? Object.keys(schema.properties ?? {}) : [];
  const extra = [...new Set([...props, ...Object.keys(draft)])].filter(
    (k) => !known.has(k) && !HIDDEN_KEYS.has(k),
  );
  return [
    ...LEVER_GROUPS,
    ...extra.map((k) => ({ id: k, title: humaniseKey(k), explainer: '', keys: [k], levers: [] })),
  ];
}

/** The curated levers of a group, one field per concrete entry (`*` expanded). */
function leverDefs(group: LeverGroup, draft: JsonObject, schema: SchemaNode | undefined): FieldDef[] {
  return group.levers.flatMap((lever) => {
    const paths = lever.path.includes('*') ? expandPath(draft, lever.path) : [lever.path];
    return paths
      .map((path) => ({ path, facts: factsOf(nodeAt(schema, path)) }))
      .filter(({ path, facts }) => {
        // Show a lever the scenario sets, or one with a default inside a part the scenario has.
        if (getAt(draft, path) !== undefined) return true;
        const parent = path.split('.').slice(0, -1).join('.');
        return facts?.defaultValue !== undefined && (parent === '' || getAt(draft, parent) !== undefined);
      })
      .map(({ path, facts }) => {
        const star = lever.path.split('.').indexOf('*');
        const parts = path.split('.');
        const item = star < 0 ? '' : itemName(parts[star]!, getAt(draft, parts.slice(0, star + 1).join('.')));
        return {
          ...lever,
          path,
          label: item ? `${lever.label}: ${item}` : lever.label,
          ...(facts?.defaultValue === undefined ? {} : { defaultValue: facts.defaultValue }),
          ...(facts?.options ? { options: facts.options } : {}),
          explainer: facts?.description && !lever.explainer ? facts.description : lever.explainer,
        };
      });
  });
}

export function scenarioEditor(options: EditorOptions): HTMLElement {
  const { draft, schema, registry, onChange } = options;
  registry.clear();
  const change = (path: string, value: Json | undefined) => {
    setAt(draft, path, value);
    onChange();
  };
  const groups = editorGroups(draft, schema).map((group, index) => {
    const levers = leverDefs(group, draft, schema);
    const covered = new Set(levers.map((d) => d.path));
    const sections = genericSections(draft, schema, group.keys, covered);
    const present = group.keys.some((k) => draft[k] !== undefined);
    const groupError = h('p', { class: 'field-error', hidden: true });
    for (const key of group.keys) {
      registry.add({
        path: key,
        focusTarget: groupError,
        showError: (m) => {
          groupError.textContent = `${humaniseKey(key)}: ${m}`;
          groupError.hidden = false;
          groupError.closest('details')?.setAttribute('open', '');
        },
        clearError: () => {
          groupError.hidden = true;
        },
      });
    }
    const field = (def: FieldDef) => fieldView(def, getAt(draft, def.path), change, registry);
    const others = sections.length
      ? h(
          'details',
          { class: 'other-settings' },
          h(
            'summary',
            {},
            `All other ${group.title.toLowerCase()} settings (${sections.reduce((n, s) => n + s.defs.length, 0)})`,
          ),
          sections.map((s) =>
            h(
              'div',
              { class: 'field-section' },
              h('h4', {}, s.heading),
              h('div', { class: 'field-grid' }, s.defs.map(field)),
            ),
          ),
        )
      : null;
    if (!levers.length && !others) return null;
    return h(
      'details',
      { class: 'group', 'data-group': group.id, open: index < 2 || undefined },
      h(
        'summary',
        {},
        h('span', { class: 'group-title' }, group.title),
        group.explainer ? h('span', { class: 'group-explainer' }, ` ${group.explainer}`) : null,
      ),
      groupError,
      !present && group.levers.length === 0
        ? h('p', { class: 'hint' }, 'Not set in this scenario: defaults apply.')
        : null,
      levers.length ? h('div', { class: 'field-grid' }, levers.map(field)) : null,
      others,
    );
  });
  return h('div', { class: 'scenario-editor' }, groups);
}
