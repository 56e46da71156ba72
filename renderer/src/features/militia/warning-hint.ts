import type { MilitiaMember, MilitiaWarning } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { displayDate, fromIsoDate, todayIso } from '../../shared/dates';

const h = vi.help.hints.militia;

/** Art. 8(2) Luật DQTV: 4 years, 2 for standing militia (the core's `termEndsOn` counts the same). */
const termYears = (m: MilitiaMember) => (m.component === 'standing' ? 2 : 4);

/**
 * What a warning badge on a member means for this member: the limit or term that applies (with its
 * article), the member's own dates, and what to do. Unknown codes keep the core's message.
 */
export function warningHint(m: MilitiaMember, warning: MilitiaWarning, today = todayIso()): string {
  const endsOn = m.extendedUntil ?? m.termEndsOn;
  if (warning.code === 'RULE_MILITIA_PAST_AGE') {
    const limit = format(h.ageLimit, {
      sex: h.sex[m.sex],
      maxAge: m.maxAge,
      volunteer: m.volunteer ? h.volunteer : '',
    });
    const values = {
      name: m.fullName,
      birthDate: displayDate(m.birthDate),
      maxAge: m.maxAge,
      lastDay: fromIsoDate(m.ageLimitDate)!.subtract(1, 'day').format('DD/MM/YYYY'),
      limitDate: displayDate(m.ageLimitDate),
      endsOn: displayDate(endsOn),
    };
    return `${limit} ${format(m.ageLimitDate <= today ? h.pastAge : h.reachesAge, values)}`;
  }
  if (warning.code === 'RULE_MILITIA_TERM_ENDING' || warning.code === 'RULE_MILITIA_TERM_OVER') {
    const days = fromIsoDate(endsOn)!.diff(fromIsoDate(today), 'day');
    const values = {
      name: m.fullName,
      extended: m.extendedUntil ? h.extended : '',
      endsOn: displayDate(endsOn),
      days: Math.abs(days),
    };
    const text = format(warning.code === 'RULE_MILITIA_TERM_OVER' ? h.termOver : h.termEnding, values);
    return `${format(h.term, { years: termYears(m) })} ${text}`;
  }
  return warning.message;
}
