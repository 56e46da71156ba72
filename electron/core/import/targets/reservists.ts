/**
 * Reservists from an office's list: category, grade, rank (names or the
 * shorthand registers use: B2, H1, 2/, 1//…), the specialty matched to the
 * office's CNQS list by code or name, service and registration dates. The
 * reservist is created by the reserves service (rank for the category,
 * dates in order, one row per person). A unit written in the list is kept in
 * the notes: placing a reservist in a unit's slot is done in the program.
 */
import { vietnameseIssueMessage } from '../../kernel/errors';
import { format, vi } from '../../messages/vi';
import { findReservist, reservistIdOfPerson } from '../../reserves';
import {
  checkRankForCategory,
  checkServiceAge,
  isOfficerRank,
  RANKS,
  type Rank,
  type ReservistCategory,
} from '../../reserves';
import { reservistCreateInput, type ReservistFields, type Specialty } from '../../reserves';
import { createReservist } from '../../reserves';
import { listSpecialties } from '../../reserves';
import { formatDisplayDate, localIsoDate } from '../../shared/dates';
import type { ImportFieldKey } from '../mapping';
import type { ImportCellIssue } from '../types';
import { foldKey, issueAt, PERSON_ROW, personCheck, readDate } from './target-cells';
import type { TargetHandler } from './types';

const t = vi.import.reservists;

interface Context {
  specialties: Map<string, Specialty>;
}

/** Registers' shorthand: B2 binh nhì … H3 thượng sĩ; 1/ thiếu úy … 4/ đại úy; 1// thiếu tá … 4// đại tá. */
const RANK_SHORTHAND: Record<string, Rank> = {
  b2: 'private_2',
  b1: 'private_1',
  h1: 'corporal',
  h2: 'sergeant',
  h3: 'senior_sergeant',
  '1/': 'second_lieutenant',
  '2/': 'lieutenant',
  '3/': 'senior_lieutenant',
  '4/': 'captain',
  '1//': 'major',
  '2//': 'lieutenant_colonel',
  '3//': 'senior_lieutenant_colonel',
  '4//': 'colonel',
};

export function parseRank(text: string): Rank | null {
  const shorthand = RANK_SHORTHAND[text.replace(/\s+/g, '').toLowerCase()];
  if (shorthand) return shorthand;
  const key = foldKey(text);
  return RANKS.find((rank) => foldKey(vi.reserves.ranks[rank]) === key) ?? null;
}

export function parseCategory(text: string): ReservistCategory | null {
  const key = foldKey(text).replace(/ du bi$/, '');
  // Reserve professional soldiers are a category of their own (Luật LLDBĐV 2019), not NCOs and soldiers.
  if (/^(qncn|quan nhan chuyen nghiep)\b/.test(key)) return 'professional';
  if (/^(ha si quan|hsq|binh si|bs)\b/.test(key)) return 'soldier';
  if (/^(si quan|sq)$/.test(key)) return 'officer';
  return null;
}

export function parseGrade(value: unknown): 1 | 2 | null {
  const key = foldKey(String(value)).replace(/^hang\s*/, '');
  if (key === '1' || key === 'i') return 1;
  if (key === '2' || key === 'ii') return 2;
  return null;
}

export const reservistsTarget: TargetHandler<Context, ReservistFields> = {
  load(ctx) {
    const specialties = new Map<string, Specialty>();
    for (const s of listSpecialties(ctx.db, false)) {
      specialties.set(foldKey(s.code), s);
      specialties.set(foldKey(s.name), s);
    }
    return { specialties };
  },

  parse(cells, context, today) {
    const errors: ImportCellIssue[] = [];
    const warnings: ImportCellIssue[] = [];
    const rankText = cells.text('rank');
    const rank = rankText === '' ? null : parseRank(rankText);
    if (rankText !== '' && rank === null) issueAt(cells, errors, 'rank', format(t.rankUnknown, { value: rankText }));

    const categoryText = cells.text('category');
    let category = categoryText === '' ? null : parseCategory(categoryText);
    if (categoryText !== '' && category === null)
      issueAt(cells, errors, 'category', format(t.categoryUnknown, { value: categoryText }));
    else if (category === null) {
      // No category column: the rank tells it, else the far larger group.
      category = isOfficerRank(rank) ? 'officer' : 'soldier';
      if (rank === null) issueAt(cells, warnings, 'category', t.categoryAssumed);
    }
    if (category && rank !== null) {
      const rule = checkRankForCategory(category, rank);
      if (!rule.ok) issueAt(cells, errors, 'rank', rule.message);
    }

    const specialtyText = cells.text('specialty');
    const specialty = specialtyText === '' ? null : (context.specialties.get(foldKey(specialtyText)) ?? null);
    if (specialtyText !== '' && !specialty)
      issueAt(cells, errors, 'specialty', format(t.specialtyUnknown, { value: specialtyText }));

    const serviceFrom = readDate(cells, 'serviceFrom', errors, warnings);
    const serviceTo = readDate(cells, 'serviceTo', errors, warnings);
    if (serviceFrom && serviceTo && serviceTo < serviceFrom)
      issueAt(cells, errors, 'serviceTo', vi.reserves.rules.serviceDates);
    let registeredOn = readDate(cells, 'registeredOn', errors, warnings);
    if (registeredOn && registeredOn > today) issueAt(cells, errors, 'registeredOn', vi.field.dateInFuture);
    if (registeredOn === null && !errors.some((e) => e.field === 'registeredOn')) {
      registeredOn = today;
      issueAt(cells, warnings, 'registeredOn', format(t.registeredToday, { date: formatDisplayDate(today) }));
    }

    const gradeText = cells.text('grade');
    let grade = gradeText === '' ? null : parseGrade(gradeText);
    if (gradeText !== '' && grade === null)
      issueAt(cells, errors, 'grade', format(t.gradeUnknown, { value: gradeText }));
    else if (grade === null && serviceFrom) {
      // NVQS Art. 24(1): a soldier who served in the army is a grade-1 reservist.
      grade = 1;
      issueAt(cells, warnings, 'grade', t.gradeFromService);
    } else if (grade === null) issueAt(cells, errors, 'grade', t.gradeRequired);

    const unitText = cells.text('unit');
    if (unitText !== '') issueAt(cells, warnings, 'unit', format(t.unitNotAssigned, { value: unitText }));
    const notes = unitText === '' ? '' : format(t.unitNote, { value: unitText });

    const candidate = {
      category,
      grade,
      rank,
      specialtyId: specialty?.id ?? null,
      formerUnit: cells.text('formerUnit'),
      serviceFrom,
      serviceTo,
      registeredOn,
      notes,
    };
    const parsed = reservistCreateInput
      .omit({ personId: true })
      .safeParse(candidate, { error: vietnameseIssueMessage });
    if (errors.length === 0 && !parsed.success)
      for (const issue of parsed.error.issues)
        issueAt(cells, errors, String(issue.path[0]) as ImportFieldKey, issue.message);
    return {
      values: {
        category: category ? vi.reserves.categories[category] : categoryText || null,
        grade: grade === null ? gradeText || null : String(grade),
        rank: rank ? vi.reserves.ranks[rank] : rankText || null,
        specialty: specialty ? `${specialty.code} – ${specialty.name}` : specialtyText || null,
        formerUnit: candidate.formerUnit || null,
        serviceFrom,
        serviceTo,
        registeredOn,
        unit: unitText || null,
      },
      input: errors.length === 0 && parsed.success ? parsed.data : null,
      errors,
      warnings,
    };
  },

  check(ctx, _context, person, input) {
    const { errors, warnings } = personCheck(person, vi.errors.RESERVE_PERSON_ARCHIVED);
    const today = localIsoDate(ctx.now());
    const existingId = person.id ? reservistIdOfPerson(ctx.db, person.id) : null;
    if (existingId) {
      // One row per person: a removed reservist is restored in the program, not imported again.
      const removed = findReservist(ctx.db, existingId, today)?.removedOn;
      if (removed) errors.push({ ...PERSON_ROW, message: vi.errors.RESERVIST_REMOVED });
      else warnings.push({ ...PERSON_ROW, message: t.alreadyReservist });
      return { existingId: removed ? null : existingId, errors, warnings };
    }
    const age = checkServiceAge({ ...person, ...input }, today);
    if (!age.ok) warnings.push({ ...PERSON_ROW, message: age.message });
    return { existingId: null, errors, warnings };
  },

  table: 'reservists',

  write(ctx, _context, personId, input) {
    return createReservist(ctx, { personId, ...input }).id;
  },
};
