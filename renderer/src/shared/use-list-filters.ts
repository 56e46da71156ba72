import { useCallback, useMemo } from 'react';
import { filterFields } from './filter-fields';
import type { Paging } from './PagedTable';
import { useRemembered } from './remembered';

/**
 * A list inside one record (a campaign's citizens): its page, and the filters that only mean
 * something for that record (a stage of this campaign, a place as of its date), are remembered per
 * record, so a page chosen in one campaign is not applied to another's; the other filters are the
 * user's habits and stay shared.
 */
export interface ListWithin<F> {
  record: string;
  /** A constant (defined once, outside the screen): it is compared by identity. */
  filters?: readonly (keyof F)[];
}

/**
 * A paged list's filters and page: a changed filter goes back to the first page. `change` takes
 * the whole filters (a filter bar's onChange); `set` and `field` are `filterFields`' (a patch; one
 * control bound to one key). Both are remembered for the logged-in user under `key` (one per list,
 * e.g. 'people'), so leaving the screen or restarting the program finds the list as it was left.
 */
export function useListFilters<F extends object>(
  key: string,
  initial: F | (() => F),
  pageSize = 20,
  within?: ListWithin<F>,
) {
  const own = within ? `${key}@${within.record}` : key;
  const ownKeys = within?.filters ?? NONE;
  const fresh = () => (typeof initial === 'function' ? (initial as () => F)() : initial);
  const [general, setGeneral] = useRemembered<F>(`${key}.filters`, () => omit(fresh(), ownKeys));
  const [mine, setMine] = useRemembered<Partial<F>>(within && `${own}.filters`, () => pick(fresh(), ownKeys));
  const [paging, setPaging] = useRemembered<Paging>(`${own}.paging`, { page: 1, pageSize });
  const filters = useMemo(() => ({ ...omit(general, ownKeys), ...mine }) as F, [general, mine, ownKeys]);
  const change = useCallback(
    (next: F) => {
      setGeneral(omit(next, ownKeys));
      setMine(pick(next, ownKeys));
      setPaging((p) => ({ ...p, page: 1 }));
    },
    [setGeneral, setMine, setPaging, ownKeys],
  );
  return { filters, paging, setPaging, change, ...filterFields(filters, change) };
}

const NONE: readonly never[] = [];

function omit<F extends object>(value: F, keys: readonly (keyof F)[]): F {
  if (keys.length === 0) return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => !keys.includes(k as keyof F))) as F;
}

function pick<F extends object>(value: F, keys: readonly (keyof F)[]): Partial<F> {
  return Object.fromEntries(Object.entries(value).filter(([k]) => keys.includes(k as keyof F))) as Partial<F>;
}
