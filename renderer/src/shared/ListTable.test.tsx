import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openTestOffice, renderScreen } from '../../test/core-harness';
import { tableRows } from '../../test/queries';
import { SpecialtiesPanel } from '../features/reserves/SpecialtiesPanel';
import { vi } from '../messages/vi';
import { totalText } from './PagedTable';

describe('totalText', () => {
  it('words every list’s total the same way, with the list’s own unit', () => {
    expect(totalText(40, vi.layout.units.people)).toBe('Tổng số: 40 người');
    expect(totalText(5, vi.layout.units.exercises)).toBe('Tổng số: 5 cuộc');
    expect(totalText(0)).toBe('Tổng số: 0 bản ghi');
  });
});

describe('ListTable', () => {
  it('shows a list read whole compact, its first column fixed and its total in the common words', async () => {
    const office = openTestOffice();
    await office.call('reserves.specialty.create', { code: '101', name: 'Bộ binh' });
    await office.call('reserves.specialty.create', { code: '102', name: 'Pháo binh' });
    renderScreen(<SpecialtiesPanel />);

    await waitFor(() => expect(tableRows().map((r) => r[0])).toEqual(['101', '102']));
    expect(screen.getByText('Tổng số: 2 CNQS')).toBeTruthy();
    const table = document.querySelector('.ant-table')!;
    expect(table.classList.contains('ant-table-small')).toBe(true);
    expect(
      document.querySelector('.ant-table-tbody .ant-table-cell-fix-left, .ant-table-tbody .ant-table-cell-fix-start'),
    ).not.toBeNull();
  });
});
