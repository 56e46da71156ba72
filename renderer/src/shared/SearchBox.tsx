import { Input } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { SEARCH_DELAY_MS } from './use-debounced';

interface Props {
  /** The box's accessible name, and its placeholder unless one is given. */
  label: string;
  placeholder?: string;
  /** The search the list runs now. */
  value: string;
  /** A new search: 300 ms after typing stops, or at once on Enter or the search button. */
  onSearch(text: string): void;
  /** Without one, as wide as its place. */
  width?: number;
  autoFocus?: boolean;
}

/** The search box above a list: typing waits a moment before the list asks the core again. */
export function SearchBox({ label, placeholder, value, onSearch, width, autoFocus }: Props) {
  const [text, setText] = useState(value);
  // The latest handler, read when the delay ends: a list re-rendering while it loads hands a new
  // function each time, which must not restart the delay (the typed search was then never run, and
  // lost when the clerk left the screen before the list fell quiet).
  const search = useRef(onSearch);
  useEffect(() => {
    search.current = onSearch;
  }, [onSearch]);

  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => search.current(text), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, value]);

  return (
    <Input.Search
      allowClear
      autoFocus={autoFocus}
      aria-label={label}
      placeholder={placeholder ?? label}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onSearch={onSearch}
      style={{ width }}
    />
  );
}
