/**
 * `militia.member.export`, `reserves.reservist.export`, `training.course.export` and
 * `exercises.exercise.export`: each list as filtered and sorted on screen, through the list's own
 * query function (its input schema minus paging), written by the shared list writer.
 */
import type { z } from 'zod';
import type { ApiContext } from '../kernel/context';
import { defineMethod } from '../kernel/method';
import { statement } from '../db/statements';
import { listExercises } from '../exercises';
import { exerciseListInput } from '../exercises';
import type { ExerciseRow } from '../exercises';
import { vi } from '../messages/vi';
import { listMembers } from '../militia';
import type { MilitiaMember } from '../militia';
import { memberListInput } from '../militia';
import { listReservists } from '../reserves';
import { reservistListInput, type Reservist } from '../reserves';
import { listCourses } from '../training';
import { courseListInput, type TrainingCourseRow } from '../training';
import { exportList, FilterWords, type ExportedFile } from './export-list';
import { personLeadColumns, rowNumberColumn } from './list-xlsx';
import { localityText, sexText } from './people-export';

const paging = { page: true, pageSize: true } as const;
export const memberExportInput = memberListInput.omit(paging);
export const reservistExportInput = reservistListInput.omit(paging);
export const courseExportInput = courseListInput.omit(paging);
export const exerciseExportInput = exerciseListInput.omit(paging);

const yes = (flag: boolean) => (flag ? vi.import.export.yes : '');

/** A unit's, type's or specialty's name for the filter words (ids never reach the user). */
function nameOf(ctx: ApiContext, sql: string, id: string | undefined): string | undefined {
  if (!id) return undefined;
  return (statement(ctx.db, sql).get(id) as { name: string } | undefined)?.name ?? id;
}

export function exportMembers(ctx: ApiContext, input: z.output<typeof memberExportInput>): Promise<ExportedFile> {
  const c = vi.import.export.militia.columns;
  const m = vi.militia;
  const f = new FilterWords(ctx)
    .add('search', input.search)
    .locality(input.localityId)
    .add('unit', nameOf(ctx, 'SELECT name FROM militia_units WHERE id = ?', input.unitId))
    .add('termEndingSoon', input.termEndingSoon)
    .add('ended', input.status === 'ended')
    .add('all', input.status === 'all');
  if (input.force) f.words.push(m.forces[input.force]);
  if (input.component) f.words.push(m.components[input.component]);
  if (input.position) f.words.push(m.positions[input.position]);
  return exportList<MilitiaMember>(ctx, {
    title: vi.import.export.militia.title,
    filters: f.words,
    fetch: (pageSize) => listMembers(ctx, { ...input, page: 1, pageSize }),
    columns: [
      ...personLeadColumns(c),
      { header: c.age, kind: 'number', value: (r) => r.age },
      { header: c.sex, value: (r) => sexText(r.sex) },
      { header: c.citizenId, value: (r) => r.citizenId },
      { header: c.home, value: (r) => r.homeName },
      { header: c.unit, value: (r) => r.unitName },
      { header: c.force, value: (r) => m.forces[r.force] },
      { header: c.component, value: (r) => m.components[r.component] },
      { header: c.position, value: (r) => m.positions[r.position] },
      { header: c.startedOn, kind: 'date', value: (r) => r.startedOn },
      { header: c.termEndsOn, kind: 'date', value: (r) => r.extendedUntil ?? r.termEndsOn },
      { header: c.partyMember, value: (r) => yes(r.partyMember) },
      { header: c.endedOn, kind: 'date', value: (r) => r.endedOn },
      { header: c.notes, value: (r) => r.notes },
    ],
  });
}

export function exportReservists(ctx: ApiContext, input: z.output<typeof reservistExportInput>): Promise<ExportedFile> {
  const c = vi.import.export.reserves.columns;
  const r = vi.reserves;
  const f = new FilterWords(ctx)
    .add('search', input.search)
    .add('removed', input.removed)
    .locality(input.localityId)
    .add('unit', nameOf(ctx, 'SELECT name FROM reserve_units WHERE id = ?', input.unitId))
    .add('unit', nameOf(ctx, 'SELECT title AS name FROM reserve_slots WHERE id = ?', input.slotId))
    .add('type', nameOf(ctx, 'SELECT name FROM military_specialties WHERE id = ?', input.specialtyId))
    .add('assigned', input.assigned === true)
    .add('unassigned', input.assigned === false)
    .add('pastAgeLimit', input.pastAgeLimit === true)
    .range('ages', input.ageFrom, input.ageTo);
  if (input.category) f.words.push(r.categories[input.category]);
  if (input.grade) f.words.push(`${c.grade} ${input.grade}`);
  return exportList<Reservist>(ctx, {
    title: vi.import.export.reserves.title,
    filters: f.words,
    fetch: (pageSize) => listReservists(ctx, { ...input, page: 1, pageSize }),
    columns: [
      ...personLeadColumns(c),
      { header: c.age, kind: 'number', value: (x) => x.age },
      { header: c.citizenId, value: (x) => x.citizenId },
      { header: c.locality, value: localityText },
      { header: c.category, value: (x) => r.categories[x.category] },
      { header: c.grade, kind: 'number', value: (x) => x.grade },
      { header: c.rank, value: (x) => (x.rank ? r.ranks[x.rank] : '') },
      {
        header: c.specialty,
        value: (x) => [x.specialtyCode, x.specialtyName].filter(Boolean).join(' — '),
      },
      {
        header: c.unit,
        value: (x) => (x.assignment ? `${x.assignment.slotTitle}, ${x.assignment.unitName}` : ''),
      },
      { header: c.registeredOn, kind: 'date', value: (x) => x.registeredOn },
      { header: c.removedOn, kind: 'date', value: (x) => x.removedOn },
      { header: c.notes, value: (x) => x.notes },
    ],
  });
}

export function exportCourses(ctx: ApiContext, input: z.output<typeof courseExportInput>): Promise<ExportedFile> {
  const c = vi.import.export.training.columns;
  const t = vi.training;
  const f = new FilterWords(ctx)
    .add('year', input.year)
    .add('search', input.search)
    .add('target', input.target ? t.targets[input.target] : undefined)
    .add('status', input.status ? t.statuses[input.status] : undefined);
  return exportList<TrainingCourseRow>(ctx, {
    title: vi.import.export.training.title,
    filters: f.words,
    fetch: (pageSize) => listCourses(ctx, { ...input, page: 1, pageSize }),
    columns: [
      rowNumberColumn(c.no),
      { header: c.title, value: (x) => x.title },
      { header: c.target, value: (x) => t.targets[x.target] },
      { header: c.unit, value: (x) => x.unitName },
      { header: c.startsOn, kind: 'date', value: (x) => x.startsOn },
      { header: c.endsOn, kind: 'date', value: (x) => x.endsOn },
      { header: c.place, value: (x) => x.place },
      { header: c.plannedDays, kind: 'number', value: (x) => x.plannedDays },
      { header: c.status, value: (x) => t.statuses[x.status] },
      { header: c.participants, kind: 'number', value: (x) => x.participants },
      { header: c.attendanceRate, kind: 'number', value: (x) => x.attendanceRate },
      { header: c.goodOrBetterRate, kind: 'number', value: (x) => x.goodOrBetterRate },
    ],
  });
}

export function exportExercises(ctx: ApiContext, input: z.output<typeof exerciseExportInput>): Promise<ExportedFile> {
  const e = vi.import.export.exercises;
  const c = e.columns;
  const f = new FilterWords(ctx)
    .add('year', input.year)
    .add('half', input.half)
    .add('type', nameOf(ctx, 'SELECT name FROM exercise_types WHERE id = ?', input.typeId))
    .add('level', input.level ? e.levels[input.level] : undefined)
    .add('status', input.status ? vi.exercises.statuses[input.status] : undefined)
    .locality(input.localityId);
  return exportList<ExerciseRow>(ctx, {
    title: e.title,
    filters: f.words,
    fetch: (pageSize) => listExercises(ctx, { ...input, page: 1, pageSize }),
    columns: [
      rowNumberColumn(c.no),
      { header: c.plannedOn, kind: 'date', value: (x) => x.plannedOn },
      { header: c.plannedUntil, kind: 'date', value: (x) => x.plannedUntil },
      { header: c.title, value: (x) => x.title },
      { header: c.type, value: (x) => x.typeName },
      { header: c.level, value: (x) => e.levels[x.level] },
      { header: c.locality, value: (x) => x.localityName },
      { header: c.status, value: (x) => vi.exercises.statuses[x.status] },
      { header: c.startedOn, kind: 'date', value: (x) => x.startedOn },
      { header: c.endedOn, kind: 'date', value: (x) => x.endedOn },
      { header: c.rating, value: (x) => (x.rating ? e.ratings[x.rating] : '') },
    ],
  });
}

export const forcesExportApi = {
  'militia.member.export': defineMethod(memberExportInput, exportMembers),
  'reserves.reservist.export': defineMethod(reservistExportInput, exportReservists),
  'training.course.export': defineMethod(courseExportInput, exportCourses),
  'exercises.exercise.export': defineMethod(exerciseExportInput, exportExercises),
};
