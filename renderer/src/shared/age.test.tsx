import { render, screen } from '@testing-library/react';
import { Table } from 'antd';
import { describe, expect, it } from 'vitest';
import { vi } from '../messages/vi';
import { ageColumn, ageOfBirthDate, ageText } from './age';

describe('age', () => {
  it('counts completed years by the core’s rule: a year more on the birthday itself, 29 February on 1 March', () => {
    expect(ageOfBirthDate('1994-06-15', '2026-06-14')).toBe(31);
    expect(ageOfBirthDate('1994-06-15', '2026-06-15')).toBe(32);
    expect(ageOfBirthDate('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOfBirthDate('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('says an age in a sentence as "32 tuổi"', () => {
    expect(ageText(32)).toBe('32 tuổi');
  });

  it('shows the bare number under "Tuổi" in a list, and a dash when the age is unknown', () => {
    const rows = [
      { id: 'a', age: 32 },
      { id: 'b', age: null },
    ];
    render(<Table rowKey="id" dataSource={rows} columns={[ageColumn<(typeof rows)[number]>((r) => r.age)]} />);
    expect(screen.getByRole('columnheader', { name: vi.layout.age })).toBeTruthy();
    const cells = screen.getAllByRole('cell').map((c) => c.textContent);
    expect(cells).toEqual(['32', vi.common.none]);
  });
});
