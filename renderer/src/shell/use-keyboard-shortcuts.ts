import { useEffect } from 'react';

/*
 * The program's keyboard shortcuts, in one place (their list for users is vi.keyboard.list):
 *   Ctrl+F or /   the search box of the list on screen (of the open dialog, if one is open)
 *   Alt+N         the screen's add button (the first EditorButton, marked data-shortcut="new")
 *   Ctrl+S        the open dialog's primary button (Lưu, Thêm …)
 *   ?             the list of shortcuts
 *   Esc           closes a dialog or drawer: antd's own, nothing to do here.
 * Ctrl+N is the browser's "new window" and cannot be taken by a page, hence Alt+N.
 */

const visible = (el: Element) => el.getClientRects().length > 0;

/** The open dialog on top, if any: shortcuts act inside it, not on the screen under it. */
function topDialog(): HTMLElement | null {
  const open = [...document.querySelectorAll<HTMLElement>('.ant-modal-wrap, .ant-drawer-content-wrapper')].filter(
    visible,
  );
  return open.at(-1) ?? null;
}

/** Typing in a field: a plain "/" or "?" is a letter there, not a shortcut. */
function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

function first<T extends HTMLElement>(root: ParentNode, selector: string): T | undefined {
  return [...root.querySelectorAll<T>(selector)].find((el) => visible(el) && !el.matches(':disabled'));
}

export function useKeyboardShortcuts(openHelp: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing || event.defaultPrevented) return;
      const ctrl = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const dialog = topDialog();
      const scope: ParentNode = dialog ?? document;
      let done = false;
      if ((ctrl && key === 'f') || (event.key === '/' && !ctrl && !typingIn(event.target))) {
        const search = first<HTMLInputElement>(scope, 'input[type="search"]');
        if (search) {
          search.focus();
          search.select();
          done = true;
        }
      } else if (event.altKey && !ctrl && event.code === 'KeyN' && !dialog) {
        const add = first(document, '[data-shortcut="new"]');
        add?.click();
        done = !!add;
      } else if (ctrl && key === 's') {
        // Never the browser's "save page", whether or not a dialog is open.
        event.preventDefault();
        if (dialog) first(dialog, '.ant-modal-footer .ant-btn-primary')?.click();
      } else if (event.key === '?' && !ctrl && !typingIn(event.target)) {
        openHelp();
        done = true;
      }
      if (done) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [openHelp]);
}

/**
 * The clear (×) buttons of date pickers and text boxes show only on hover, yet Tab stopped on
 * them: Tab from "Ngày sinh" landed on nothing visible. Every such button, in the whole window
 * (dialogs included), is kept out of the tab order as it appears; the mouse still clears, and the
 * keyboard clears by deleting the text.
 */
export function useNoHiddenTabStops(): void {
  useEffect(() => {
    const untab = () =>
      document
        .querySelectorAll<HTMLElement>(
          '.ant-picker-clear:not([tabindex="-1"]), .ant-input-clear-icon:not([tabindex="-1"])',
        )
        .forEach((button) => (button.tabIndex = -1));
    untab();
    const observer = new MutationObserver(untab);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
}
