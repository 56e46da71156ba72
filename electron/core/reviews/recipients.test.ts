import { describe, expect, it } from 'vitest';
import { call, type TestCore, useTestCore } from '../db/test-helpers';
import { prepareDocument } from '../documents/produce';
import { createLocality } from '../localities/test-steps';
import { findProfile } from '../office/repository';
import { BAC_KAN_CITY_OFFICE, officeWithCommander, setOffice } from '../office/test-steps';
import { reviewRecipients } from './recipients';

let core: TestCore;
useTestCore((c) => (core = c));

const recipientsOn = (date: string) => reviewRecipients(core.context, findProfile(core.db, date)!, date);

describe('the review report\u2019s recipients by the office\u2019s kind', () => {
  it('sends a city command\u2019s report to the province, the city\u2019s standing committees and the communes', async () => {
    await setOffice(core);
    expect(recipientsOn('2023-06-27')).toEqual([
      'Bộ CHQS tỉnh Bắc Kạn (để b/c)',
      'Thường trực Thành ủy, HĐND, UBND thành phố (để b/c)',
      'Ban CHQS các xã, phường',
    ]);
  });

  it('names a district\u2019s committees after the district', async () => {
    await setOffice(core, { ...BAC_KAN_CITY_OFFICE, name: 'BAN CHQS HUYỆN BẠCH THÔNG' });
    expect(recipientsOn('2023-06-27')[1]).toBe('Thường trực Huyện ủy, HĐND, UBND huyện (để b/c)');
  });

  it('follows the profile period in force on the document\u2019s date: a ward command, then a regional board', async () => {
    await setOffice(
      core,
      officeWithCommander({
        kind: 'ward_commune',
        name: 'BAN CHQS PHƯỜNG ĐỨC XUÂN',
        parentBody: 'BAN CHQS THÀNH PHỐ BẮC KẠN',
        placeName: 'Đức Xuân',
        rank: 'Thiếu tá',
      }),
    );
    await call(core, 'office.period.create', {
      ...officeWithCommander({
        kind: 'regional_defence',
        name: 'BAN CHPTKV 1 – ĐỨC XUÂN',
        parentBody: 'BỘ CHQS TỈNH THÁI NGUYÊN',
        placeName: 'Đức Xuân',
        rank: 'Thượng tá',
      }),
      validFrom: '2025-07-01',
    });
    await createLocality(core, 'Phường Đức Xuân');
    await createLocality(core, 'Xã Nông Thượng', 'commune');
    await createLocality(core, 'Phường Sông Cầu');
    expect(recipientsOn('2023-06-27')).toEqual([
      'Ban CHQS thành phố Bắc Kạn (để b/c)',
      'Thường trực Đảng ủy, HĐND, UBND phường (để b/c)',
      'Các đơn vị dân quân tự vệ',
    ]);
    expect(recipientsOn('2025-12-31')).toEqual([
      'Bộ CHQS tỉnh Thái Nguyên (để b/c)',
      'Ban CHQS phường Đức Xuân, phường Sông Cầu, xã Nông Thượng',
    ]);
  });

  it('sends a provincial command’s report to the military region and the province’s standing committees', async () => {
    await setOffice(
      core,
      officeWithCommander({
        kind: 'provincial',
        name: 'BỘ CHQS TỈNH THÁI NGUYÊN',
        parentBody: 'BỘ TƯ LỆNH QUÂN KHU 1',
        placeName: 'Thái Nguyên',
        rank: 'Đại tá',
      }),
    );
    expect(recipientsOn('2026-06-30')).toEqual([
      'Bộ Tư lệnh Quân khu 1 (để b/c)',
      'Thường trực Tỉnh ủy, HĐND, UBND tỉnh (để b/c)',
      'Các Ban CHPTKV, Ban CHQS các xã, phường',
    ]);
  });

  it('prints them in the document instead of the old fixed lines', async () => {
    await setOffice(core);
    const { report } = await call<{ report: { id: string } }>(core, 'reviews.report.create', {
      periodKind: 'h1',
      year: 2023,
    });
    const prepared = prepareDocument(core.context, {
      kind: 'review.report',
      format: 'docx',
      mode: 'issue',
      reviewReportId: report.id,
    });
    const xml = JSON.stringify(prepared.docx(1));
    expect(xml).toContain('Thường trực Thành ủy, HĐND, UBND thành phố (để b/c)');
    expect(xml).not.toContain('Thường trực Đảng ủy, UBND (để b/c)');
  });
});
