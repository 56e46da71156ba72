import { useState } from 'react';
import { filterFields } from './filter-fields';
import type { Paging } from './PagedTable';

/**
 * A paged list's filters and page: a changed filter goes back to the first page. `change` takes
 * the whole filters (a filter bar's onChange); `set` and `field` are `filterFields`' (a patch; one
 * control bound to one key).
 */
export function useListFilters<F extends object>(initial: F | (() => F), pageSize = 20) {
  const [filters, setFilters] = useState<F>(initial);
  const [paging, setPaging] = useState<Paging>({ page: 1, pageSize });
  const change = (next: F) => {
    setFilters(next);
    setPaging((p) => ({ ...p, page: 1 }));
  };
  return { filters, paging, setPaging, change, ...filterFields(filters, change) };
}
