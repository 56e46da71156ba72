import type { OfficeKind } from '../../../vocabulary/office';
import { format, vi } from '../messages/vi';
import { formatDisplayDate, type IsoDate } from '../shared/dates';
import { fail, PASS, type RuleResult } from '../shared/rule-result';

/** The day the district military commands ceased to exist (Decision 2786/QĐ-BQP, 14/06/2025). */
export const DISTRICT_COMMANDS_DISSOLVED_ON: IsoDate = '2025-07-01';

/**
 * Decision 2786/QĐ-BQP (14/06/2025) dissolved the district-level military commands from
 * 01/07/2025: a period of the profile starting that day or later cannot be a city/district command.
 * The first period (null: since the office's records begin) may be one, for the records before.
 */
export function checkPeriodKind(kind: OfficeKind, validFrom: IsoDate | null): RuleResult {
  if (kind !== 'city_district' || validFrom === null || validFrom < DISTRICT_COMMANDS_DISSOLVED_ON) return PASS;
  return fail(
    'RULE_OFFICE_DISTRICT_DISSOLVED',
    format(vi.errors.RULE_OFFICE_DISTRICT_DISSOLVED, {
      dissolved: formatDisplayDate(DISTRICT_COMMANDS_DISSOLVED_ON),
      date: formatDisplayDate(validFrom),
    }),
  );
}

/**
 * The profile's history only grows at its end (no article: a record keeps what was in force on its
 * date, so a period is never slipped in before one already used): a new period starts after the
 * latest one's start (null: the first period, since the office's records begin).
 */
export function checkPeriodStart(validFrom: IsoDate, latestStart: IsoDate | null): RuleResult {
  if (latestStart === null || validFrom > latestStart) return PASS;
  return fail('OFFICE_PERIOD_DATE', format(vi.errors.OFFICE_PERIOD_DATE, { since: formatDisplayDate(latestStart) }));
}
