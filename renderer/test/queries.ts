import { screen, waitFor, within } from '@testing-library/react';

/**
 * The only table on screen. A list whose body has a fixed height (PagedTable's scroll.y) is drawn as
 * two tables, its header's and its body's: the body's is the list.
 */
function onlyTable(): HTMLElement {
  const bodies = screen.getAllByRole('table').filter((table) => !table.closest('.ant-table-header'));
  return bodies.length === 1 ? bodies[0]! : screen.getByRole('table');
}

/** The body table of the list whose header holds `text` (its header may be drawn as a table of its own). */
export function tableWithHeader(text: string): HTMLElement {
  const header = screen.getAllByRole('table').find((table) => within(table).queryByText(text));
  if (!header) throw new Error(`No table with a header "${text}"`);
  const container = (header.closest('.ant-table') as HTMLElement | null) ?? header;
  return within(container)
    .getAllByRole('table')
    .find((table) => !table.closest('.ant-table-header'))!;
}

/** The body rows of the (only, or given) table on screen, each as its cells' texts. */
export function tableRows(table: HTMLElement = onlyTable()): string[][] {
  return within(table)
    .getAllByRole('row')
    .filter((row) => within(row).queryAllByRole('columnheader').length === 0)
    .filter((row) => !row.classList.contains('ant-table-placeholder'))
    .map((row) =>
      within(row)
        .queryAllByRole('cell')
        .map((cell) => cell.textContent ?? ''),
    );
}

/**
 * Picks an option in the open antd Select drop-down. antd keeps only the active option in its
 * accessible list box; the visible options are plain items with the label as text.
 */
export async function chooseOption(user: { click(element: Element): Promise<void> }, label: string): Promise<void> {
  const option = await waitFor(() => {
    const items = [...document.querySelectorAll('.ant-select-dropdown .ant-select-item-option')];
    const found = items.find((item) => item.textContent === label);
    if (!found)
      throw new Error(`No option "${label}" in the open list (${items.map((i) => i.textContent).join(', ')})`);
    return found;
  });
  await user.click(option);
}
