import type { FormInstance } from 'antd';
import type { KeyboardEvent } from 'react';

/**
 * Forms in a Modal keep their Save button in the footer, outside the <form>, so Enter would do
 * nothing — except in a form with one text box, where the browser submits the form by itself on
 * any Enter (implicit submission): the Enter that picks a date or an option, or the one an input
 * method (Telex/VNI) uses to finish a letter, saved an unfinished one-field dialog.
 *
 * This keydown handler takes every Enter: from a date picker or drop-down it only keeps the
 * browser from submitting (the control picks the value); while a letter is being composed it does
 * nothing; from a plain text box it saves when the form is complete (`form` given: its rules pass
 * without showing errors), and otherwise goes on to the next field, as Tab would.
 */
export function submitOnEnter(submit: () => void, form?: FormInstance) {
  return (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    const target = event.target as HTMLElement;
    if (target.tagName !== 'INPUT') return;
    event.preventDefault();
    if (target.closest('.ant-picker, .ant-select')) return;
    if (!form) return submit();
    const formElement = event.currentTarget; // React clears it once the handler returns.
    form.validateFields({ validateOnly: true }).then(submit, () => focusNextField(formElement, target));
  };
}

/** The next control of the form after `from` that a user could type in or pick from. */
function focusNextField(formElement: HTMLElement, from: HTMLElement): void {
  const fields = [...formElement.querySelectorAll<HTMLElement>('input, textarea, [role="combobox"]')].filter(
    (el) => !el.matches(':disabled, [type="hidden"]') && el.tabIndex >= 0 && !el.closest('[aria-hidden="true"]'),
  );
  const next = fields[fields.indexOf(from) + 1];
  next?.focus();
}
