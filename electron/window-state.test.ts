import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  fitToDisplays,
  loadWindowState,
  MIN_HEIGHT,
  MIN_WIDTH,
  normalizeWindowState,
  saveWindowState,
  WINDOW_STATE_FILE,
} from './window-state';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qsdp-window-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('loadWindowState', () => {
  it('gives defaults when there is no file', () => {
    expect(loadWindowState(dir)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('gives defaults when the data folder itself is missing', () => {
    expect(loadWindowState(path.join(dir, 'nope'))).toEqual(DEFAULT_WINDOW_STATE);
  });

  it.each(['{"width": 12', '', 'null', '"text"', '[1,2]', '\u0000\u0001'])('gives defaults for garbled %j', (text) => {
    fs.writeFileSync(path.join(dir, WINDOW_STATE_FILE), text);
    expect(loadWindowState(dir)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('round-trips what was saved', () => {
    const state = { width: 1400, height: 900, x: 40, y: 30, maximized: true };
    saveWindowState(dir, state);
    expect(loadWindowState(dir)).toEqual(state);
    expect(fs.readdirSync(dir)).toEqual([WINDOW_STATE_FILE]);
  });

  it('creates the data folder when saving', () => {
    const nested = path.join(dir, 'a', 'b');
    saveWindowState(nested, { width: 1000, height: 700, maximized: false });
    expect(loadWindowState(nested)).toEqual({ width: 1000, height: 700, maximized: false });
  });
});

describe('normalizeWindowState', () => {
  it('clamps silly sizes', () => {
    expect(normalizeWindowState({ width: 10, height: -5 })).toMatchObject({ width: MIN_WIDTH, height: MIN_HEIGHT });
    expect(normalizeWindowState({ width: 1e9, height: 1e9 })).toMatchObject({ width: 16_384, height: 16_384 });
    expect(normalizeWindowState({ width: 1200.6, height: 700.2 })).toMatchObject({ width: 1201, height: 700 });
  });

  it('falls back per field for wrong types and non-finite numbers', () => {
    expect(normalizeWindowState({ width: '900', height: null, maximized: 'yes' })).toEqual(DEFAULT_WINDOW_STATE);
    expect(normalizeWindowState({ width: Infinity, height: NaN })).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('keeps a position only as a plausible pair', () => {
    expect(normalizeWindowState({ x: 10 })).not.toHaveProperty('x');
    expect(normalizeWindowState({ x: 10, y: 1e12 })).not.toHaveProperty('x');
    expect(normalizeWindowState({ x: -1920, y: 0 })).toMatchObject({ x: -1920, y: 0 });
  });
});

describe('fitToDisplays', () => {
  const primary = { x: 0, y: 0, width: 1920, height: 1040 };
  const state = { width: 1280, height: 800, x: 100, y: 50, maximized: false };

  it('keeps a position on a screen', () => {
    expect(fitToDisplays(state, [primary])).toEqual(state);
  });

  it('centres a window left on an unplugged monitor', () => {
    expect(fitToDisplays({ ...state, x: -1800 }, [primary])).toEqual({ width: 1280, height: 800, maximized: false });
    expect(fitToDisplays({ ...state, y: 1100 }, [primary])).not.toHaveProperty('x');
  });

  it('keeps a position on a second monitor', () => {
    const left = { x: -1920, y: 0, width: 1920, height: 1040 };
    expect(fitToDisplays({ ...state, x: -1800 }, [primary, left])).toMatchObject({ x: -1800 });
  });
});
