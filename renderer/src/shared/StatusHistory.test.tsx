import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CourseStep } from '../../../electron/core/api/contract';
import { StatusHistory, undoableStep } from './StatusHistory';

type S = 'planned' | 'in_progress' | 'done';
const statuses: Record<S, string> = { planned: 'Kế hoạch', in_progress: 'Đang huấn luyện', done: 'Đã hoàn thành' };
const line = (kind: 'step' | 'undo', from: S, to: S, extra: Partial<CourseStep<S>> = {}): CourseStep<S> => ({
  id: `${kind}-${from}-${to}`,
  kind,
  fromStatus: from,
  toStatus: to,
  reason: '',
  actor: 'admin',
  undoneAt: null,
  createdAt: '2026-03-02T02:00:00.000Z',
  ...extra,
});

describe('a course status history', () => {
  const started = line('step', 'planned', 'in_progress', { undoneAt: '2026-03-02T03:00:00.000Z' });
  const undone = line('undo', 'in_progress', 'planned', { reason: 'Bấm nhầm' });

  it('lists steps and undos in the clerk’s words, an undone step struck through and marked, with the reason', () => {
    render(<StatusHistory steps={[started, undone]} statuses={statuses} />);
    const history = screen.getByRole('region', { name: 'Lịch sử trạng thái' });
    const [first, second] = within(history).getAllByRole('listitem');
    expect(first!.textContent).toContain('Chuyển trạng thái: Kế hoạch → Đang huấn luyện');
    expect(first!.textContent).toContain('Đã hoàn tác');
    expect(within(first!).getByText(/Chuyển trạng thái/).style.textDecoration).toBe('line-through');
    expect(second!.textContent).toContain('Hoàn tác: Đang huấn luyện → Kế hoạch');
    expect(second!.textContent).toContain('Lý do: Bấm nhầm');
    expect(second!.textContent).not.toContain('Đã hoàn tác');
  });

  it('says when there is no step yet, and why an older course may have none', () => {
    render(<StatusHistory steps={[]} statuses={statuses} />);
    expect(screen.getByText(/Chưa có bước trạng thái nào/).textContent).toContain('trước khi có lịch sử trạng thái');
  });

  it('offers the undo of the newest step in force only while it led to the status now', () => {
    const done = line('step', 'in_progress', 'done');
    expect(undoableStep([started, undone], 'planned')).toBeUndefined();
    expect(undoableStep([line('step', 'planned', 'in_progress'), done], 'done')).toBe(done);
    // A step taken before the history existed: the status now is not where the last row led.
    expect(undoableStep([done], 'planned')).toBeUndefined();
  });
});
