/**
 * Militia members from a unit's roster: the unit matched to the office's
 * active units by name (case and diacritics ignored), the position read from
 * the titles offices write, the start date; the membership is created by the
 * militia service (age rule of Art. 8 Luật DQTV, one active membership).
 */
import { format, vi } from '../../messages/vi';
import { militiaPositions, type MilitiaPosition } from '../../militia';
import { activeMembershipOf } from '../../militia';
import { createMember } from '../../militia';
import type { MilitiaUnit } from '../../militia';
import { checkMilitiaAge } from '../../militia';
import { listUnits } from '../../militia';
import { formatDisplayDate, localIsoDate, type IsoDate } from '../../shared/dates';
import type { ImportCellIssue } from '../types';
import { foldKey, isMarked, issueAt, PERSON_ROW, personCheck, readDate, yesText } from './target-cells';
import type { TargetHandler } from './types';

const t = vi.import.militia;

interface Context {
  units: Map<string, MilitiaUnit[]>;
}

interface Input {
  unitId: string;
  position: MilitiaPosition;
  startedOn: IsoDate;
  partyMember: boolean;
  youthUnion: boolean;
}

const unitLabel = (unit: MilitiaUnit) => `${unit.name} (${unit.localityName ?? unit.agency})`;

/** Position titles as rosters write them (folded), beyond the catalogue's own labels. */
const POSITION_WORDS: Array<[RegExp, MilitiaPosition]> = [
  [/^(chinh tri vien pho|pho chinh tri vien|ctv pho|pho ctv)$/, 'deputy_political_officer'],
  [/^(chinh tri vien|ctv)$/, 'political_officer'],
  [/^(pho chi huy truong|pho cht|chi huy pho)$/, 'deputy_commander'],
  [/^(chi huy truong|cht)$/, 'commander'],
  [/^pho .*(doi truong|to truong|thuyen truong|doan truong)$|^(a pho|b pho|c pho)$/, 'deputy_unit_leader'],
  [/(doi truong|to truong|thuyen truong|doan truong)$|^(a truong|b truong|c truong)$/, 'unit_leader'],
  [/^(chien si|cs|dan quan|tu ve|dqtv|thanh vien)$/, 'member'],
];

export function parsePosition(text: string): MilitiaPosition | null {
  const key = foldKey(text);
  if (key === '') return 'member';
  const byLabel = militiaPositions.find((p) => foldKey(vi.militia.positions[p]) === key);
  if (byLabel) return byLabel;
  return POSITION_WORDS.find(([pattern]) => pattern.test(key))?.[1] ?? null;
}

export const militiaTarget: TargetHandler<Context, Input> = {
  load(ctx) {
    const units = new Map<string, MilitiaUnit[]>();
    for (const unit of listUnits(ctx.db, localIsoDate(ctx.now()), false)) {
      const key = foldKey(unit.name);
      units.set(key, [...(units.get(key) ?? []), unit]);
    }
    return { units };
  },

  parse(cells, context) {
    const errors: ImportCellIssue[] = [];
    const warnings: ImportCellIssue[] = [];
    const unitText = cells.text('unit');
    let unit: MilitiaUnit | null = null;
    if (unitText === '') issueAt(cells, errors, 'unit', t.unitRequired);
    else {
      const found = context.units.get(foldKey(unitText)) ?? [];
      if (found.length === 1) unit = found[0]!;
      else if (found.length === 0) issueAt(cells, errors, 'unit', format(t.unitUnknown, { value: unitText }));
      else
        issueAt(
          cells,
          errors,
          'unit',
          format(t.unitAmbiguous, { value: unitText, names: found.map(unitLabel).join('; ') }),
        );
    }
    const positionText = cells.text('position');
    const position = parsePosition(positionText);
    if (position === null) issueAt(cells, errors, 'position', format(t.positionUnknown, { value: positionText }));
    const startedOn = readDate(cells, 'startedOn', errors, warnings);
    if (startedOn === null && !errors.some((e) => e.field === 'startedOn'))
      issueAt(cells, errors, 'startedOn', t.startedRequired);
    const partyMember = isMarked(cells, 'partyMember');
    const youthUnion = isMarked(cells, 'youthUnion');
    const input =
      errors.length === 0 && unit && position && startedOn
        ? { unitId: unit.id, position, startedOn, partyMember, youthUnion }
        : null;
    return {
      values: {
        unit: unit ? unitLabel(unit) : unitText || null,
        position: position ? vi.militia.positions[position] : positionText,
        startedOn,
        partyMember: yesText(partyMember),
        youthUnion: yesText(youthUnion),
      },
      input,
      errors,
      warnings,
    };
  },

  check(ctx, _context, person, input) {
    const { errors, warnings } = personCheck(person, vi.militia.membership.personArchived);
    const current = person.id ? activeMembershipOf(ctx.db, person.id, localIsoDate(ctx.now())) : null;
    if (current) {
      const values = {
        name: person.fullName,
        unit: `${current.unitName} (${current.placeName})`,
        startedOn: formatDisplayDate(current.startedOn),
      };
      // The same unit: the roster was imported before. Another unit: the form's refusal (end it first).
      if (current.unitId === input.unitId) warnings.push({ ...PERSON_ROW, message: format(t.alreadyMember, values) });
      else errors.push({ ...PERSON_ROW, message: format(vi.militia.membership.alreadyMember, values) });
      return { existingId: current.unitId === input.unitId ? current.id : null, errors, warnings };
    }
    const age = checkMilitiaAge(person.birthDate, person.sex, input.startedOn, false);
    if (!age.ok) errors.push({ column: null, field: 'startedOn', message: age.message });
    return { existingId: null, errors, warnings };
  },

  table: 'militia_memberships',

  write(ctx, _context, personId, input) {
    return createMember(ctx, { personId, ...input, volunteer: false, notes: '' }).id;
  },
};
