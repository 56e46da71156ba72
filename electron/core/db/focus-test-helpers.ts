import { expect } from 'vitest';
import type { Core } from '../app-core';
import type { ListPage } from '../shared/list-page';
import { call } from './test-helpers';

/*
 * Checks for a list's `focusId` (a record just saved, shown on its page): what the list answers
 * for a focused row must be the page on which the same list, read page by page, really shows it.
 */

type Page = ListPage<{ id: string }>;

/** Where each row of the list really is, read page by page under `input`'s filters and sort. */
async function shownPages(core: Core, method: string, input: object, pageSize: number) {
  const shown = new Map<string, number>();
  const { total } = await call<Page>(core, method, { ...input, page: 1, pageSize });
  for (let page = 1; page <= Math.ceil(total / pageSize); page++) {
    for (const row of (await call<Page>(core, method, { ...input, page, pageSize })).rows) shown.set(row.id, page);
  }
  return shown;
}

/**
 * Asks the list for every row it shows by `focusId` (starting from page 1) and expects the page it
 * is shown on, holding it; returns how many rows were checked, so a test can tell it saw enough.
 */
export async function expectFocusFindsEachRow(
  core: Core,
  method: string,
  input: object,
  pageSize: number,
): Promise<number> {
  const shown = await shownPages(core, method, input, pageSize);
  expect(new Set(shown.values()).size, `${method}: more than one page`).toBeGreaterThan(1);
  for (const [id, page] of shown) {
    const focused = await call<Page>(core, method, { ...input, page: 1, pageSize, focusId: id });
    expect(focused.page, `${method} ${JSON.stringify(input)}`).toBe(page);
    expect(focused.rows.map((r) => r.id)).toContain(id);
    expect(focused.focusOutside).toBeUndefined();
  }
  return shown.size;
}

/** A row the filters leave out: the page asked for comes back, flagged `focusOutside`. */
export async function expectFocusOutside(core: Core, method: string, input: object, id: string): Promise<void> {
  const answer = await call<Page>(core, method, { ...input, page: 1, focusId: id });
  expect(answer.page).toBe(1);
  expect(answer.focusOutside).toBe(true);
  expect(answer.rows.map((r) => r.id)).not.toContain(id);
}
