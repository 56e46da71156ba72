import { useEffect } from 'react';
import type { Paging } from './PagedTable';

/**
 * A remembered page may lie past the end once rows are gone (archived, handed over, filtered
 * elsewhere): the list then turns to its last page instead of showing an empty one. `total` is the
 * list's count as last read (undefined while the first read is on its way).
 */
export function usePageInRange(total: number | undefined, paging: Paging, onPaging: (next: Paging) => void): void {
  useEffect(() => {
    if (total === undefined || paging.page === 1) return;
    const last = Math.max(1, Math.ceil(total / paging.pageSize));
    if (paging.page > last) onPaging({ ...paging, page: last });
  }, [total, paging, onPaging]);
}
