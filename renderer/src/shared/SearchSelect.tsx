import { Select, type SelectProps } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import { format, vi } from '../messages/vi';
import { anyFoldedMatch, foldedFilter } from './folded-search';

/** The search behaviour SearchSelect owns, so no screen sets it differently (an ESLint rule keeps it so). */
type Managed =
  | 'showSearch'
  | 'filterOption'
  | 'optionFilterProp'
  | 'onSearch'
  | 'searchValue'
  | 'autoClearSearchValue'
  | 'notFoundContent'
  | 'open'
  | 'onOpenChange';

export interface SearchSelectProps<V> extends Omit<SelectProps<V>, Managed> {
  /** The core searches: each typed text goes here and the options are shown as they come back. */
  onRemoteSearch?(typed: string): void;
  /** What the list says before anything is typed and there is nothing to choose ("Chưa có đơn vị…"). */
  emptyText?: ReactNode;
}

/**
 * The program's one searchable Select. Typed text matches option labels (or their `search` text)
 * folded by the core's rule — "duc xuan" finds "Đức Xuân" — and a text nothing matches is never
 * dropped silently: the list says so, and Enter keeps the list open with the text still in the box
 * (antd would close it and clear the search, leaving the field blank without a word).
 */
export function SearchSelect<V>({
  onRemoteSearch,
  emptyText,
  options,
  loading,
  onKeyDown,
  onBlur,
  onSelect,
  ...props
}: SearchSelectProps<V>) {
  const [typed, setTyped] = useState('');
  const [open, setOpen] = useState(false);
  // The key that led to a close: only Enter on an empty match is refused; Escape, Tab and clicks close.
  const lastKey = useRef<string | null>(null);
  const searching = typed.trim() !== '';
  const noMatch =
    searching && !loading && (onRemoteSearch ? (options?.length ?? 0) === 0 : !anyFoldedMatch(options ?? [], typed));

  return (
    <Select<V>
      {...props}
      options={options}
      loading={loading}
      open={open}
      onOpenChange={(next) => {
        if (!next && noMatch && lastKey.current === 'Enter') return;
        setOpen(next);
      }}
      showSearch={{
        filterOption: onRemoteSearch ? false : foldedFilter,
        onSearch: (text) => {
          setTyped(text);
          onRemoteSearch?.(text);
        },
      }}
      notFoundContent={
        loading
          ? vi.app.loading
          : searching
            ? format(vi.search.notFound, { text: typed.trim() })
            : (emptyText ?? vi.search.empty)
      }
      onKeyDown={(event) => {
        lastKey.current = event.key;
        onKeyDown?.(event);
      }}
      onBlur={(event) => {
        lastKey.current = null;
        onBlur?.(event);
      }}
      onSelect={(...args) => {
        // antd clears its search on a pick without telling onSearch: forget the text here too.
        setTyped('');
        onSelect?.(...args);
      }}
    />
  );
}
