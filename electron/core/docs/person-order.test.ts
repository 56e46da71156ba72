import { describe, expect, it } from 'vitest';
import { calledUpOrder, calledUpRecords, record } from '../../../test/docs/conscription-fixtures';
import { sortByLocalityThenName } from './person-order';
import { listArea, residenceText } from './person-order';

const names = (rows: readonly { fullName: string }[]) => rows.map((r) => r.fullName);

describe('sortByLocalityThenName', () => {
  it('orders by ward/commune, then given, middle and family name in Vietnamese order', () => {
    expect(names(sortByLocalityThenName(calledUpRecords()))).toEqual(calledUpOrder);
  });

  it('gives the same order whatever the input order, and leaves the input alone', () => {
    const input = calledUpRecords().reverse();
    const before = names(input);
    expect(names(sortByLocalityThenName(input))).toEqual(calledUpOrder);
    expect(names(input)).toEqual(before);
  });

  it('puts d before đ before e, u before ư, o before ơ, and tones after letters', () => {
    const area = { localityName: 'Tổ 1', localityParentName: 'Phường Sông Cầu' };
    const people = [
      'Lê Văn Ê',
      'Lê Văn Ơn',
      'Lê Văn Đan',
      'Lê Văn Ưng',
      'Lê Văn Dan',
      'Lê Văn Ung',
      'Lê Văn On',
      'Lê Văn Ón',
      'Lê Văn Òn',
    ];
    expect(names(sortByLocalityThenName(people.map((n) => record(n, area))))).toEqual([
      'Lê Văn Dan',
      'Lê Văn Đan',
      'Lê Văn Ê',
      'Lê Văn On',
      'Lê Văn Òn',
      'Lê Văn Ón',
      'Lê Văn Ơn',
      'Lê Văn Ung',
      'Lê Văn Ưng',
    ]);
  });

  it('compares the middle name, then the family name, when the given names are equal', () => {
    const area = { localityName: 'Tổ 1', localityParentName: 'Phường Sông Cầu' };
    const people = ['Trần Văn An', 'Đỗ Văn An', 'Âu Thị Thu An', 'Bế Đức An'];
    expect(names(sortByLocalityThenName(people.map((n) => record(n, area))))).toEqual([
      'Bế Đức An',
      'Âu Thị Thu An',
      'Đỗ Văn An',
      'Trần Văn An',
    ]);
  });

  it('lists people without a locality last and breaks name ties by birth date', () => {
    const a = record('Lò Văn Pao', { localityName: null, localityParentName: null });
    const b = record('Lò Văn Pao', {
      localityName: 'Thôn Nà Pài',
      localityParentName: 'Xã Dương Quang',
      birthDate: '2005-03-01',
    });
    const c = record('Lò Văn Pao', {
      localityName: 'Thôn Nà Pài',
      localityParentName: 'Xã Dương Quang',
      birthDate: '2004-03-01',
    });
    expect(sortByLocalityThenName([a, b, c])).toEqual([c, b, a]);
    expect(listArea(a)).toBeNull();
  });
});

describe('residenceText', () => {
  it('completes an address with the locality and its ward, as written in an address', () => {
    expect(
      residenceText({
        address: 'Số 12, đường Trường Chinh',
        localityName: 'Tổ 7',
        localityParentName: 'Phường Đức Xuân',
      }),
    ).toBe('Số 12, đường Trường Chinh, tổ 7, phường Đức Xuân');
  });

  it('does not repeat what the address already says', () => {
    expect(
      residenceText({
        address: 'Số 3, tổ 7, phường Đức Xuân;',
        localityName: 'Tổ 7',
        localityParentName: 'Phường Đức Xuân',
      }),
    ).toBe('Số 3, tổ 7, phường Đức Xuân');
  });

  it('uses the locality alone when there is no address, and the address alone when no locality', () => {
    expect(residenceText({ address: '', localityName: 'Thôn Nà Pài', localityParentName: 'Xã Dương Quang' })).toBe(
      'Thôn Nà Pài, xã Dương Quang',
    );
    expect(residenceText({ address: 'Bản Cạu', localityName: null, localityParentName: null })).toBe('Bản Cạu');
  });
});
