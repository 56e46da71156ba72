import { useState } from 'react';

const KEY = 'qsdp.nav.collapsed';

/** Reads the remembered choice; a browser that refuses storage simply starts expanded. */
function remembered(): boolean {
  try {
    return window.localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

/**
 * Whether the side navigation is collapsed, kept in localStorage: a clerk on a small laptop who
 * collapsed it once should not have to do it again after every restart.
 */
export function useNavCollapsed(): [boolean, (next: boolean) => void] {
  const [collapsed, setCollapsed] = useState(remembered);
  const change = (next: boolean) => {
    setCollapsed(next);
    try {
      window.localStorage.setItem(KEY, next ? '1' : '0');
    } catch {
      // Not remembered, still applied.
    }
  };
  return [collapsed, change];
}
