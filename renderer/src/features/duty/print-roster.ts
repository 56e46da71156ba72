import { ROSTER_CSS } from './roster-styles';

const PRINT_CSS = `
@page { size: A4 landscape; margin: 10mm; }
body { font-family: 'Times New Roman', serif; margin: 0; }
h1 { font-size: 15pt; text-align: center; margin: 0 0 8px; }
${ROSTER_CSS}
.duty-roster td { height: auto; }
.duty-roster-open { min-height: 56px; font-size: 9pt; cursor: default; }
.duty-roster-shift { white-space: normal; }
.duty-roster-warning { outline: none; }
`;

/**
 * Prints the roster alone: a hidden frame gets the table's markup and its own
 * page style (A4 landscape), so the app's menu and other panels stay off the paper.
 */
export function printRoster(title: string, roster: HTMLElement): void {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.style.cssText = 'position:fixed;width:0;height:0;border:0;right:0;bottom:0';
  document.body.appendChild(frame);
  const doc = frame.contentDocument!;
  doc.open();
  doc.write('<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body></body></html>');
  doc.close();
  const style = doc.createElement('style');
  style.textContent = PRINT_CSS;
  doc.head.appendChild(style);
  const heading = doc.createElement('h1');
  heading.textContent = title;
  doc.title = title;
  doc.body.append(heading, doc.importNode(roster, true));
  const win = frame.contentWindow!;
  win.addEventListener('afterprint', () => frame.remove());
  win.focus();
  win.print();
}
