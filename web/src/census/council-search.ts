/** Find a council by typing part of its name, its ONS code or its DfE LA number; the best match is chosen. */
import { type CouncilItem, matchCouncils } from '../census-api.js';
import { h, uid } from '../dom.js';

export interface CouncilSearch {
  element: HTMLElement;
  selected(): CouncilItem | undefined;
}

const describe = (c: CouncilItem) => `${c.name} (${c.code}, LA ${c.laNumber}), ${c.region}`;

export function councilSearch(
  prefix: string,
  councils: readonly CouncilItem[],
  onPick: (council: CouncilItem | undefined) => void,
  initial?: string,
): CouncilSearch {
  const hintId = uid('hint');
  const input = h('input', {
    id: `${prefix}-search`,
    type: 'search',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': hintId,
    'aria-controls': `${prefix}-list`,
  });
  const count = h('span', { class: 'hint' });
  const list = h('select', { id: `${prefix}-list`, size: 6, class: 'council-list' });
  let current: CouncilItem | undefined;
  let shown: CouncilItem[] = [];

  const choose = (council: CouncilItem | undefined) => {
    current = council;
    list.value = council?.code ?? '';
    onPick(council);
  };
  const refresh = () => {
    shown = matchCouncils(councils, input.value).slice(0, 200);
    list.replaceChildren(...shown.map((c) => h('option', { value: c.code }, describe(c))));
    count.textContent =
      shown.length === 0
        ? ' – none match; try fewer letters or the ONS code'
        : ` – ${shown.length} match${shown.length === 1 ? '' : 'es'}`;
    const keep = current && shown.includes(current) ? current : shown[0];
    if (keep !== current || list.value !== (keep?.code ?? '')) choose(keep);
  };
  input.addEventListener('input', refresh);
  list.addEventListener('change', () => choose(shown.find((c) => c.code === list.value)));

  if (initial) {
    const [best] = matchCouncils(councils, initial);
    if (best) input.value = best.name;
  }
  refresh();

  const element = h(
    'div',
    { class: 'council-search' },
    h(
      'div',
      { class: 'field' },
      h('label', { for: input.id }, 'Find your council'),
      h(
        'p',
        { class: 'explainer', id: hintId },
        'Type part of its name (“Hull”), its ONS code (E06000010) or its DfE LA number (810).',
      ),
      input,
    ),
    h('div', { class: 'field' }, h('label', { for: list.id }, 'Council', count), list),
  );
  return { element, selected: () => current };
}
