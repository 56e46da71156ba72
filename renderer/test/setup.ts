/**
 * What antd needs from a browser that jsdom does not have, and a clean page after each test.
 * Loaded by the `renderer` project of vitest.config.mts before every component test file.
 */
import { cleanup, configure } from '@testing-library/react';
import { afterEach, expect } from 'vitest';

// Vitest sets NODE_ENV=test, and then antd gives every component the same id ('test-id'): a dialog's
// aria-labelledby would point at another element and lose its name. The app runs with real ids.
process.env.NODE_ENV = 'development';

// Every wait is for a condition (findBy*, waitFor); on a loaded 2-core machine a screen over a real
// core (scrypt, SQLCipher, jsdom's slow style lookups) may take seconds to show it, not the default 1 s.
configure({ asyncUtilTimeout: 15_000 });

// antd's responsive grid and the app's reduced-motion check ask for media queries: none match.
if (!window.matchMedia) {
  window.matchMedia = (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  });
}

// Tables, tabs and text areas watch their size; jsdom lays nothing out, so there is nothing to report.
if (!window.ResizeObserver) {
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

// jsdom has no scrolling: lists, selects and tables ask for it.
window.scrollTo = () => {};
Element.prototype.scrollTo = () => {};
Element.prototype.scrollIntoView = () => {};

// antd measures the scroll bar with getComputedStyle(element, '::-webkit-scrollbar'); jsdom does not
// implement pseudo-elements and prints an error for each call: the element's own style answers instead.
const computedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element, _pseudoElement?: string | null) => computedStyle(element);

// A prop antd has deprecated (Alert's `message`, Modal's `maskClosable`…) fails the test that rendered it:
// antd names it in the console, and the next major version drops it. Under NODE_ENV=test antd says it
// at every render, so each test rendering it fails (a warning from a late re-render may fall on the
// next test of the file: the message names the prop either way). (The whole `List` component,
// deprecated for `Listy` since antd 6.6, is not a prop and still stands in a few drawers.)
const antdDeprecations: string[] = [];
for (const level of ['error', 'warn'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (/\[antd: [^\]]+\] `[^`]+` is deprecated/.test(text)) antdDeprecations.push(text);
    original(...args);
  };
}

afterEach(() => {
  cleanup();
  sessionStorage.clear();
  window.location.hash = '';
  expect(antdDeprecations.splice(0), 'antd deprecation warnings').toEqual([]);
});
