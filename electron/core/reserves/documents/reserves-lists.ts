import { localityResidence } from '../../docs/person-order';
import { fill } from '../../../../vocabulary/text';
import { formatDisplayDate, type IsoDate } from '../../shared/dates';
import {
  type AssignedReservistRow,
  type ReserveSlotRow,
  type ReserveUnitRow,
  type ReservistRow,
} from './reserves-data';
import {
  dateCell,
  numberedPersonCells,
  percentOf,
  percentText,
  type ContentColumn,
  type TableContent,
  type ContentRow,
} from '../../docs/table-content';
import { columnText, peopleListText } from '../../docs/list-text';
import { categoryLabels, rankLabels, reservesColumns, reservesText } from './text';

const col = { ...columnText, ...reservesColumns };

/** The rank's words; blank when none is recorded. */
const rankText = (r: Pick<ReservistRow, 'rank'>) => (r.rank ? rankLabels[r.rank] : '');

/**
 * The reservist roster (by grade, then specialty) and the assignment list of one reserve unit
 * (per slot, with the fill rate and surplus). Widths in millimetres on A4 landscape (252 mm).
 */
const ROSTER_COLUMNS: readonly ContentColumn[] = [
  { header: col.index, weight: 9, align: 'center' },
  { header: col.name, weight: 40 },
  // dd/mm/yyyy at 12 pt and the cell padding need 23 mm.
  { header: col.birthDate, weight: 24, align: 'center' },
  { header: col.residence, weight: 36 },
  { header: col.rank, weight: 22 },
  { header: col.category, weight: 20, align: 'center' },
  { header: col.formerUnit, weight: 31 },
  { header: col.registeredOn, weight: 24, align: 'center' },
  { header: col.reserveUnit, weight: 32 },
  { header: col.notes, weight: 14 },
];

const ASSIGNMENT_COLUMNS: readonly ContentColumn[] = [
  { header: col.index, weight: 9, align: 'center' },
  { header: col.name, weight: 40 },
  { header: col.birthDate, weight: 24, align: 'center' },
  { header: col.rank, weight: 22 },
  { header: col.grade, weight: 13, align: 'center' },
  { header: col.specialty, weight: 16, align: 'center' },
  { header: col.mismatch, weight: 16, align: 'center' },
  { header: col.residence, weight: 38 },
  { header: col.formerUnit, weight: 28 },
  { header: col.assignedOn, weight: 24, align: 'center' },
  { header: col.notes, weight: 22 },
];

function specialtyGroup(r: ReservistRow): string {
  return r.specialtyCode === null
    ? reservesText.noSpecialty
    : fill(reservesText.specialtyGroup, { code: r.specialtyCode, name: r.specialtyName ?? '' });
}

/** Rows sorted by grade, specialty and name (see `reservistsByGrade`), grouped two levels deep. */
export function reservesRosterContent(input: { reservists: readonly ReservistRow[]; asOf: IsoDate }): TableContent {
  const rows: ContentRow[] = [];
  let index = 1;
  let grade: number | null = null;
  let specialty: string | null = null;
  let inGrade = 0;
  let inSpecialty = 0;
  const closeSpecialty = () => {
    if (specialty !== null) rows.push({ kind: 'line', text: fill(peopleListText.groupTotal, { count: inSpecialty }) });
    specialty = null;
    inSpecialty = 0;
  };
  const closeGrade = () => {
    closeSpecialty();
    if (grade !== null) rows.push({ kind: 'line', text: fill(reservesText.gradeTotal, { grade, count: inGrade }) });
    inGrade = 0;
  };
  for (const r of input.reservists) {
    if (r.grade !== grade) {
      closeGrade();
      grade = r.grade;
      rows.push({ kind: 'group', level: 1, text: fill(reservesText.gradeGroup, { grade }) });
    }
    const group = specialtyGroup(r);
    if (group !== specialty) {
      closeSpecialty();
      specialty = group;
      rows.push({ kind: 'group', level: 2, text: group });
    }
    rows.push({
      kind: 'cells',
      cells: [
        ...numberedPersonCells(index++, r),
        localityResidence(r),
        rankText(r),
        categoryLabels[r.category],
        r.formerUnit.trim(),
        dateCell(r.registeredOn),
        r.unitName ?? '',
        r.notes.trim(),
      ],
    });
    inGrade++;
    inSpecialty++;
  }
  closeGrade();
  const total = input.reservists.length;
  if (total > 0) rows.push({ kind: 'line', text: fill(peopleListText.grandTotal, { count: total }) });
  const count = (g: number) => input.reservists.filter((r) => r.grade === g).length;
  return {
    title: reservesText.reservesRosterTitle,
    sheetName: reservesText.reservesRosterSheet,
    notes: [
      fill(peopleListText.asOfLine, { date: formatDisplayDate(input.asOf) }),
      fill(reservesText.reservesCounts, {
        grade1: count(1),
        grade2: count(2),
        assigned: input.reservists.filter((r) => r.unitName !== null).length,
      }),
    ],
    table: { columns: ROSTER_COLUMNS, rows },
  };
}

export interface FillFigures {
  required: number;
  assigned: number;
  matching: number;
}

/** "đạt 110,0%, dư 1 (10,0%)": the fill rate and the surplus the unit keeps (Art. 15 Luật LLDBĐV). */
export function fillValues(f: FillFigures) {
  const extra = f.assigned - f.required;
  const surplus =
    extra > 0
      ? fill(reservesText.surplus, { count: extra, rate: percentText(percentOf(extra, f.required)) })
      : extra < 0
        ? fill(reservesText.shortage, { count: -extra })
        : reservesText.exact;
  return { ...f, rate: percentText(percentOf(f.assigned, f.required)), surplus };
}

export interface AssignmentListInput {
  units: readonly ReserveUnitRow[];
  slots: readonly ReserveSlotRow[];
  assigned: readonly AssignedReservistRow[];
  asOf: IsoDate;
}

function unitHeading(unit: ReserveUnitRow): string {
  const kind = reservesText.unitKinds[unit.kind];
  return unit.receivingUnit.trim()
    ? fill(reservesText.assignmentReceiving, { name: unit.name, kind, receiving: unit.receivingUnit.trim() })
    : fill(reservesText.assignmentUnit, { name: unit.name, kind });
}

/**
 * Per unit (the chosen one first, then those under it), per slot: the slot's title, required
 * specialty and strength, then who holds it with their own specialty, "x" where it differs.
 */
export function assignmentListContent(input: AssignmentListInput): TableContent {
  const rows: ContentRow[] = [];
  const overall: FillFigures = { required: 0, assigned: 0, matching: 0 };
  let index = 1;
  for (const unit of input.units) {
    const slots = input.slots.filter((s) => s.unitId === unit.id);
    if (slots.length === 0) continue;
    rows.push({ kind: 'group', level: 1, text: unitHeading(unit) });
    const figures: FillFigures = { required: 0, assigned: 0, matching: 0 };
    for (const slot of slots) {
      const holders = input.assigned.filter((a) => a.slotId === slot.id);
      rows.push({
        kind: 'group',
        level: 2,
        text: fill(reservesText.slotGroup, {
          title: slot.title,
          code: slot.specialtyCode,
          name: slot.specialtyName,
          required: slot.required,
          assigned: holders.length,
        }),
      });
      for (const r of holders) {
        const matches = r.specialtyId === slot.specialtyId;
        rows.push({
          kind: 'cells',
          cells: [
            ...numberedPersonCells(index++, r),
            rankText(r),
            r.grade,
            r.specialtyCode ?? '',
            matches ? '' : peopleListText.yes,
            localityResidence(r),
            r.formerUnit.trim(),
            dateCell(r.assignedOn),
            r.notes.trim(),
          ],
        });
        if (matches) figures.matching++;
      }
      figures.required += slot.required;
      figures.assigned += holders.length;
    }
    rows.push({ kind: 'line', text: fill(reservesText.unitTotal, { unit: unit.name, ...fillValues(figures) }) });
    overall.required += figures.required;
    overall.assigned += figures.assigned;
    overall.matching += figures.matching;
  }
  if (rows.length > 0) rows.push({ kind: 'line', text: fill(reservesText.overallTotal, fillValues(overall)) });
  const root = input.units[0];
  return {
    title: reservesText.assignmentTitle,
    sheetName: reservesText.assignmentSheet,
    notes: [
      ...(root ? [fill(peopleListText.scopeUnit, { name: root.name })] : []),
      fill(peopleListText.asOfLine, { date: formatDisplayDate(input.asOf) }),
      fill(reservesText.overallNote, fillValues(overall)),
    ],
    table: { columns: ASSIGNMENT_COLUMNS, rows },
  };
}
