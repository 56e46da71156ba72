import type { Page } from '@playwright/test';
import type { RunningServer } from './web-server';

export interface PageApiReply {
  ok: boolean;
  error?: { code: string; message: string };
}

/**
 * Calls the API from inside the page, as any script there could — straight past the screens: the
 * launch token the page keeps, and the login cookie the browser sends by itself. For tests that
 * the server, not the hidden buttons, refuses what the role may not do.
 */
export function callFromPage(page: Page, method: string, input: unknown): Promise<PageApiReply> {
  return page.evaluate(
    async ([name, body]) => {
      const { sessionStorage } = globalThis as unknown as { sessionStorage: { getItem(key: string): string } };
      const reply = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${sessionStorage.getItem('qsdp.token')}`,
        },
        body: JSON.stringify(body),
      });
      return (await reply.json()) as PageApiReply;
    },
    [method, input] as const,
  );
}

/** Calls the browser-mode API with the launch's token (setup a user would have made on other screens). */
export async function apiCall<T>(page: Page, server: RunningServer, method: string, input: unknown): Promise<T> {
  const token = /#token=([\w-]+)/.exec(server.url)![1]!;
  const response = await page.request.post(`${server.origin}/api/${method}`, {
    headers: { Authorization: `Bearer ${token}` },
    data: input,
  });
  const result = (await response.json()) as { ok: boolean; value: T; error?: unknown };
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value;
}
