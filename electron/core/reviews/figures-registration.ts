import type { ApiContext } from '../kernel/context';
import { fill } from '../../../vocabulary/text';
import { age17List } from '../conscription';
import { turning17Year } from '../conscription';
import { statement } from '../db/statements';
import { vi } from '../messages/vi';
import { formatDisplayDate, type IsoDate } from '../shared/dates';
import { reviewLinks } from './figures-groups';
import { ratioFigure } from './format';
import type { ReviewFigureGroup } from './public-types';

/**
 * First military-service registration of the males turning 17 in the period's last year
 * (the age-17 list of `conscription.age17.list`): those of the list with a registration date on
 * or before the period's end, against the whole list. Null when the list is empty.
 */
export function registrationGroup(ctx: ApiContext, to: IsoDate): ReviewFigureGroup | null {
  const year = Number(to.slice(0, 4));
  const total = age17List(ctx, { year, page: 1, pageSize: 1 }).total;
  if (total === 0) return null;
  const { bornFrom, bornTo } = turning17Year(year);
  const registered = (
    statement(
      ctx.db,
      `SELECT COUNT(DISTINCT p.id) AS n FROM people p JOIN conscription_records r ON r.person_id = p.id
        WHERE p.sex = 'M' AND p.archived_at IS NULL AND p.birth_date BETWEEN @bornFrom AND @bornTo
          AND r.registered_on IS NOT NULL AND r.registered_on <= @to`,
    ).get({ bornFrom, bornTo, to }) as { n: number }
  ).n;
  const values = { year, birthYear: turning17Year(year).birthYear, date: formatDisplayDate(to) };
  return {
    key: 'registration',
    label: fill(vi.reviews.groups.registration, { year }),
    figures: [
      ratioFigure(
        'registration.age17',
        vi.reviews.figures.registrationAge17,
        registered,
        total,
        vi.reviews.units.person,
        values,
        reviewLinks.people,
      ),
    ],
  };
}
