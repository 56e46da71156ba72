import { describe, expect, it } from 'vitest';
import { checkSignerCount, checkStaffEnd, checkStaffStart } from './rules';

const TODAY = '2026-11-27';

describe('checkStaffEnd', () => {
  it('accepts leaving on the day work started and on today', () => {
    expect(checkStaffEnd('2020-01-01', '2020-01-01', TODAY)).toEqual({ ok: true });
    expect(checkStaffEnd('2020-01-01', TODAY, TODAY)).toEqual({ ok: true });
    expect(checkStaffEnd(null, '1990-01-01', TODAY)).toEqual({ ok: true });
  });
  it('refuses the day before the start and tomorrow', () => {
    expect(checkStaffEnd('2020-01-01', '2019-12-31', TODAY)).toMatchObject({
      ok: false,
      code: 'RULE_STAFF_END_DATE',
      message: 'Ngày thôi công tác không được trước ngày bắt đầu công tác (01/01/2020).',
    });
    expect(checkStaffEnd('2020-01-01', '2026-11-28', TODAY)).toMatchObject({
      ok: false,
      message: 'Ngày không được sau hôm nay.',
    });
  });
});

describe('checkStaffStart', () => {
  it('accepts no date and today, refuses tomorrow', () => {
    expect(checkStaffStart(null, TODAY)).toEqual({ ok: true });
    expect(checkStaffStart(TODAY, TODAY)).toEqual({ ok: true });
    expect(checkStaffStart('2026-11-28', TODAY)).toMatchObject({ ok: false, code: 'RULE_STAFF_START_DATE' });
  });
});

describe('checkSignerCount', () => {
  it('needs one signer and allows up to the profile’s limit', () => {
    expect(checkSignerCount(0, 10)).toMatchObject({ ok: false, code: 'STAFF_NO_SIGNERS' });
    expect(checkSignerCount(1, 10)).toEqual({ ok: true });
    expect(checkSignerCount(10, 10)).toEqual({ ok: true });
    expect(checkSignerCount(11, 10)).toMatchObject({
      ok: false,
      code: 'STAFF_TOO_MANY_SIGNERS',
      message: 'Có 11 cán bộ được chọn ký văn bản; thông tin cơ quan chỉ giữ tối đa 10 người ký.',
    });
  });
});
