import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ExerciseStatusFacts, ExerciseStep } from '../../../../electron/core/api/contract';
import { StepHistory } from './StepHistory';

const facts: ExerciseStatusFacts = {
  status: 'done',
  startedOn: '2026-03-10',
  endedOn: '2026-03-11',
  rating: 'good',
  lessons: '',
  cancelReason: '',
};

describe("an exercise's status history", () => {
  it('shows a correction with the values it replaced and its reason, on the same history as courses', () => {
    const correction: ExerciseStep = {
      id: 'c1',
      kind: 'correction',
      fromStatus: 'done',
      toStatus: 'done',
      reason: 'Ghi nhầm kết quả',
      before: facts,
      after: { ...facts, rating: 'excellent' },
      actor: 'admin',
      undoneAt: null,
      createdAt: '2026-03-12T02:00:00.000Z',
    };
    render(<StepHistory steps={[correction]} />);
    const item = within(screen.getByRole('region', { name: 'Lịch sử trạng thái' })).getByRole('listitem');
    expect(item.textContent).toContain('Đính chính: Đã thực hiện → Đã thực hiện');
    expect(item.textContent).toContain('Lý do: Ghi nhầm kết quả');
    expect(item.textContent).toContain('Trước đó: Kết quả đánh giá: Khá');
    expect(item.textContent).toContain('12/03/2026');
  });
});
