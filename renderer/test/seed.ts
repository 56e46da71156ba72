import type { ApiInput } from '../../electron/core/api/contract';
import { onTestFinished } from 'vitest';

let serial = 0;

/**
 * A person for `people.create` from a full name (family, middle, given) and a birth date, with a
 * citizen ID that agrees with both (Decree 137/2015: 4th digit century and sex, 5th–6th the year).
 */
export function personInput(
  fullName: string,
  birthDate = '2005-03-15',
  extra: Partial<ApiInput<'people.create'>> = {},
): ApiInput<'people.create'> {
  const words = fullName.split(' ');
  const sex = extra.sex ?? 'M';
  const century = Math.floor((Number(birthDate.slice(0, 4)) - 1900) / 100) * 2 + (sex === 'F' ? 1 : 0);
  return {
    familyName: words[0]!,
    middleName: words.slice(1, -1).join(' '),
    givenName: words[words.length - 1]!,
    birthDate,
    sex,
    citizenId: `001${century}${birthDate.slice(2, 4)}${String(++serial).padStart(6, '0')}`,
    ...extra,
  };
}

/** An office profile for `office.update`: documents need one (its name, symbol and signers). */
export function officeProfile(): ApiInput<'office.update'> {
  return {
    name: 'BAN CHQS PHƯỜNG ĐỨC XUÂN',
    parentBody: 'BAN CHQS THÀNH PHỐ BẮC KẠN',
    placeName: 'Bắc Kạn',
    symbol: 'BCH',
    signers: [
      { role: 'commander', title: 'CHỈ HUY TRƯỞNG', rank: 'Đại uý', name: 'Hoàng Văn Minh' },
      { role: 'political_officer', title: 'CHÍNH TRỊ VIÊN', rank: 'Thượng uý', name: 'Lục Văn Sơn' },
    ],
  };
}

/**
 * Catches the files the screen hands to the browser's download (jsdom has no object URLs and no
 * downloads): their names, in order.
 */
export function catchDownloads(): string[] {
  const names: string[] = [];
  URL.createObjectURL = () => 'blob:test';
  URL.revokeObjectURL = () => {};
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) names.push(this.download);
    else click.call(this);
  };
  onTestFinished(() => {
    HTMLAnchorElement.prototype.click = click;
  });
  return names;
}
