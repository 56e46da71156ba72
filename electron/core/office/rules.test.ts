import { describe, expect, it } from 'vitest';
import { checkPeriodKind, checkPeriodStart } from './rules';

describe('checkPeriodKind (Decision 2786/QĐ-BQP: district commands dissolved from 01/07/2025)', () => {
  it('lets a city/district command period start until 30/06/2025, and the first period always', () => {
    expect(checkPeriodKind('city_district', '2025-06-30')).toEqual({ ok: true });
    expect(checkPeriodKind('city_district', null)).toEqual({ ok: true });
  });

  it('refuses one starting on 01/07/2025 or later, citing the decision', () => {
    expect(checkPeriodKind('city_district', '2025-07-01')).toMatchObject({
      ok: false,
      code: 'RULE_OFFICE_DISTRICT_DISSOLVED',
      message: expect.stringContaining('Quyết định 2786/QĐ-BQP'),
    });
  });

  it('lets the other kinds start on any date', () => {
    for (const kind of ['ward_commune', 'regional_defence', 'provincial'] as const) {
      expect(checkPeriodKind(kind, '2025-07-01')).toEqual({ ok: true });
    }
  });
});

describe('checkPeriodStart (the history grows at its end)', () => {
  it('takes a start the day after the latest, refuses the same day, and any start after the first period', () => {
    expect(checkPeriodStart('2025-07-02', '2025-07-01')).toEqual({ ok: true });
    expect(checkPeriodStart('2025-07-01', '2025-07-01')).toMatchObject({
      ok: false,
      code: 'OFFICE_PERIOD_DATE',
      message: expect.stringContaining('01/07/2025'),
    });
    expect(checkPeriodStart('1990-01-01', null)).toEqual({ ok: true });
  });
});
