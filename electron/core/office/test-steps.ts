/**
 * Office steps for the core's tests: the office profile the documents print under (`office.update`),
 * with its commander as the signer. Document tests set one up before anything else.
 */
import type { Core } from '../app-core';
import { call } from '../db/test-helpers';
import type { OfficeProfile } from './schema';

/** An office whose commander, Hoàng Văn Minh of the given rank, signs its documents. */
export function officeWithCommander(office: {
  name: string;
  parentBody: string;
  placeName: string;
  rank: string;
  kind?: string;
}) {
  return {
    kind: office.kind ?? 'city_district',
    name: office.name,
    parentBody: office.parentBody,
    placeName: office.placeName,
    symbol: 'BCH',
    signers: [{ role: 'commander', title: 'CHỈ HUY TRƯỞNG', rank: office.rank, name: 'Hoàng Văn Minh' }],
  };
}

/** The city office most document tests print under. */
export const BAC_KAN_CITY_OFFICE = officeWithCommander({
  name: 'BAN CHQS THÀNH PHỐ BẮC KẠN',
  parentBody: 'BỘ CHQS TỈNH BẮC KẠN',
  placeName: 'Bắc Kạn',
  rank: 'Thượng tá',
});

/** Saves the office profile (the Bắc Kạn city office unless told). */
export function setOffice(core: Core, profile: Record<string, unknown> = BAC_KAN_CITY_OFFICE): Promise<OfficeProfile> {
  return call<OfficeProfile>(core, 'office.update', profile);
}

/** The same office from 01/07/2025: a ward command under the merged province, with its People's Committee. */
export const DUC_XUAN_WARD_PERIOD = {
  validFrom: '2025-07-01',
  kind: 'ward_commune',
  name: 'BAN CHQS PHƯỜNG ĐỨC XUÂN',
  parentBody: 'BỘ CHQS TỈNH THÁI NGUYÊN',
  placeName: 'Đức Xuân',
  symbol: 'BCH',
  signers: [{ role: 'commander', title: 'CHỈ HUY TRƯỞNG', rank: 'Thiếu tá', name: 'Lường Văn Khánh' }],
  peopleCommittee: { name: 'Ủy ban nhân dân phường Đức Xuân', chairName: 'Nông Thị Hà' },
};

/** Adds a period to the profile (the ward period from 01/07/2025 unless told). */
export function addOfficePeriod(
  core: Core,
  period: Record<string, unknown> = DUC_XUAN_WARD_PERIOD,
): Promise<OfficeProfile> {
  return call<OfficeProfile>(core, 'office.period.create', period);
}
