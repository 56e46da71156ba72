import { useEffect, useState } from 'react';
import type { Paging } from './PagedTable';

/**
 * Shows a record just saved, in place: the list asks the core for the page holding it
 * (`focusId`: the same filters and sort, counted in SQL), turns to that page, and the row is
 * highlighted (PagedTable's `highlightId`). The focus is asked once, so paging on stays free.
 *
 *   const saved = useSavedRow();
 *   const list = useApiQuery('people.list', { ...filters, ...paging, ...saved.focus });
 *   useTurnToSavedRow(saved, list, paging, setPaging);
 */
export function useSavedRow() {
  const [focusId, setFocusId] = useState<string | null>(null);
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
    /** The page holding it has come: highlight it and stop asking. */
    found: (id: string) => {
      setHighlightId(id);
      setFocusId(null);
    },
  };
}

/** Turns the list to the page the core answered for the saved record, then highlights it. */
export function useTurnToSavedRow(
  saved: ReturnType<typeof useSavedRow>,
  list: { data?: { page: number } | null; loading: boolean },
  paging: Paging,
  setPaging: (next: Paging) => void,
): void {
  const { focusId, found } = saved;
  useEffect(() => {
    if (!focusId || list.loading || !list.data) return;
    if (list.data.page !== paging.page) setPaging({ ...paging, page: list.data.page });
    found(focusId);
  }, [focusId, found, list.data, list.loading, paging, setPaging]);
}
