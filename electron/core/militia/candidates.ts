import type { ApiContext } from '../kernel/context';
import { localityWithChildren } from '../localities';
import { listPeople, type Person } from '../people';
import { addYears, localIsoDate } from '../shared/dates';
import type { MilitiaCandidatePage } from './public-types';
import { checkMilitiaAge, MAX_AGE, MIN_AGE } from './rules';
import type { CandidateListInput } from './schema';
import { mustFindUnit } from './units-service';

/*
 * The people offered when a unit takes a new member. Art. 8 Luật DQTV: citizens of the ward or
 * commune where the unit is, from 18 to the end of 45 (men) or 40 (women), so they come first —
 * then the others of the locality, then everyone. A person from elsewhere or outside the age is
 * still offered (a volunteer may be older; someone may have moved in without being re-registered):
 * each row says whether it fits, so the dialog warns instead of refusing. The core still checks
 * the age on saving (checkMilitiaAge).
 */
export function listCandidates(ctx: ApiContext, input: CandidateListInput): MilitiaCandidatePage {
  const unit = mustFindUnit(ctx, input.unitId);
  const on = input.startedOn ?? localIsoDate(ctx.now());
  const local = unit.localityId ? new Set(localityWithChildren(ctx.db, unit.localityId)) : null;
  const prefer = unit.localityId
    ? {
        localityId: unit.localityId,
        bornTo: addYears(on, -MIN_AGE),
        bornAfter: { M: addYears(on, -(MAX_AGE.M + 1)), F: addYears(on, -(MAX_AGE.F + 1)) },
      }
    : undefined;
  const { rows, total } = listPeople(
    ctx.db,
    { search: input.search, archived: false, sort: 'name', order: 'asc', page: input.page, pageSize: input.pageSize },
    localIsoDate(ctx.now()),
    prefer,
  );
  return {
    rows: rows.map((person: Person) => ({
      ...person,
      local: local ? person.localityId !== null && local.has(person.localityId) : null,
      ofAge: checkMilitiaAge(person.birthDate, person.sex, on, false).ok,
    })),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}
