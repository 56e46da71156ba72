/**
 * Every dialog fits the office's screens, down to a 1366×768 laptop at 125 % scaling (1093×614 CSS
 * px): its box stays inside the window, and a body taller than the window scrolls inside the dialog
 * with the title and the footer's buttons in view. One rule for every antd Modal (FormDialog,
 * SaveDialog, the wizard, confirmations), so no dialog has to size itself. `body` raises the rules
 * above antd's own (same class, later in the cascade is not guaranteed).
 *
 * - width: antd already caps a dialog at the window less 16 px a side;
 * - top: antd's 100 px above every dialog leaves a 614 px window 400 px for it; on a short window
 *   the dialog starts near the top instead;
 * - body: the window less the dialog's top and bottom margins, its padding, title and footer (about
 *   120 px), scrolling inside itself (sideways too, rather than clip a wide table);
 * - the page: while a dialog is open antd locks the page's scrolling by setting the body's width to
 *   100 %; with the browser's own 8 px body margin the page then stood 8 px wider than the window.
 */
export const DIALOG_FIT_CSS = `
body { margin: 0; }
body .ant-modal .ant-modal-body { max-height: calc(100vh - 270px); overflow: auto; }
@media (max-height: 900px) {
  body .ant-modal { top: 16px; padding-bottom: 16px; }
  body .ant-modal .ant-modal-body { max-height: calc(100vh - 170px); }
}`;
