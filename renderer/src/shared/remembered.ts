import { useCallback, useEffect, useState, type SetStateAction } from 'react';

/*
 * What each user left on screen (a list's filters, sort and page, a section's open tab, the last
 * address), kept per account so coming back to a screen — or starting the program again — finds
 * it as it was, and another account never sees it.
 *
 * Why localStorage and not a table in the database: these are a window's habits, not office
 * records — writing them through the API would put an audit row in the trail at every click of a
 * pager, and they need no backup. localStorage is there in both transports (Electron keeps it in
 * its profile folder across restarts; a browser keeps it per address, which is why browser mode
 * listens on the same port at each start: electron/server/last-port.ts). Reads are synchronous, so
 * a list's first request already carries the remembered filters instead of asking twice. The key
 * holds the account's id, never a name; the typed search text stays in memory for the session
 * only (see SESSION_ONLY).
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

/** A hook's value and whether it is still the one recalled from memory (not the default, not set since). */
interface Held<T> {
  key: string | undefined;
  value: T;
  recalled: boolean;
}

/**
 * What a key holds for this hook: the remembered value laid over the initial one, each part only
 * where it still has the initial's kind (a program update may have turned a yes/no filter into a
 * choice), and the whole only where `fits` accepts it (a tab since removed).
 */
function read<T>(key: string | undefined, initial: T | (() => T), fits?: (value: T) => boolean): Held<T> {
  const fresh = typeof initial === 'function' ? (initial as () => T)() : initial;
  const kept = key === undefined ? undefined : recall<unknown>(key);
  let value = fresh;
  if (isPlainObject(fresh) && isPlainObject(kept)) value = overlay(fresh, kept) as T;
  else if (kept !== undefined && kindOf(kept) === kindOf(fresh)) value = kept as T;
  if (value !== fresh && fits && !fits(value)) value = fresh;
  return { key, value, recalled: value !== fresh && JSON.stringify(value) !== JSON.stringify(fresh) };
}

/**
 * useState that the current user gets back under `key` (no key: plain state; a new key reads
 * afresh, e.g. another campaign's page). A remembered object is laid over the initial one, so a
 * filter added to a screen later still gets its default. While the value is still the recalled
 * one, a list read refused over it (see dropRefusedMemory) forgets it and goes back to the default.
 */
export function useRemembered<T>(
  key: string | undefined,
  initial: T | (() => T),
  fits?: (value: T) => boolean,
): [T, (next: SetStateAction<T>) => void] {
  const [state, setHeld] = useState<Held<T>>(() => read(key, initial, fits));
  let held = state;
  if (held.key !== key) {
    held = read(key, initial, fits);
    setHeld(held);
  }
  const set = useCallback(
    (next: SetStateAction<T>) => {
      setHeld((current) => {
        const value = typeof next === 'function' ? (next as (c: T) => T)(current.value) : next;
        if (key !== undefined) remember(key, isPlainObject(value) ? keepCleared(value) : value);
        return { key, value, recalled: false };
      });
    },
    [key],
  );
  const { value, recalled } = held;
  useEffect(() => {
    if (!recalled || key === undefined) return;
    const entry: RecalledEntry = {
      value,
      reset: () => {
        remember(key, undefined);
        setHeld(read(key, initial, fits));
      },
    };
    recalledNow.add(entry);
    return () => void recalledNow.delete(entry);
    // `initial` and `fits` are read once per key, as the state is.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, value, recalled]);
  return [value, set];
}

interface RecalledEntry {
  value: unknown;
  reset(): void;
}

/** The mounted hooks whose value is still the one recalled from memory. */
const recalledNow = new Set<RecalledEntry>();

/**
 * A list read was refused as invalid (VALIDATION_FAILED): if the input carried a value recalled from
 * memory (every part of it sent as recalled), that memory no longer fits this version of the list
 * (a renamed filter, a removed option, a sort on a column gone). Each such value is forgotten and
 * its hook goes back to the default, so the list reads again as new instead of staying empty with
 * an error. True when anything was dropped (the caller then says so, once: a dropped value is no
 * longer recalled, so a refusal of the defaults is shown as the error it is).
 */
export function dropRefusedMemory(input: unknown): boolean {
  if (!isPlainObject(input)) return false;
  const sent = JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
  const refused = [...recalledNow].filter((entry) => isPlainObject(entry.value) && carries(sent, entry.value));
  for (const entry of refused) {
    recalledNow.delete(entry);
    entry.reset();
  }
  return refused.length > 0;
}

/** Every part of `value` that JSON keeps is in `sent` as it is. */
function carries(sent: Record<string, unknown>, value: Record<string, unknown>): boolean {
  const parts = Object.entries(JSON.parse(JSON.stringify(value)) as Record<string, unknown>);
  return parts.length > 0 && parts.every(([k, v]) => JSON.stringify(sent[k]) === JSON.stringify(v));
}

function kindOf(value: unknown): string {
  return Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
}

/** A cleared filter (undefined) is kept as null, since JSON would drop it and the default come back. */
function keepCleared(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, v === undefined ? null : v]));
}

function overlay(fresh: Record<string, unknown>, kept: Record<string, unknown>): Record<string, unknown> {
  const out = { ...fresh };
  for (const [k, v] of Object.entries(kept)) {
    if (v === null) out[k] = fresh[k] === null ? null : undefined;
    // A part whose kind changed since it was kept (a flag now a choice) takes its new default.
    else if (fresh[k] === undefined || fresh[k] === null || kindOf(v) === kindOf(fresh[k])) out[k] = v;
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
