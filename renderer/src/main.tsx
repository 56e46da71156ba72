import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { captureSessionToken } from './api/session';
import { App } from './App';
import './shared/dates';
import { DIALOG_FIT_CSS } from './shell/dialog-fit';

captureSessionToken();

/**
 * Users who asked their system for less motion get no opening and closing animations. The
 * end-to-end tests ask for it too (playwright.config.ts): a click that lands on a dialog or list
 * still zooming in is then not swallowed.
 */
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Lists are read on 1366×768 laptops: a compact row (4 px above and below) shows ten or more rows of
 * a list under its title, tabs and filters, where antd's own 8 px shows eight.
 */
const theme = {
  token: { fontSize: 15, motion: !reducedMotion },
  components: { Table: { cellPaddingBlockSM: 4 } },
};

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={viVN} theme={theme}>
      <style>{DIALOG_FIT_CSS}</style>
      <AntApp>
        <App />
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
