import { describe, expect, it } from 'vitest';
import { fieldForHeader, layoutKey, proposeMapping } from './mapping';

describe('fieldForHeader', () => {
  const people: Array<[string, string]> = [
    ['Họ và tên', 'fullName'],
    ['HO VA TEN', 'fullName'],
    ['Họ, tên', 'fullName'],
    ['Họ và tên khai sinh', 'fullName'],
    ['Họ đệm', 'familyAndMiddleName'],
    ['Ho dem', 'familyAndMiddleName'],
    ['Tên', 'givenName'],
    ['Ten', 'givenName'],
    ['Ngày sinh', 'birthDate'],
    ['Ngày, tháng, năm sinh', 'birthDate'],
    ['Ngay thang nam sinh (dd/mm/yyyy)', 'birthDate'],
    ['Năm sinh', 'birthYear'],
    ['Nam sinh', 'birthYear'],
    ['Giới tính', 'sex'],
    ['Gioi tinh', 'sex'],
    ['Nữ', 'femaleMark'],
    ['Số CCCD', 'citizenId'],
    ['Căn cước', 'citizenId'],
    ['Số CMND/CCCD', 'citizenId'],
    ['CMND', 'citizenId'],
    ['Số định danh cá nhân', 'citizenId'],
    ['Thôn/Tổ', 'village'],
    ['Thon, to', 'village'],
    ['Tổ dân phố', 'village'],
    ['Xã/Phường', 'commune'],
    ['Xa phuong', 'commune'],
    ['Dân tộc', 'ethnicity'],
    ['Tôn giáo', 'religion'],
    ['Trình độ văn hóa', 'education'],
    ['Trinh do van hoa', 'education'],
    ['TĐVH', 'education'],
    ['Nghề nghiệp', 'occupation'],
    ['Họ tên cha', 'fatherName'],
    ['Họ tên mẹ', 'motherName'],
    ['Họ tên cha/mẹ', 'parentNames'],
    ['Họ và tên cha, mẹ', 'parentNames'],
    ['Nơi ở hiện nay', 'address'],
    ['Ghi chú', 'notes'],
  ];
  it.each(people)('people: "%s" → %s', (header, field) => {
    expect(fieldForHeader(header, 'people')).toBe(field);
  });

  it("knows each target's own columns, only for that target", () => {
    expect(fieldForHeader('Sức khỏe', 'conscription')).toBe('healthClass');
    expect(fieldForHeader('Phân loại SK', 'conscription')).toBe('healthClass');
    expect(fieldForHeader('Phan loai suc khoe', 'conscription')).toBe('healthClass');
    expect(fieldForHeader('Sức khỏe', 'people')).toBeNull();
    expect(fieldForHeader('Đơn vị', 'militia')).toBe('unit');
    expect(fieldForHeader('Chức vụ', 'militia')).toBe('position');
    expect(fieldForHeader('Đơn vị', 'reservists')).toBe('unit');
    expect(fieldForHeader('Cấp bậc', 'reservists')).toBe('rank');
    expect(fieldForHeader('CNQS', 'reservists')).toBe('specialty');
    expect(fieldForHeader('Ngày nhập ngũ', 'reservists')).toBe('serviceFrom');
  });

  it('does not let short aliases claim longer headers', () => {
    expect(fieldForHeader('Tổng số', 'people')).toBeNull();
    expect(fieldForHeader('Ký tên', 'people')).toBeNull();
    expect(fieldForHeader('', 'people')).toBeNull();
  });
});

describe('proposeMapping', () => {
  it('maps each field once, skips the row number, leaves unknown columns unmapped', () => {
    expect(proposeMapping(['STT', 'Họ đệm', 'Tên', 'Ngày sinh', 'Ký nhận', 'Tên'], 'people')).toEqual([
      { column: 0, header: 'STT', field: null },
      { column: 1, header: 'Họ đệm', field: 'familyAndMiddleName' },
      { column: 2, header: 'Tên', field: 'givenName' },
      { column: 3, header: 'Ngày sinh', field: 'birthDate' },
      { column: 4, header: 'Ký nhận', field: null },
      { column: 5, header: 'Tên', field: null },
    ]);
  });
});

describe('layoutKey', () => {
  it('is the same for the same columns whatever the case, diacritics or trailing blanks', () => {
    const key = layoutKey(['STT', 'Họ và tên', 'Ngày sinh']);
    expect(key).toMatch(/^[0-9a-f]{16}$/);
    expect(layoutKey(['stt', 'HO VA TEN', 'Ngay sinh', '', ''])).toBe(key);
    expect(layoutKey(['STT', 'Ngày sinh', 'Họ và tên'])).not.toBe(key);
  });
});
