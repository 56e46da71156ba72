import { describe, expect, it } from 'vitest';
import { checkDutyInForce, checkLineDate, checkNoticeQuarter, quarterStatus } from './rules';

describe('the notice quarter (Decree 220/2025/NĐ-CP)', () => {
  it('accepts a quarter begun by the received date and refuses one that begins after it, citing the decree', () => {
    expect(checkNoticeQuarter(2026, 3, '2026-07-01').ok).toBe(true);
    expect(checkNoticeQuarter(2026, 2, '2026-07-01').ok).toBe(true);
    const refused = checkNoticeQuarter(2026, 3, '2026-06-30');
    expect(refused).toMatchObject({ ok: false, code: 'RULE_POLICE_NOTICE_QUARTER', severity: 'error' });
    expect(!refused.ok && refused.message).toContain('Quý III/2026 bắt đầu từ ngày 01/07/2026');
    expect(!refused.ok && refused.message).toContain('220/2025/NĐ-CP');
  });

  it('warns of a notice received before the decree took effect (07/08/2025), not on or after', () => {
    expect(checkDutyInForce('2025-08-07').ok).toBe(true);
    const before = checkDutyInForce('2025-08-06');
    expect(before).toMatchObject({ ok: false, code: 'RULE_POLICE_BEFORE_DUTY', severity: 'warning' });
    expect(!before.ok && before.message).toContain('Nghị định số 220/2025/NĐ-CP');
  });

  it('refuses an event dated after the received date', () => {
    expect(checkLineDate('2026-10-05', '2026-10-05').ok).toBe(true);
    expect(checkLineDate('2026-10-06', '2026-10-05')).toMatchObject({ ok: false, code: 'RULE_POLICE_LINE_DATE' });
  });

  it('asks for every ended quarter the duty covered: Q2/2025 not required, Q3/2025 due, a running one upcoming', () => {
    expect(quarterStatus(2025, 2, 0, '2026-11-27')).toBe('notRequired');
    expect(quarterStatus(2025, 3, 0, '2026-11-27')).toBe('missing');
    expect(quarterStatus(2026, 3, 0, '2026-09-30')).toBe('upcoming');
    expect(quarterStatus(2026, 3, 0, '2026-10-01')).toBe('missing');
    expect(quarterStatus(2026, 4, 1, '2026-11-27')).toBe('received');
  });
});
