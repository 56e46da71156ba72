import { fill } from '../../../../vocabulary/text';
import { localityResidence } from '../../docs/person-order';
import { formatDisplayDate, type IsoDate } from '../../shared/dates';
import { type MilitiaMemberRow, type MilitiaUnitRow } from './militia-data';
import {
  dateCell,
  numberedPersonCells,
  type ContentColumn,
  type TableContent,
  type ContentRow,
  type ContentTable,
} from '../../docs/table-content';
import { columnText, peopleListText } from '../../docs/list-text';
import { componentLabels, levelLeaders, militiaColumns, militiaText, positionLabels } from './text';

const col = { ...columnText, ...militiaColumns };

/**
 * The militia roster (danh sách dân quân tự vệ) and the list of those whose term ends in a year:
 * one group per unit in tree order, members in Vietnamese name order, a total per unit and overall.
 * Widths in millimetres on the 252 mm of an A4 landscape page.
 */
const MILITIA_COLUMNS: readonly ContentColumn[] = [
  { header: col.index, weight: 9, align: 'center' },
  { header: col.name, weight: 38 },
  // dd/mm/yyyy at 12 pt and the cell padding need 23 mm.
  { header: col.birthDate, weight: 23, align: 'center' },
  { header: col.sex, weight: 12, align: 'center' },
  // A village and its commune ("Thôn Cốc Muổng, xã Nông Thượng") in two lines, not three.
  { header: col.residence, weight: 42 },
  { header: col.position, weight: 24 },
  { header: col.component, weight: 18 },
  { header: col.startedOn, weight: 23, align: 'center' },
  { header: col.termEndsOn, weight: 23, align: 'center' },
  { header: col.partyYouth, weight: 16, align: 'center' },
  { header: col.notes, weight: 24 },
];

/** "Trung đội dân quân cơ động – Tiểu đội 1": the unit under the units above it. */
export function unitPath(unit: MilitiaUnitRow, byId: ReadonlyMap<string, MilitiaUnitRow>): string {
  const names = [unit.name];
  let parent = unit.parentId === null ? undefined : byId.get(unit.parentId);
  while (parent) {
    names.unshift(parent.name);
    parent = parent.parentId === null ? undefined : byId.get(parent.parentId);
  }
  return names.join(militiaText.unitPath);
}

export function positionText(position: MilitiaMemberRow['position'], unit: MilitiaUnitRow): string {
  if (position === 'unit_leader') return levelLeaders[unit.level][0];
  if (position === 'deputy_unit_leader') return levelLeaders[unit.level][1];
  return positionLabels[position];
}

function partyYouthText(member: MilitiaMemberRow): string {
  return [member.partyMember ? militiaText.partyMember : '', member.youthUnion ? militiaText.youthUnion : '']
    .filter(Boolean)
    .join(', ');
}

function notesText(member: MilitiaMemberRow): string {
  return [
    member.extendedUntil ? fill(militiaText.extendedUntil, { date: formatDisplayDate(member.extendedUntil) }) : '',
    member.volunteer ? militiaText.volunteer : '',
    member.notes.trim(),
  ]
    .filter(Boolean)
    .join('; ');
}

/** The table: a heading per unit that has members, its members, "Cộng: n người"; "Tổng cộng" last. */
export function militiaTable(
  units: readonly MilitiaUnitRow[],
  members: readonly MilitiaMemberRow[],
  allUnits: readonly MilitiaUnitRow[] = units,
): ContentTable {
  const byId = new Map(allUnits.map((u) => [u.id, u]));
  const byUnit = new Map<string, MilitiaMemberRow[]>();
  for (const m of members) {
    const list = byUnit.get(m.unitId);
    if (list) list.push(m);
    else byUnit.set(m.unitId, [m]);
  }
  const rows: ContentRow[] = [];
  let index = 1;
  for (const unit of units) {
    const list = byUnit.get(unit.id);
    if (!list?.length) continue;
    rows.push({ kind: 'group', text: unitPath(unit, byId) });
    for (const m of list) {
      rows.push({
        kind: 'cells',
        cells: [
          ...numberedPersonCells(index++, m),
          m.sex === 'F' ? peopleListText.female : peopleListText.male,
          localityResidence(m),
          positionText(m.position, unit),
          componentLabels[unit.component],
          dateCell(m.startedOn),
          dateCell(m.termEndsOn),
          partyYouthText(m),
          notesText(m),
        ],
      });
    }
    rows.push({ kind: 'line', text: fill(peopleListText.groupTotal, { count: list.length }) });
  }
  if (rows.length > 0) rows.push({ kind: 'line', text: fill(peopleListText.grandTotal, { count: index - 1 }) });
  return { columns: MILITIA_COLUMNS, rows };
}

export interface MilitiaRosterContentInput {
  units: readonly MilitiaUnitRow[];
  allUnits?: readonly MilitiaUnitRow[];
  members: readonly MilitiaMemberRow[];
  asOf: IsoDate;
  /** "Đơn vị: …" or "Địa bàn: …" when the roster covers part of the force. */
  scope?: string;
}

export function militiaRosterContent(input: MilitiaRosterContentInput): TableContent {
  return {
    title: militiaText.militiaRosterTitle,
    sheetName: militiaText.militiaRosterSheet,
    notes: [
      ...(input.scope ? [input.scope] : []),
      fill(peopleListText.asOfLine, { date: formatDisplayDate(input.asOf) }),
      fill(peopleListText.totalLine, { count: input.members.length }),
    ],
    table: militiaTable(input.units, input.members, input.allUnits),
  };
}

export interface TermEndingContentInput extends Omit<MilitiaRosterContentInput, 'asOf'> {
  year: number;
}

export function termEndingContent(input: TermEndingContentInput): TableContent {
  return {
    title: fill(militiaText.termEndingTitle, { year: input.year }),
    sheetName: fill(militiaText.termEndingSheet, { year: input.year }),
    notes: [
      ...(input.scope ? [input.scope] : []),
      fill(militiaText.termEndingNote, { year: input.year }),
      fill(peopleListText.totalLine, { count: input.members.length }),
    ],
    table: militiaTable(input.units, input.members, input.allUnits),
  };
}
