import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openTestOffice, renderScreen } from '../../../test/core-harness';
import { KeyFigures } from './KeyFigures';

/** Focuses a figure's label (the keyboard way; hover works the same) and returns its explanation. */
async function hintOf(label: string): Promise<string> {
  fireEvent.focus(await screen.findByText(label));
  return (await screen.findByRole('tooltip')).textContent ?? '';
}

describe('the overview figures explain what they count', () => {
  it("names the year's campaign, its handover against the quota, and where to create one when there is none", async () => {
    const office = openTestOffice();
    await office.call('conscription.campaign.create', {
      year: 2026,
      handoverStart: '2026-03-04',
      handoverEnd: '2026-03-06',
    });
    const overview = await office.call('overview.get', { year: 2026 });
    const { unmount } = renderScreen(<KeyFigures overview={overview} />);
    expect(await hintOf('Giao quân')).toBe(
      'Công dân đã giao nhận quân (Quân đội và Công an) của đợt tuyển quân năm 2026 so với tổng chỉ tiêu được giao: 0/0.',
    );
    unmount();

    renderScreen(<KeyFigures overview={await office.call('overview.get', { year: 2027 })} />);
    expect(await hintOf('Giao quân')).toBe(
      'Chưa có đợt tuyển quân nào có ngày giao quân trong năm 2027. Tạo đợt ở mục Tuyển quân.',
    );
  });

  it('says on which day the militia is counted and that its share needs the population', async () => {
    const overview = await openTestOffice().call('overview.get', { year: 2026 });
    renderScreen(<KeyFigures overview={overview} />);
    expect(await hintOf('Dân quân tự vệ')).toBe(
      'Dân quân tự vệ đang tham gia ngày 27/11/2026. Chưa nhập dân số nên chưa tính tỷ lệ: nhập ở Dân quân tự vệ › Tổng hợp.',
    );
  });
});
