import { describe, expect, it } from 'vitest';
import { checkRegistrationMethod, onlineRegistrationSince } from './rules';

/**
 * Issue 17 §2: Art. 16 Luật NVQS as amended by Law 98/2025/QH15 (in force 01/07/2025) lets the first
 * registration be made online. An online registration dated before that is flagged, citing the text
 * of that day; it is never refused.
 */
describe('online first registration and the law of its day', () => {
  it('takes the day online registration began from the legal register', () => {
    expect(onlineRegistrationSince()).toBe('2025-07-01');
  });

  it('warns on an online registration of 30/06/2025, citing the 2015 text in force that day', () => {
    const result = checkRegistrationMethod('online', '2025-06-30');
    expect(result).toMatchObject({ ok: false, code: 'RULE_ONLINE_REGISTRATION', severity: 'warning' });
    const message = (result as { message: string }).message;
    expect(message).toContain('ngày 30/06/2025');
    expect(message).toContain(
      '(khoản 1 Điều 12 Luật Nghĩa vụ quân sự số 78/2015/QH13; Điều 16 Luật Nghĩa vụ quân sự số 78/2015/QH13)',
    );
    expect(message).toContain('từ ngày 01/07/2025');
    expect(message).toContain('Luật số 98/2025/QH15');
  });

  it('passes an online registration from 01/07/2025', () => {
    expect(checkRegistrationMethod('online', '2025-07-01')).toEqual({ ok: true });
    expect(checkRegistrationMethod('online', '2026-04-10')).toEqual({ ok: true });
  });

  it('never warns on an in-person or unrecorded registration', () => {
    for (const on of ['2016-04-10', '2025-06-30', '2025-07-01', '2026-04-10']) {
      expect(checkRegistrationMethod('in_person', on)).toEqual({ ok: true });
      expect(checkRegistrationMethod(null, on)).toEqual({ ok: true });
    }
  });
});
