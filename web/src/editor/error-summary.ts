/** The list of problems above the editor, each linking to its field (the GOV.UK error summary pattern). */
import type { FieldProblem } from '../api-types.js';
import { fill, h } from '../dom.js';
import type { FieldHandle } from './field-registry.js';

export interface ErrorSummary {
  element: HTMLElement;
  show(title: string, placed: { problem: FieldProblem; handle: FieldHandle | undefined }[]): void;
  clear(): void;
}

export function errorSummary(): ErrorSummary {
  const element = h('div', { class: 'error-summary', role: 'alert', tabindex: -1, hidden: true });
  return {
    element,
    show(title, placed) {
      const items = placed.map(({ problem, handle }) => {
        const text = `${problem.path || 'scenario'}: ${problem.message}`;
        if (!handle) return h('li', {}, text);
        const target = handle.focusTarget;
        const link = h('a', { href: `#${target.id || ''}` }, text);
        link.addEventListener('click', (event) => {
          event.preventDefault();
          target.closest('details')?.setAttribute('open', '');
          target.scrollIntoView({ block: 'center' });
          target.focus();
        });
        return h('li', {}, link);
      });
      fill(element, h('h2', {}, title), items.length ? h('ul', {}, items) : null);
      element.hidden = false;
      element.focus();
    },
    clear() {
      element.hidden = true;
      element.replaceChildren();
    },
  };
}
