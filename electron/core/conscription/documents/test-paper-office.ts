/**
 * The office the per-citizen papers' tests print from, built through the API as a clerk would: the
 * Bắc Kạn city office, a ward, and a 2027 campaign with two citizens past preliminary screening,
 * one first-registered, two deferred (points a and g) and one exempted (point a). Made-up people.
 */
import type { Core } from '../../app-core';
import { call } from '../../db/test-helpers';
import { createLocality } from '../../localities/test-steps';
import { setOffice } from '../../office/test-steps';
import { citizenIdFor, createPerson } from '../../people/test-steps';
import type { ConscriptionRecordView } from '../records/view';
import { createCampaign, examine, transition } from '../test-steps';

export interface PaperOffice {
  campaignId: string;
  screened: ConscriptionRecordView[];
  registered: ConscriptionRecordView;
  deferred: ConscriptionRecordView[];
  exempted: ConscriptionRecordView;
}

export async function paperOffice(core: Core): Promise<PaperOffice> {
  await setOffice(core);
  const ward = (await createLocality(core, 'Phường Đức Xuân')).id;
  const campaign = await createCampaign(core, { year: 2027, handoverStart: '2027-02-22' }, [
    { localityId: ward, army: 3 },
  ]);
  let serial = 0;
  const enrol = async (fullName: string, birthDate: string, state = 'pool', extra: Record<string, unknown> = {}) => {
    const person = await createPerson(core, fullName, {
      birthDate,
      sex: 'M',
      localityId: ward,
      citizenId: citizenIdFor(birthDate, 'M', ++serial),
      address: `Số ${serial} đường Trường Chinh`,
    });
    return call<ConscriptionRecordView>(core, 'conscription.record.create', {
      campaignId: campaign.id,
      personId: person.id,
      onDate: '2026-09-01',
      state,
      ...extra,
    });
  };
  const screened = [
    await transition(core, await enrol('Nông Văn Tiến', '2007-03-03'), 'screening_passed', '2026-10-20'),
    await transition(core, await enrol('Hoàng Văn Sơn', '2006-04-04'), 'screening_passed', '2026-10-20'),
  ];
  const registered = await enrol('Triệu Văn Quang', '2009-02-02', 'first_registered', {
    onDate: '2026-04-10',
    registrationCertificate: '88/2026',
  });
  const sick = await examine(core, await enrol('Ma Văn Khải', '2005-05-05'), '2026-12-10', 4);
  const deferred = [
    await transition(core, sick, 'deferred', '2026-12-20', { legalPoint: 'a', deferralYear: 2028 }),
    await transition(core, await enrol('Đinh Văn Lực', '2007-07-07'), 'deferred', '2026-12-20', {
      legalPoint: 'g',
      reason: 'Sinh viên năm thứ hai, Đại học Thái Nguyên',
      deferralYear: 2028,
      studyDeferral: true,
    }),
  ];
  const exempted = await transition(core, await enrol('Lục Văn Minh', '2006-06-06'), 'exempted', '2026-12-20', {
    legalPoint: 'a',
    reason: 'Con của liệt sĩ Lục Văn Hùng',
  });
  return { campaignId: campaign.id, screened, registered, deferred, exempted };
}

/** The exam the summons tests call the citizens to. */
export const EXAM_AT_STATION = { date: '2026-12-05', time: '07:30', place: 'Trạm Y tế phường Đức Xuân' } as const;
