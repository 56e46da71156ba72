/**
 * `people.export`: the people list exactly as filtered and sorted on screen, as an .xlsx written
 * by the shared list writer (Vietnamese headers, birth dates as real date cells, widths fitted).
 */
import { type z } from 'zod';
import type { ApiContext } from '../kernel/context';
import { defineMethod } from '../kernel/method';
import { vi } from '../messages/vi';
import { listPeople } from '../people';
import { personFilters, withBirthYearRange, type Person } from '../people';
import { localIsoDate } from '../shared/dates';
import { exportList, FilterWords, type ExportedFile } from './export-list';
import { personLeadColumns, type ListColumn } from './list-xlsx';

export type { ExportedFile } from './export-list';

/** The list's own filters and sort (people.list's input without paging). */
export const peopleExportInput = withBirthYearRange(personFilters);

export function localityText(row: { localityName: string | null; localityParentName: string | null }): string {
  if (!row.localityName) return '';
  return row.localityParentName ? `${row.localityName}, ${row.localityParentName}` : row.localityName;
}

export const sexText = (s: 'M' | 'F') => (s === 'M' ? vi.import.export.male : vi.import.export.female);

export function peopleColumns(): ListColumn<Person>[] {
  const [no, name, born, sexH, cid, locality, address, phone, ethnicity, religion, education, occupation, notes] =
    vi.import.export.peopleColumns;
  return [
    ...personLeadColumns<Person>({ no: no!, name: name!, birthDate: born! }),
    { header: sexH!, value: (p) => sexText(p.sex) },
    { header: cid!, value: (p) => p.citizenId },
    { header: locality!, value: localityText },
    { header: address!, value: (p) => p.address },
    { header: phone!, value: (p) => p.phone },
    { header: ethnicity!, value: (p) => p.ethnicity },
    { header: religion!, value: (p) => p.religion },
    { header: education!, value: (p) => p.education },
    { header: occupation!, value: (p) => p.occupation },
    { header: notes!, value: (p) => p.notes },
  ];
}

export function exportPeople(ctx: ApiContext, input: z.output<typeof peopleExportInput>): Promise<ExportedFile> {
  const today = localIsoDate(ctx.now());
  const filters = new FilterWords(ctx)
    .add('search', input.search)
    .locality(input.localityId)
    .add('archived', input.archived)
    .range('birthYears', input.birthYearFrom, input.birthYearTo);
  if (input.sex) filters.words.push(sexText(input.sex));
  return exportList(ctx, {
    title: vi.import.export.peopleTitle,
    columns: peopleColumns(),
    filters: filters.words,
    fetch: (pageSize) => listPeople(ctx.db, { ...input, page: 1, pageSize }, today),
  });
}

export const exportApi = {
  'people.export': defineMethod(peopleExportInput, exportPeople),
};
