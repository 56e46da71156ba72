import { useLayoutEffect, useState } from 'react';

/** What stays below a table's body: its header row, the pager and the page's bottom padding. */
const BELOW_BODY = 40 + 52 + 16;
/** Never less than about three rows, even on a window too short for the page above the table. */
const MIN_BODY = 120;

/**
 * The height a table's body may take so the table ends at the window's bottom edge: the list fills
 * the screen (ten and more rows at 1366×768) and the pager stays in view. Measured from where the
 * table starts (pass the setter as the `ref` of the element wrapping the table), again when the
 * window or anything above the table changes size. A table inside a dialog or drawer gets no height
 * of its own (undefined): the dialog's body scrolls (renderer/src/shell/dialog-fit.ts), and a body
 * measured from the window would shrink to three rows below the dialog's other content.
 */
export function useTableBodyHeight(): [(node: HTMLDivElement | null) => void, number | undefined] {
  const [node, setNode] = useState<HTMLDivElement | null>(null);
  const [height, setHeight] = useState(MIN_BODY * 3);
  const inDialog = node?.closest('.ant-modal, .ant-drawer') != null;
  useLayoutEffect(() => {
    if (!node || inDialog) return;
    const measure = () => {
      const top = node.getBoundingClientRect().top + window.scrollY;
      const next = Math.max(MIN_BODY, Math.floor(window.innerHeight - top - BELOW_BODY));
      setHeight((old) => (old === next ? old : next));
    };
    measure();
    window.addEventListener('resize', measure);
    // A notice or a filter row appearing above the table moves it down.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    const main = node.closest('main');
    if (observer && main) observer.observe(main);
    return () => {
      window.removeEventListener('resize', measure);
      observer?.disconnect();
    };
  }, [node, inDialog]);
  return [setNode, inDialog ? undefined : height];
}
