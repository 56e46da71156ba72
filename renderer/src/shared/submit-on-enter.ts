import type { FormInstance } from 'antd';
import type { KeyboardEvent } from 'react';

/**
 * Forms in a Modal keep their Save button in the footer, outside the <form>, so Enter would do
 * nothing — except in a form with one text box, where the browser submits the form by itself on
 * any Enter (implicit submission): the Enter that picks a date or an option, or the one an input
 * method (Telex/VNI) uses to finish a letter, saved an unfinished one-field dialog.
 *
 * This keydown handler takes every Enter: from a date picker or drop-down it only keeps the
 * browser from submitting (the control picks the value) — but a date typed into a dialog's only
 * field saves, as the browser's own one-field submission did; while a letter is being composed it does
 * nothing; from a plain text box it saves when the form is complete (`form` given: its rules pass
 * without showing errors), and otherwise goes on to the next field, as Tab would.
 */
export function submitOnEnter(submit: () => void, form?: FormInstance) {
  return (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    const target = event.target as HTMLElement;
    if (target.tagName !== 'INPUT') return;
    event.preventDefault();
    const formElement = event.currentTarget; // React clears it once the handler returns.
    if (target.closest('.ant-picker, .ant-select')) {
      // A date typed into a dialog's only field is the whole form: Enter saves it (its rules then
      // speak), once the picker has taken the typed date (after this keydown).
      const typed = target.closest('.ant-picker') && (target as HTMLInputElement).value.trim() !== '';
      if (typed && fieldsOf(formElement).length === 1) setTimeout(submit);
      return;
    }
    if (!form) return submit();
    form.validateFields({ validateOnly: true }).then(submit, () => focusNextField(formElement, target));
  };
}

/** The controls of the form a user could type in or pick from, in order. */
function fieldsOf(formElement: HTMLElement): HTMLElement[] {
  return [...formElement.querySelectorAll<HTMLElement>('input, textarea, [role="combobox"]')].filter(
    (el) => !el.matches(':disabled, [type="hidden"]') && el.tabIndex >= 0 && !el.closest('[aria-hidden="true"]'),
  );
}

/** The next control of the form after `from` that a user could type in or pick from. */
function focusNextField(formElement: HTMLElement, from: HTMLElement): void {
  const fields = fieldsOf(formElement);
  const next = fields[fields.indexOf(from) + 1];
  next?.focus();
}
