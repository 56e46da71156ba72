import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openTestOffice, renderScreen, type TestOffice } from '../../../test/core-harness';
import { personInput, seedLocality } from '../../../test/seed';
import { format, vi } from '../../messages/vi';
import { ExtendMemberDialog } from './ExtendMemberDialog';

const t = vi.militia.member;

/** A member born 15/06/1990 (the end of 45 is 14/06/2036), whose 4-year term ends 01/03/2028. */
async function memberOf(office: TestOffice, component: 'sea' | 'on_the_spot', name: string) {
  const ward = await seedLocality(office);
  const unit = await office.call('militia.unit.create', {
    force: 'militia',
    localityId: ward.id,
    name: component === 'sea' ? 'Thuyền 1' : 'Tiểu đội tại chỗ',
    level: component === 'sea' ? 'boat' : 'squad',
    component,
  });
  const person = await office.call('people.create', personInput(name, '1990-06-15'));
  return office.call('militia.member.create', { personId: person.id, unitId: unit.id, startedOn: '2024-03-01' });
}

describe('extending a militia term (Art. 8(2) Luật DQTV)', () => {
  it('offers an on-the-spot member 2 years past the term end', async () => {
    const member = await memberOf(openTestOffice(), 'on_the_spot', 'Nông Văn Tuấn');
    renderScreen(<ExtendMemberDialog member={member} onClose={() => undefined} />);
    expect(
      await screen.findByText(format(t.extendHint, { termEndsOn: '01/03/2028', maxDate: '01/03/2030' })),
    ).toBeTruthy();
  });

  it('offers sea militia the time up to the age limit, naming why', async () => {
    const member = await memberOf(openTestOffice(), 'sea', 'Lý Văn Hưng');
    renderScreen(<ExtendMemberDialog member={member} onClose={() => undefined} />);
    const hint = format(t.extendHintLonger, {
      termEndsOn: '01/03/2028',
      ground: t.extensionGrounds.sea,
      maxDate: '14/06/2036',
    });
    expect(await screen.findByText(hint)).toBeTruthy();
    expect(screen.getByDisplayValue('14/06/2036')).toBeTruthy();
  });
});
