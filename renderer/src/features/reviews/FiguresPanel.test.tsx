import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ReviewFigure, ReviewFigures } from '../../../../electron/core/api/contract';
import { FiguresPanel } from './FiguresPanel';

const done = (extra: Partial<ReviewFigure>): ReviewFigures => ({
  from: '2023-01-01',
  to: '2023-12-31',
  groups: [
    {
      key: 'exercises',
      label: 'Diễn tập',
      figures: [
        {
          key: 'exercises.done',
          label: 'Đã thực hiện / kế hoạch',
          value: 2,
          of: 2,
          unit: 'cuộc',
          display: '2/2',
          how: 'Số cuộc diễn tập đã thực hiện.',
          link: null,
          ...extra,
        },
      ],
    },
  ],
});

describe('FiguresPanel', () => {
  it('shows an annual report’s figure beside the year before’s', () => {
    render(<FiguresPanel figures={done({ previous: 1, previousDisplay: '1/1' })} />);
    const line = screen.getByRole('group', { name: 'Đã thực hiện / kế hoạch' });
    expect(within(line).getByText('2/2')).toBeTruthy();
    expect(within(line).getByText('(năm trước: 1/1)')).toBeTruthy();
  });

  it('shows no comparison for a half-year', () => {
    render(<FiguresPanel figures={done({})} />);
    expect(screen.queryByText(/năm trước/)).toBeNull();
  });
});
