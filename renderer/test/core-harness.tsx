/**
 * Component tests run a screen over the real core, in the same process: a fresh encrypted office
 * database in a temp folder, the real API router, and `window.qsdp` — the one door the Electron
 * preload gives the renderer — wired straight to it. Only the transport is replaced; the renderer's
 * API client, the core's rules and SQL are the product's own.
 */
import { render, type RenderResult } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { StrictMode, type ReactElement } from 'react';
import { onTestFinished, vi } from 'vitest';
import type { ApiErrorShape, ApiInput, ApiMethodName, ApiOutput, ApiResult } from '../../electron/core/api/contract';
import { createCore, type Core } from '../../electron/core/app-core';
import { makeTempDir, removeTempDir, TEST_KEY, TEST_NOW } from '../../electron/core/db/test-helpers';
import { silentLogger } from '../../electron/core/log/logger';
// The renderer's dayjs set-up (Vietnamese locale, dd/mm/yyyy parsing), as main.tsx loads it.
import '../src/shared/dates';

export { TEST_NOW };

export interface TestOffice {
  core: Core;
  /** Calls the core directly (to seed data or check what a screen saved); throws on a refusal. */
  call<M extends ApiMethodName>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>>;
  /** Calls the core directly and returns the refusal it expects (throws if the call succeeds). */
  refusal<M extends ApiMethodName>(method: M, input: ApiInput<M>): Promise<ApiErrorShape>;
}

/**
 * Opens a fresh office for this test and connects the renderer to it; closes it and removes its
 * folder when the test ends (after the page has been unmounted). The renderer's clock and the
 * core's run from TEST_NOW (27/11/2026) and move on in real time, so "today" is the same on both
 * sides and the tests do not depend on the day they run.
 */
export function openTestOffice(): TestOffice {
  vi.useFakeTimers({ toFake: ['Date'], now: TEST_NOW, shouldAdvanceTime: true });
  const dataDir = makeTempDir('qsdp-rtest-');
  const core = createCore({ dataDir, key: TEST_KEY, now: () => new Date(), actor: 'tester', log: silentLogger });
  // As Electron's IPC does, the input and the answer are copied (structured clone) on the way.
  window.qsdp = {
    invoke: async (method, input) => structuredClone(await core.invoke(method, structuredClone(input))),
    pick: async () => null,
  };
  onTestFinished(() => {
    delete window.qsdp;
    core.close();
    removeTempDir(dataDir);
    vi.useRealTimers();
  });

  return {
    core,
    async call(method, input) {
      const result: ApiResult = await core.invoke(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
      return result.value as never;
    },
    async refusal(method, input) {
      const result = await core.invoke(method, input);
      if (result.ok) throw new Error(`${method} unexpectedly succeeded`);
      return result.error;
    },
  };
}

/** Renders a screen inside the providers main.tsx gives the app (antd in Vietnamese; no motion, as for reduced motion). */
export function renderScreen(ui: ReactElement): RenderResult {
  return render(
    <StrictMode>
      <ConfigProvider locale={viVN} theme={{ token: { fontSize: 15, motion: false } }}>
        <AntApp>{ui}</AntApp>
      </ConfigProvider>
    </StrictMode>,
  );
}
