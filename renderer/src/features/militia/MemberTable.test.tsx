import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openTestOffice, renderScreen, type TestOffice } from '../../../test/core-harness';
import { personInput, seedLocality } from '../../../test/seed';
import { MemberTable } from './MemberTable';

/** One member of an on-the-spot squad, as the list tab reads it (today is 27/11/2026). */
async function listWith(office: TestOffice, name: string, birthDate: string, sex: 'M' | 'F', startedOn: string) {
  const ward = await seedLocality(office);
  const unit = await office.call('militia.unit.create', {
    force: 'militia',
    localityId: ward.id,
    name: 'Tiểu đội tại chỗ',
    level: 'squad',
    component: 'on_the_spot',
  });
  const person = await office.call('people.create', personInput(name, birthDate, { sex }));
  await office.call('militia.member.create', { personId: person.id, unitId: unit.id, startedOn });
  return office.call('militia.member.list', { page: 1, pageSize: 20 });
}

async function hoverBadge(label: string): Promise<string> {
  await userEvent.setup().hover(await screen.findByText(label));
  return (await screen.findByRole('tooltip')).textContent ?? '';
}

const show = (page: Awaited<ReturnType<typeof listWith>>) =>
  renderScreen(
    <MemberTable
      page={page}
      loading={false}
      groups={[]}
      showUnit
      onPage={() => undefined}
      onChanged={() => undefined}
    />,
  );

describe('the "Quá tuổi" badge on a militia member', () => {
  it('tells of a 39-year-old woman that her term outlives her age limit: which limit, the day she reaches it', async () => {
    const page = await listWith(openTestOffice(), 'Nguyễn Thị Hoa', '1987-03-12', 'F', '2025-01-02');
    show(page);
    expect(await hoverBadge('Quá tuổi')).toBe(
      'Nữ tham gia dân quân tự vệ đến hết 40 tuổi (khoản 1 Điều 8 Luật Dân quân tự vệ năm 2019). ' +
        'Nguyễn Thị Hoa (sinh ngày 12/03/1987) hết 40 tuổi ngày 11/03/2028, nhưng thời hạn tham gia kéo dài đến ' +
        'ngày 02/01/2029, sau ngày đó. Hãy kết thúc trước ngày 12/03/2028 và bố trí người thay.',
    );
  });

  it('tells of a member already past the limit since when, and what to do', async () => {
    const page = await listWith(openTestOffice(), 'Hoàng Thị Mai', '1985-01-01', 'F', '2025-06-01');
    show(page);
    expect(await hoverBadge('Quá tuổi')).toBe(
      'Nữ tham gia dân quân tự vệ đến hết 40 tuổi (khoản 1 Điều 8 Luật Dân quân tự vệ năm 2019). ' +
        'Hoàng Thị Mai (sinh ngày 01/01/1985) đã hết 40 tuổi ngày 31/12/2025, nay đã quá tuổi. ' +
        'Hãy làm thủ tục kết thúc và bố trí người thay.',
    );
  });

  it('tells of a term ending soon its length, article and end day', async () => {
    const page = await listWith(openTestOffice(), 'Lý Văn Nam', '1995-05-05', 'M', '2022-12-27');
    show(page);
    expect(await hoverBadge('Sắp hết hạn')).toBe(
      'Thời hạn tham gia là 4 năm, được gia hạn không quá 2 năm (khoản 2 Điều 8 Luật Dân quân tự vệ năm 2019). ' +
        'Thời hạn của Lý Văn Nam kết thúc ngày 27/12/2026, còn 30 ngày. Hãy gia hạn hoặc làm thủ tục kết thúc.',
    );
  });
});
