import fs from 'node:fs';
import path from 'node:path';

// Remembers the main window's size and place between runs. Pure Node, so it is tested without Electron.

export const WINDOW_STATE_FILE = 'window-state.json';
export const MIN_WIDTH = 960;
export const MIN_HEIGHT = 600;
const MAX_SIDE = 16_384;
const MAX_COORD = 100_000;
/** Pixels of title bar that must be on a screen for the user to grab and move the window. */
const TITLE_BAR_GRIP = 100;

export interface WindowState {
  width: number;
  height: number;
  /** Absent: let the system centre the window. */
  x?: number;
  y?: number;
  maximized: boolean;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_STATE: Readonly<WindowState> = { width: 1280, height: 800, maximized: false };

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function clampSide(value: unknown, min: number, fallback: number): number {
  return isFiniteNumber(value) ? Math.round(Math.min(Math.max(value, min), MAX_SIDE)) : fallback;
}

/** Turns whatever was stored (possibly hand-edited or half-written) into sane bounds. */
export function normalizeWindowState(raw: unknown): WindowState {
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_WINDOW_STATE };
  const value = raw as Record<string, unknown>;
  const state: WindowState = {
    width: clampSide(value.width, MIN_WIDTH, DEFAULT_WINDOW_STATE.width),
    height: clampSide(value.height, MIN_HEIGHT, DEFAULT_WINDOW_STATE.height),
    maximized: value.maximized === true,
  };
  // A position is kept only as a pair of plausible numbers; otherwise the window is centred.
  if (
    isFiniteNumber(value.x) &&
    isFiniteNumber(value.y) &&
    Math.abs(value.x) <= MAX_COORD &&
    Math.abs(value.y) <= MAX_COORD
  ) {
    state.x = Math.round(value.x);
    state.y = Math.round(value.y);
  }
  return state;
}

export function loadWindowState(dataDir: string): WindowState {
  try {
    return normalizeWindowState(JSON.parse(fs.readFileSync(path.join(dataDir, WINDOW_STATE_FILE), 'utf8')));
  } catch {
    // Missing or garbled: a default window is better than refusing to start.
    return { ...DEFAULT_WINDOW_STATE };
  }
}

/** Written to a temp file and renamed, so a crash mid-write never leaves half a file behind. */
export function saveWindowState(dataDir: string, state: WindowState): void {
  const file = path.join(dataDir, WINDOW_STATE_FILE);
  const temp = `${file}.tmp`;
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(temp, JSON.stringify(normalizeWindowState(state)));
    fs.renameSync(temp, file);
  } catch {
    // Losing the window size must never block quitting.
  }
}

/**
 * Drops a remembered position whose title bar would be off every screen (a monitor was unplugged),
 * so the window is centred instead of opening out of reach.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rect[]): WindowState {
  const { x, y } = state;
  if (x === undefined || y === undefined) return state;
  const reachable = workAreas.some((area) => {
    const overlap = Math.min(x + state.width, area.x + area.width) - Math.max(x, area.x);
    return overlap >= TITLE_BAR_GRIP && y >= area.y && y <= area.y + area.height - TITLE_BAR_GRIP / 2;
  });
  return reachable ? state : { width: state.width, height: state.height, maximized: state.maximized };
}
