import { useCallback, useState, type SetStateAction } from 'react';

/*
 * What each user left on screen (a list's filters, sort and page, a section's open tab, the last
 * address), kept per account so coming back to a screen — or starting the program again — finds
 * it as it was, and another account never sees it.
 *
 * Why localStorage and not a table in the database: these are a window's habits, not office
 * records — writing them through the API would put an audit row in the trail at every click of a
 * pager, and they need no backup. localStorage is there in both transports (Electron keeps it in
 * its profile folder across restarts; a browser keeps it per address, so browser mode keeps it
 * when started on the same port, QSDP_PORT). Reads are synchronous, so a list's first request
 * already carries the remembered filters instead of asking twice. The key holds the account's id,
 * never a name; the typed search text stays in memory for the session only (see SESSION_ONLY).
 */

const PREFIX = 'qsdp.memory.';

let userId: string | null = null;
let cache: Record<string, unknown> = {};
/** Each account's memory in this run of the window, by account id. */
const sessions = new Map<string, Record<string, unknown>>();

function storageKey(id: string): string {
  return PREFIX + id;
}

function load(id: string): Record<string, unknown> {
  try {
    const raw = localStorage.getItem(storageKey(id));
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    // A damaged entry (edited by hand, or a full disk mid-write) only costs the remembered screens.
    return {};
  }
}

/**
 * Typed search text (names, citizen ID numbers) is personal data: it is remembered for the session
 * only, never written to the profile folder, which unlike the database is not encrypted.
 */
const SESSION_ONLY = 'search';

function withoutSessionOnly(value: unknown): unknown {
  if (!isPlainObject(value) || !(SESSION_ONLY in value)) return value;
  const { [SESSION_ONLY]: _typed, ...rest } = value;
  return rest;
}

function save(): void {
  if (!userId) return;
  try {
    const lasting = Object.fromEntries(Object.entries(cache).map(([k, v]) => [k, withoutSessionOnly(v)]));
    localStorage.setItem(storageKey(userId), JSON.stringify(lasting));
  } catch {
    // Storage full or disabled: the screens still work, they just forget on the next start.
  }
}

/** Whose memory the screens read and write: called by the login gate before the screens render. */
export function bindMemoryTo(id: string | null): void {
  if (id === userId) return;
  userId = id;
  if (!id) {
    cache = {};
    return;
  }
  // Within one run of the program an account gets back its whole memory, the session-only search
  // included (a lock or a re-check of the session binds again); a restart reads the stored part.
  cache = sessions.get(id) ?? load(id);
  sessions.set(id, cache);
}

/** Forgets this run's memories, as closing the window does (the tests' stand-in for a restart). */
export function forgetSessionMemory(): void {
  sessions.clear();
  userId = null;
  cache = {};
}

/** What the current user left under a key, if anything (nothing while nobody is logged in). */
export function recall<T>(key: string): T | undefined {
  return userId ? (cache[key] as T | undefined) : undefined;
}

/** Keeps a value for the current user under a key; undefined forgets it. */
export function remember(key: string, value: unknown): void {
  if (!userId) return;
  if (value === undefined) delete cache[key];
  else cache[key] = value;
  save();
}

/**
 * useState that the current user gets back under `key` (no key: plain state). A remembered object
 * is laid over the initial one, so a filter added to a screen later still gets its default.
 */
export function useRemembered<T>(
  key: string | undefined,
  initial: T | (() => T),
): [T, (next: SetStateAction<T>) => void] {
  const [value, setValue] = useState<T>(() => {
    const fresh = typeof initial === 'function' ? (initial as () => T)() : initial;
    const kept = key === undefined ? undefined : recall<T>(key);
    if (kept === undefined) return fresh;
    if (isPlainObject(fresh) && isPlainObject(kept)) return overlay(fresh, kept) as T;
    return typeof kept === typeof fresh ? kept : fresh;
  });
  const set = useCallback(
    (next: SetStateAction<T>) => {
      setValue((current) => {
        const value = typeof next === 'function' ? (next as (c: T) => T)(current) : next;
        if (key !== undefined) remember(key, isPlainObject(value) ? keepCleared(value) : value);
        return value;
      });
    },
    [key],
  );
  return [value, set];
}

/** A cleared filter (undefined) is kept as null, since JSON would drop it and the default come back. */
function keepCleared(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, v === undefined ? null : v]));
}

function overlay(fresh: Record<string, unknown>, kept: Record<string, unknown>): Record<string, unknown> {
  const out = { ...fresh };
  for (const [k, v] of Object.entries(kept)) out[k] = v === null && fresh[k] !== null ? undefined : v;
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
