import { statement } from '../db/statements';
import type { ApiContext } from '../kernel/context';
import { createDecision } from '../militia/decisions-service';
import { getPerson, type Person } from '../people';
import { decisionCreateInput } from '../militia/schema';
import { addDays, addYears, type IsoDate } from '../shared/dates';

/**
 * People of militia age, of one sex, in no militia unit, in a fixed order (so the demo is the same
 * each time), living in a locality of the office.
 */
function candidates(ctx: ApiContext, sex: 'M' | 'F', bornAfter: IsoDate, bornBy: IsoDate): Person[] {
  const rows = statement(
    ctx.db,
    `SELECT p.id FROM people p
      WHERE p.locality_id IS NOT NULL AND p.sex = @sex AND p.birth_date > @bornAfter AND p.birth_date <= @bornBy AND p.archived_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM militia_memberships m WHERE m.person_id = p.id)
        AND NOT EXISTS (SELECT 1 FROM conscription_records r WHERE r.person_id = p.id AND r.handed_over_on IS NOT NULL)
      ORDER BY p.sort_family, p.sort_middle, p.sort_given, p.birth_date
      LIMIT 3`,
  ).all({ sex, bornAfter, bornBy }) as Array<{ id: string }>;
  return rows.map((r) => getPerson(ctx, r.id));
}

/**
 * Art. 11 Luật DQTV in the demo: a mother of a 20-month-old child deferred until the child is 3
 * (khoản 1 điểm a), the child of a war invalid (81 %) exempted (khoản 2 điểm b), and a student's
 * deferral that ended last summer — so the "Tạm hoãn, miễn" tab shows both kinds and the
 * "in force on" filter leaves one out.
 */
export function seedMilitiaDecisions(ctx: ApiContext, today: IsoDate): void {
  const women = candidates(ctx, 'F', addYears(today, -38), addYears(today, -22));
  const men = candidates(ctx, 'M', addYears(today, -30), addYears(today, -19));
  const decide = (who: Person | undefined, values: Record<string, unknown>) => {
    if (!who) return;
    // The chairman of the person's ward/commune decides (Art. 11 Luật DQTV).
    const ward = who.localityParentName ?? who.localityName ?? '';
    // "Phường Đức Xuân" reads "phường Đức Xuân" inside a title.
    const decidedBy = `Chủ tịch UBND ${ward.charAt(0).toLocaleLowerCase('vi')}${ward.slice(1)}`.trim();
    createDecision(ctx, decisionCreateInput.parse({ personId: who.id, decidedBy, ...values }));
  };
  // The child turns 36 months in 16 months' time: 1 year and about 122 days from today.
  decide(women[0], {
    kind: 'deferral',
    point: '1-a',
    decidedOn: addDays(today, -95),
    validUntil: addDays(addYears(today, 1), 121),
    notes: 'Nuôi con dưới 36 tháng tuổi (cháu sinh cách đây 20 tháng).',
  });
  decide(men[0], {
    kind: 'exemption',
    point: '2-b',
    decidedOn: addDays(today, -400),
    notes: 'Con của thương binh suy giảm khả năng lao động 81%.',
  });
  decide(men[1], {
    kind: 'deferral',
    point: '1-h',
    decidedOn: addDays(addYears(today, -3), 40),
    validUntil: addDays(today, -150),
    notes: 'Đang học đại học; đã tốt nghiệp, hết thời hạn tạm hoãn.',
  });
}
