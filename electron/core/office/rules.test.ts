import { describe, expect, it } from 'vitest';
import { checkPeriodKind } from './rules';

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
