import type { Page } from '@playwright/test';

export interface PageApiReply {
  ok: boolean;
  value?: unknown;
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
