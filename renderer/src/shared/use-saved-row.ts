import { App } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { vi } from '../messages/vi';
import type { Paging } from './PagedTable';

/**
 * Shows a record just saved, in place: the list asks the core for the page holding it
 * (`focusId`: the same filters and sort, counted in SQL), turns to that page, and the row is
 * highlighted and scrolled into view (PagedTable's `highlightId`). When the list's filters leave
 * the record out, the page stays and the user is told so. The focus is asked once, so paging on
 * stays free.
 *
 *   const saved = useSavedRow();
 *   const list = useApiQuery('people.list', { ...filters, ...paging, ...saved.focus });
 *   useTurnToSavedRow(saved, list, paging, setPaging);
 *   … <PagedTable highlightId={saved.highlightId} …/>, and after a save: saved.show(record.id)
 */
export function useSavedRow(
  /** A record saved just before the list mounted (a list remounted by the save, or a tab opened after it). */
  savedBeforeMount: string | null = null,
) {
  const [focusId, setFocusId] = useState<string | null>(savedBeforeMount);
  const [highlightId, setHighlightId] = useState<string | null>(null);
  return {
    focusId,
    /** Spread into the list query: present only while the saved row is being looked for. */
    focus: focusId ? { focusId } : {},
    highlightId,
    /** After a save: show this record. */
    show: (id: string) => {
      setHighlightId(null);
      setFocusId(id);
    },
    /** The list has answered: highlight the record (null: it is not in the list) and stop asking. */
    found: (id: string | null) => {
      setHighlightId(id);
      setFocusId(null);
    },
  };
}

/** Turns the list to the page the core answered for the saved record, then highlights it. */
export function useTurnToSavedRow(
  saved: ReturnType<typeof useSavedRow>,
  list: { data?: { page: number; focusOutside?: true } | null; loading: boolean },
  paging: Paging,
  setPaging: (next: Paging) => void,
): void {
  const { focusId, found } = saved;
  const { message } = App.useApp();
  useEffect(() => {
    if (!focusId || list.loading || !list.data) return;
    if (list.data.focusOutside) {
      message.info(vi.savedRow.outsideFilter);
      found(null);
      return;
    }
    if (list.data.page !== paging.page) setPaging({ ...paging, page: list.data.page });
    found(focusId);
  }, [focusId, found, list.data, list.loading, paging, setPaging, message]);
}

/** The class of a saved record's row; its look is in the shell's layout CSS (shell/layout-css.ts). */
export const SAVED_ROW_CLASS = 'qsdp-saved-row';

/** A table's `rowClassName` marking the saved record's row. */
export function savedRowClassName(highlightId: string | null | undefined) {
  return (row: object): string => (highlightId && (row as { id?: string }).id === highlightId ? SAVED_ROW_CLASS : '');
}

/**
 * Brings the highlighted row into view once it is on the page: a list's body scrolls inside
 * itself, so the tenth row of a page can be below the body's bottom edge. Returns the `ref` for
 * the element wrapping the table, passing the node on to `measureFrom` (the table's own sizing).
 */
export function useSavedRowInView(
  measureFrom: (node: HTMLDivElement | null) => void,
  id: string | null | undefined,
  rows: unknown,
): (node: HTMLDivElement | null) => void {
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  useEffect(() => {
    if (!box || !id) return;
    const row = [...box.querySelectorAll('tr[data-row-key]')].find((tr) => tr.getAttribute('data-row-key') === id);
    row?.scrollIntoView?.({ block: 'nearest' });
  }, [box, id, rows]);
  return useCallback(
    (node: HTMLDivElement | null) => {
      measureFrom(node);
      setBox(node);
    },
    [measureFrom],
  );
}
