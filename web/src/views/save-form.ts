/** Save the edited scenario under a new name (POST /api/scenarios), or download it as JSON. */
import { h, liveStatus, uid } from '../dom.js';

export interface SaveForm {
  element: HTMLElement;
  status: HTMLElement;
  nameInput: HTMLInputElement;
  showNameError(message: string | undefined): void;
}

export function saveForm(onSave: (name: string) => void, onDownload: () => void): SaveForm {
  const nameInput = h('input', { id: 'save-name', type: 'text', autocomplete: 'off', maxlength: 120 });
  const error = h('p', { class: 'field-error', id: uid('error'), hidden: true });
  const hintId = uid('hint');
  nameInput.setAttribute('aria-describedby', `${hintId} ${error.id}`);
  const status = liveStatus();
  const form = h(
    'form',
    { class: 'save-form', novalidate: true, 'aria-label': 'Save scenario' },
    h(
      'div',
      { class: 'field' },
      h('label', { for: nameInput.id }, 'Name for the new scenario'),
      h(
        'p',
        { class: 'explainer', id: hintId },
        'Saved scenarios appear in the list for everyone using this server.',
      ),
      error,
      nameInput,
    ),
    h(
      'div',
      { class: 'button-row' },
      h('button', { type: 'submit', class: 'secondary', id: 'save-button' }, 'Save as a new scenario'),
      h('button', { type: 'button', class: 'secondary', onclick: onDownload }, 'Download scenario (JSON)'),
    ),
    status,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onSave(nameInput.value.trim());
  });
  return {
    element: form,
    status,
    nameInput,
    showNameError(message) {
      error.textContent = message ?? '';
      error.hidden = !message;
      if (message) nameInput.setAttribute('aria-invalid', 'true');
      else nameInput.removeAttribute('aria-invalid');
    },
  };
}
