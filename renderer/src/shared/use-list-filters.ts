import { useCallback } from 'react';
import { filterFields } from './filter-fields';
import type { Paging } from './PagedTable';
import { useRemembered } from './remembered';

/**
 * A paged list's filters and page: a changed filter goes back to the first page. `change` takes
 * the whole filters (a filter bar's onChange); `set` and `field` are `filterFields`' (a patch; one
 * control bound to one key). Both are remembered for the logged-in user under `key` (one per list,
 * e.g. 'people'), so leaving the screen or restarting the program finds the list as it was left.
 */
export function useListFilters<F extends object>(key: string, initial: F | (() => F), pageSize = 20) {
  const [filters, setFilters] = useRemembered<F>(`${key}.filters`, initial);
  const [paging, setPaging] = useRemembered<Paging>(`${key}.paging`, { page: 1, pageSize });
  const change = useCallback(
    (next: F) => {
      setFilters(next);
      setPaging((p) => ({ ...p, page: 1 }));
    },
    [setFilters, setPaging],
  );
  return { filters, paging, setPaging, change, ...filterFields(filters, change) };
}
