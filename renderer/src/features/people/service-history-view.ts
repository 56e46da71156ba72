import type { ApiOutput } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { pointLetter, stateLabelOf } from '../conscription/record-labels';

export type HistoryEntry = ApiOutput<'people.serviceHistory'>['entries'][number];
export type HistorySection = keyof typeof vi.staff.history.sections;

/** One entry as the drawer shows it: a title, its period and labelled facts (dates as dd/mm/yyyy). */
export interface EntryView {
  id: string;
  title: string;
  period: string;
  facts: { label: string; value: string }[];
}

const h = vi.staff.history;

/** The reserve section holds the registration and the assignments to reserve units. */
export function sectionOf(entry: HistoryEntry): HistorySection {
  return entry.kind === 'reservist' || entry.kind === 'reserve_assignment' ? 'reserve' : entry.kind;
}

export const SECTION_ORDER: readonly HistorySection[] = ['conscription', 'militia', 'reserve', 'training', 'staff'];

/** "from – to", "from – nay" while it lasts, or "từ from" when the records hold no end. */
function period(from: string | null, to: string | null, open: boolean): string {
  if (from && !to && !open) return format(h.since, { from: displayDate(from) });
  return format(h.period, {
    from: from ? displayDate(from) : h.unknownDate,
    to: to ? displayDate(to) : open ? h.present : h.unknownDate,
  });
}

/** Drops facts with nothing to say. */
function facts(list: [string, string | null | false | undefined][]): EntryView['facts'] {
  return list.flatMap(([label, value]) => (value ? [{ label, value }] : []));
}

/** "Điểm g khoản 1 Điều 41: Đang học …", as the campaign's record drawer words it. */
function legalPointText(kind: 'deferral' | 'exemption', code: string): string {
  const texts: Record<string, string> =
    kind === 'deferral' ? vi.conscription.deferralPoints : vi.conscription.exemptionPoints;
  const short = format(vi.conscription.legalPointShort[kind], { letter: pointLetter(code) });
  return texts[code] ? `${short}: ${texts[code]}` : short;
}

export function describeEntry(entry: HistoryEntry): EntryView {
  switch (entry.kind) {
    case 'conscription': {
      const c = h.conscription;
      const point = entry.legalPoint;
      return {
        id: entry.id,
        title: format(c.title, { year: entry.campaignYear }),
        period: period(entry.from, entry.to, false),
        facts: facts([
          [
            c.state,
            format(c.stateValue, {
              state: stateLabelOf(entry),
              date: displayDate(entry.stateSince),
            }),
          ],
          [c.registered, entry.registeredOn && displayDate(entry.registeredOn)],
          [c.healthClass, entry.healthClass !== null && format(c.healthValue, { healthClass: entry.healthClass })],
          [c.legalPoint, point && legalPointText(point.kind, point.point)],
          [c.deferralYear, entry.deferralYear !== null && String(entry.deferralYear)],
          [
            entry.branch === 'police' ? vi.conscription.record.orderPolice : c.order,
            entry.orderNumber !== null &&
              format(c.orderValue, { number: entry.orderNumber, date: displayDate(entry.orderDate) }),
          ],
          [c.handedOver, entry.handedOverOn && displayDate(entry.handedOverOn)],
          [c.receivingUnit, entry.receivingUnit],
          [c.branch, entry.branch && vi.conscription.branches[entry.branch]],
          [c.reason, entry.reason],
        ]),
      };
    }
    case 'militia': {
      const m = h.militia;
      return {
        id: entry.id,
        title: entry.unitPlace ? format(m.title, { unit: entry.unitName, place: entry.unitPlace }) : entry.unitName,
        period: period(entry.from, entry.to, entry.endedOn === null),
        facts: facts([
          [
            m.force,
            format(m.forceValue, { force: m.forces[entry.force], component: m.components[entry.component] ?? '' }),
          ],
          [m.level, m.levels[entry.unitLevel]],
          [m.position, m.positions[entry.position]],
          [m.term, period(entry.startedOn, entry.termEndsOn, false)],
          [m.extendedUntil, entry.extendedUntil && displayDate(entry.extendedUntil)],
          [
            m.ended,
            entry.endedOn &&
              format(m.endedValue, {
                date: displayDate(entry.endedOn),
                reason: (entry.endReason && m.endReasons[entry.endReason]) ?? '',
              }),
          ],
          [
            m.membership,
            [entry.partyMember && m.partyMember, entry.youthUnion && m.youthUnion].filter(Boolean).join(', '),
          ],
          [m.volunteer, entry.volunteer && vi.common.confirm],
        ]),
      };
    }
    case 'reservist': {
      const r = h.reservist;
      return {
        id: entry.id,
        title: r.title,
        period: period(entry.from, entry.to, entry.removedOn === null),
        facts: facts([
          [r.category, r.categories[entry.category]],
          [r.grade, format(r.gradeValue, { grade: entry.grade })],
          [r.rank, entry.rank && r.ranks[entry.rank]],
          [
            r.specialty,
            entry.specialtyCode &&
              format(r.specialtyValue, { code: entry.specialtyCode, name: entry.specialtyName ?? '' }),
          ],
          [r.formerUnit, entry.formerUnit],
          [r.service, (entry.serviceFrom || entry.serviceTo) && period(entry.serviceFrom, entry.serviceTo, false)],
          [r.registeredOn, displayDate(entry.registeredOn)],
          [r.removedOn, entry.removedOn && displayDate(entry.removedOn)],
          [r.removalReason, entry.removalReason],
        ]),
      };
    }
    case 'reserve_assignment': {
      const a = h.assignment;
      return {
        id: entry.id,
        title: format(a.title, { unit: entry.unitName }),
        period: period(entry.from, entry.to, entry.endedOn === null),
        facts: facts([
          [a.unitKind, a.unitKinds[entry.unitKind]],
          [a.receivingUnit, entry.receivingUnit],
          [
            a.slot,
            format(a.slotValue, { title: entry.slotTitle, code: entry.specialtyCode, name: entry.specialtyName }),
          ],
          [a.assignedOn, displayDate(entry.assignedOn)],
          [a.endedOn, entry.endedOn && displayDate(entry.endedOn)],
          [a.endReason, entry.endReason],
        ]),
      };
    }
    case 'staff': {
      const s = h.staff;
      return {
        id: entry.id,
        title: format(s.title, { position: entry.position }),
        period: period(entry.from, entry.to, entry.endedOn === null),
        facts: facts([
          [s.rank, entry.rank],
          [s.signs, entry.signerRole && vi.office.roles[entry.signerRole]],
        ]),
      };
    }
    case 'training': {
      const t = h.training;
      return {
        id: entry.id,
        title: entry.courseTitle,
        period: period(entry.from, entry.to, false),
        facts: facts([
          [t.target, t.targets[entry.target]],
          [t.status, t.statuses[entry.status]],
          [
            t.attended,
            entry.attendedDays !== null &&
              format(t.attendedValue, { attended: entry.attendedDays, planned: entry.plannedDays }),
          ],
          [t.result, entry.result && t.results[entry.result]],
        ]),
      };
    }
  }
}
