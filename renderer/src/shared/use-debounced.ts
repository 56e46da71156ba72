import { useEffect, useState } from 'react';

/** How long typing must pause before a search goes to the core. */
export const SEARCH_DELAY_MS = 300;

/** The value once it has stopped changing for a moment: a search typed, asked for once typing pauses. */
export function useDebounced<T>(value: T, delay = SEARCH_DELAY_MS): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
