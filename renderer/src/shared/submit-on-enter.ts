import type { KeyboardEvent } from 'react';

/**
 * Forms in a Modal keep their Save button in the footer, outside the <form>, so
 * Enter would do nothing. This keydown handler saves on Enter from a plain text
 * box — not while an input method (Telex/VNI) is composing a letter, and not from
 * a date picker or drop-down, where Enter picks the value.
 */
export function submitOnEnter(submit: () => void) {
  return (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    const target = event.target as HTMLElement;
    if (target.tagName !== 'INPUT' || target.closest('.ant-picker, .ant-select')) return;
    event.preventDefault();
    submit();
  };
}
