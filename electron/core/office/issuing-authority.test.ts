import { describe, expect, it } from 'vitest';
import { ApiError } from '../kernel/errors';
import { kindFromName } from '../db/migrations/0017-office-periods';
import { authorityRuleFor, issuerFor } from './issuing-authority';
import type { OfficeProfile } from './schema';

const commander = { role: 'commander' as const, title: 'CHỈ HUY TRƯỞNG', rank: 'Thiếu tá', name: 'Lường Văn Khánh' };
const ward: OfficeProfile = {
  id: '00000000-0000-4000-8000-000000000002',
  validFrom: '2025-07-01',
  kind: 'ward_commune',
  name: 'BAN CHQS PHƯỜNG ĐỨC XUÂN',
  parentBody: 'BỘ CHQS TỈNH THÁI NGUYÊN',
  placeName: 'Đức Xuân',
  symbol: 'BCH',
  signers: [commander],
  peopleCommittee: { name: 'Ủy ban nhân dân phường Đức Xuân', chairName: 'Nông Thị Hà' },
  updatedAt: '',
  version: 1,
};

describe('issuing authority per document kind and date (Law 98/2025/QH15; Decree 220/2025/NĐ-CP)', () => {
  it('gives the registration certificate and the call to first registration to the commune chairman from 01/07/2025', () => {
    for (const kind of ['conscription.registrationCertificates', 'conscription.firstRegistrationCall']) {
      expect(authorityRuleFor(kind, 'ward_commune', '2025-06-30')).toBeUndefined();
      expect(authorityRuleFor(kind, 'ward_commune', '2025-07-01')).toMatchObject({ issuer: 'commune_chair' });
      // A city/district command (an old period) and a regional board keep issuing their own.
      expect(authorityRuleFor(kind, 'city_district', '2025-07-01')).toBeUndefined();
      expect(authorityRuleFor(kind, 'regional_defence', '2026-01-01')).toBeUndefined();
    }
    // The lists and call-up orders stay with the command.
    expect(authorityRuleFor('conscription.calledUpList', 'ward_commune', '2026-01-01')).toBeUndefined();
  });

  it('prints the People’s Committee without a parent body, signed "TM. Ủy ban nhân dân / Chủ tịch"', () => {
    const issuer = issuerFor(ward, 'conscription.registrationCertificates', '2025-07-01', commander);
    expect(issuer.office).toMatchObject({ name: 'Ủy ban nhân dân phường Đức Xuân', parentBody: '', symbol: 'UBND' });
    expect(issuer.signer).toMatchObject({
      title: 'Chủ tịch',
      name: 'Nông Thị Hà',
      authority: { kind: 'onBehalf', of: 'Ủy ban nhân dân' },
    });
    expect(issuerFor(ward, 'conscription.calledUpList', '2025-07-01', commander)).toEqual({
      office: ward,
      signer: commander,
    });
  });

  it('refuses, citing the law, when a ward office has not set up its People’s Committee', () => {
    const build = () =>
      issuerFor({ ...ward, peopleCommittee: null }, 'conscription.firstRegistrationCall', '2026-04-01', commander);
    expect(build).toThrow(ApiError);
    expect(build).toThrow(/01\/07\/2025.*Luật 98\/2025\/QH15.*01\/04\/2026/);
  });
});

describe('the kind migration 0017 reads from an office’s name', () => {
  it.each([
    ['BAN CHỈ HUY QUÂN SỰ XÃ AN PHÚ', 'ward_commune'],
    ['Ban CHQS phường Đức Xuân', 'ward_commune'],
    ['BAN CHQS THỊ TRẤN CHỢ MỚI', 'ward_commune'],
    ['BAN CHQS THỊ XÃ PHỔ YÊN', 'city_district'],
    ['BAN CHQS THÀNH PHỐ BẮC KẠN', 'city_district'],
    ['BAN CHPTKV 1 – ĐỨC XUÂN', 'regional_defence'],
    ['BAN CHỈ HUY PHÒNG THỦ KHU VỰC 2', 'regional_defence'],
    ['BỘ CHQS TỈNH THÁI NGUYÊN', 'provincial'],
  ])('%s → %s', (name, kind) => {
    expect(kindFromName(name)).toBe(kind);
  });
});
