/**
 * One sheet row → the person it describes, with every problem attached to its
 * cell. The cells are parsed the way offices type them (./cells.ts), legacy
 * text converted per column, then the result goes through the people form's
 * own schema (`personCreateInput`: citizen ID vs birth date and sex, phone…)
 * and birth-date rule, so an import accepts exactly what the form accepts.
 */
import type { z } from 'zod';
import { vietnameseIssueMessage } from '../kernel/errors';
import { format, vi } from '../messages/vi';
import { checkBirthDate } from '../people';
import { personCreateInput, type PersonCreateInput } from '../people';
import type { IsoDate } from '../shared/dates';
import { splitFullName } from '../shared/vietnamese-text';
import { localityFromAddress } from './address-locality';
import { normaliseName, parseCitizenIdCell, parseDateCell, parseSex, sexFromMarkColumns, type DateCell } from './cells';
import type { LocalityMatch } from './locality-match';
import type { ImportFieldKey } from './mapping';
import { rowCells, type CellReaderContext } from './row-reader';
import { isSignatureText } from './table-end';
import type { ImportCellIssue, ImportConvertedCell, ImportPersonValues } from './types';
import type { CellValue } from './workbook';

const t = vi.import;

export interface RowContext extends CellReaderContext {
  matchLocality: (name: string, parentId: string | null) => LocalityMatch;
  localityName: (id: string) => string;
  /** A locality's ward/commune (null for a ward/commune itself). */
  parentOf: (id: string) => string | null;
  today: IsoDate;
}

export interface ParsedPersonRow {
  rowNumber: number;
  /** Where duplicate-ID messages point. */
  citizenIdColumn: number | null;
  values: ImportPersonValues;
  /** The schema's output when the row has no error: what create would be called with. */
  input: PersonCreateInput | null;
  converted: ImportConvertedCell[];
  errors: ImportCellIssue[];
  warnings: ImportCellIssue[];
}

const TEXT_FIELDS = ['address', 'ethnicity', 'religion', 'education', 'occupation', 'notes'] as const;

export function parsePersonRow(row: readonly CellValue[], rowNumber: number, ctx: RowContext): ParsedPersonRow {
  const errors: ImportCellIssue[] = [];
  const warnings: ImportCellIssue[] = [];
  const converted: ImportConvertedCell[] = [];
  const { column: col, raw, text } = rowCells(row, ctx, converted);
  const issue = (list: ImportCellIssue[], field: ImportFieldKey | string, message: string, column?: number) =>
    list.push({ column: column ?? col(field as ImportFieldKey) ?? null, field, message });

  // Name: one "Họ và tên" column, or "Họ đệm" + "Tên", or three columns.
  let familyName = '';
  let middleName = '';
  let givenName = '';
  if (col('fullName') !== undefined) {
    const full = normaliseName(text('fullName'));
    const parts = splitFullName(full);
    if (full === '') issue(errors, 'fullName', t.name.empty);
    else if (!parts) issue(errors, 'fullName', format(t.name.oneWord, { value: full }));
    else ({ familyName, middleName, givenName } = parts);
  } else {
    givenName = normaliseName(text('givenName'));
    if (col('familyAndMiddleName') !== undefined) {
      const words = normaliseName(text('familyAndMiddleName')).split(' ').filter(Boolean);
      familyName = words[0] ?? '';
      middleName = words.slice(1).join(' ');
    } else {
      familyName = normaliseName(text('familyName'));
      middleName = normaliseName(text('middleName'));
    }
    const nameColumn = col('familyAndMiddleName') ?? col('familyName') ?? col('givenName');
    if (familyName === '' && givenName === '') issue(errors, 'fullName', t.name.empty, nameColumn);
    else if (givenName === '') issue(errors, 'givenName', t.name.noGiven, nameColumn);
  }

  // Birth date: the date column, else "Năm sinh", else a two-level "Ngày sinh: Nam | Nữ" column holding it.
  let birth: DateCell = parseDateCell(raw('birthDate'));
  let birthColumn = col('birthDate') ?? null;
  for (const field of ['birthYear', 'maleMark', 'femaleMark'] as const) {
    if (birth.kind !== 'empty' || col(field) === undefined) continue;
    const cell = parseDateCell(raw(field));
    if (field === 'birthYear' || cell.kind === 'date' || cell.kind === 'year') {
      birth = cell;
      birthColumn = col(field)!;
    }
  }
  let birthDate: string | null = null;
  if (birth.kind === 'date') birthDate = birth.date;
  else if (birth.kind === 'year')
    // The register needs a full date (personCreateInput.birthDate is a required ISO date): no guessing 1 January.
    issue(errors, 'birthDate', format(t.people.yearOnlyNotAllowed, { year: birth.year }), birthColumn ?? undefined);
  else if (birth.kind === 'error') issue(errors, 'birthDate', birth.message, birthColumn ?? undefined);
  else issue(errors, 'birthDate', t.people.birthRequired, birthColumn ?? undefined);
  if (birthDate) {
    const rule = checkBirthDate(birthDate, ctx.today);
    if (!rule.ok) issue(errors, 'birthDate', rule.message, birthColumn ?? undefined);
  }

  const idCell = parseCitizenIdCell(raw('citizenId'));
  let citizenId: string | null = null;
  if (idCell.kind === 'id') {
    citizenId = idCell.citizenId;
    if (idCell.warning) issue(warnings, 'citizenId', idCell.warning);
  } else if (idCell.kind === 'error') issue(errors, 'citizenId', idCell.message);

  let sex: 'M' | 'F' | null = null;
  const sexCell =
    col('sex') !== undefined ? parseSex(raw('sex')) : sexFromMarkColumns(raw('maleMark'), raw('femaleMark'));
  if (sexCell.kind === 'sex') sex = sexCell.sex;
  else if (sexCell.kind === 'error') issue(errors, 'sex', sexCell.message, col('sex') ?? col('femaleMark'));
  else if (citizenId && /^\d{12}$/.test(citizenId)) {
    // Lists of "công dân nam" often have no sex column; the ID's 4th digit tells it.
    sex = Number(citizenId[3]) % 2 === 0 ? 'M' : 'F';
    issue(warnings, 'sex', format(t.people.sexFromCitizenId, { sex: vi.sex[sex] }), col('citizenId'));
  } else issue(errors, 'sex', t.people.sexRequired, col('sex') ?? col('maleMark'));

  // Locality: the ward/commune column narrows the village column (two wards may both have a "Tổ 7").
  let parentId: string | null = null;
  const localityIssue = (
    field: 'commune' | 'village',
    name: string,
    match: LocalityMatch,
    column: number | undefined,
  ): ImportCellIssue => {
    if (match.kind === 'ambiguous') {
      const names = match.ids.map(ctx.localityName).join(', ');
      return { column: column ?? null, field, message: format(t.locality.ambiguous, { value: name, names }) };
    }
    const message = format(t.locality.unknown, { value: name });
    // "Tạo địa bàn" is offered only for what can be a place: never for a signature line ("CHỈ HUY TRƯỞNG").
    if (isSignatureText(name)) return { column: column ?? null, field, message };
    return { column: column ?? null, field, message, code: 'unknownLocality', value: name };
  };
  const matched = (field: 'commune' | 'village', name: string, parent: string | null): string | null => {
    const match = ctx.matchLocality(name, parent);
    if (match.kind === 'match') return match.id;
    errors.push(localityIssue(field, name, match, col(field)));
    return null;
  };
  const commune = text('commune');
  const village = text('village');
  if (commune !== '') parentId = matched('commune', commune, null);
  let localityId = village !== '' ? matched('village', village, parentId) : parentId;

  const texts = Object.fromEntries(TEXT_FIELDS.map((f) => [f, text(f)])) as Record<
    (typeof TEXT_FIELDS)[number],
    string
  >;
  // Without village and ward columns, the place comes from "Địa bàn" ("Tổ 2, Phường Đức Xuân") or else "Địa chỉ".
  if (col('village') === undefined && col('commune') === undefined) {
    const fromLocality = text('locality') !== '';
    const source = fromLocality ? text('locality') : texts.address;
    const found = source === '' ? null : localityFromAddress(source, ctx.matchLocality, ctx.parentOf);
    if (found) {
      localityId = found.localityId;
      if (!fromLocality) texts.address = found.rest;
      const problem = found.problem;
      if (problem && fromLocality)
        errors.push(localityIssue(problem.field, problem.value, problem.match, col('locality')));
      else if (fromLocality && found.localityId === null)
        // Nothing in it reads as a place ("CHỈ HUY TRƯỞNG"): said, but nothing offered to create.
        errors.push({
          column: col('locality') ?? null,
          field: 'locality',
          message: format(t.locality.unknown, { value: source }),
        });
      else if (problem)
        warnings.push({
          column: col('address') ?? null,
          field: 'address',
          message: format(t.locality.notInAddress, { value: problem.value }),
        });
    }
  }
  const parents = [
    [text('fatherName'), t.people.fatherLabel],
    [text('motherName'), t.people.motherLabel],
    [text('parentNames'), t.people.parentsLabel],
  ].filter(([value]) => value !== '');
  // The register has no parents' fields: they are kept in the notes rather than lost.
  texts.notes = [texts.notes, ...parents.map(([value, label]) => format(label!, { value: normaliseName(value) }))]
    .filter(Boolean)
    .join('; ');

  let phone = text('phone');
  if (typeof raw('phone') === 'number' && /^\d{9}$/.test(phone)) {
    phone = `0${phone}`;
    issue(warnings, 'phone', t.people.phoneZeroRestored);
  }

  const candidate = {
    familyName,
    middleName,
    givenName,
    birthDate: birthDate ?? '',
    sex: sex ?? undefined,
    citizenId: citizenId ?? '',
    localityId,
    phone,
    ...texts,
  };
  let input: PersonCreateInput | null = null;
  const parsed = personCreateInput.safeParse(candidate, { error: vietnameseIssueMessage });
  if (parsed.success) input = parsed.data;
  else addSchemaIssues(parsed.error, errors, ctx, birthColumn);

  const values: ImportPersonValues = {
    fullName: [familyName, middleName, givenName].filter(Boolean).join(' '),
    familyName,
    middleName,
    givenName,
    birthDate,
    sex,
    citizenId,
    localityId,
    localityName: localityId ? ctx.localityName(localityId) : null,
    address: texts.address,
    phone: phone === '' ? null : phone,
    ethnicity: texts.ethnicity,
    religion: texts.religion,
    education: texts.education,
    occupation: texts.occupation,
    notes: texts.notes,
  };
  return {
    rowNumber,
    citizenIdColumn: col('citizenId') ?? null,
    values,
    input: errors.length === 0 ? input : null,
    converted,
    errors,
    warnings,
  };
}

const NAME_FIELDS = ['familyName', 'middleName', 'givenName'];

/** The schema's complaints, on the cell they are about, unless that field already has a clearer message. */
function addSchemaIssues(error: z.ZodError, errors: ImportCellIssue[], ctx: RowContext, birthColumn: number | null) {
  for (const zodIssue of error.issues) {
    const field = String(zodIssue.path[0] ?? '_');
    const already = errors.some((e) => e.field === field || (NAME_FIELDS.includes(field) && e.field === 'fullName'));
    // The ID is checked against birth date and sex: with either unreadable, that check says nothing useful.
    const crossCheck = field === 'citizenId' && errors.some((e) => e.field === 'birthDate' || e.field === 'sex');
    if (already || crossCheck) continue;
    const column =
      field === 'birthDate'
        ? birthColumn
        : NAME_FIELDS.includes(field)
          ? (ctx.columns.fullName ?? ctx.columns[field as ImportFieldKey] ?? ctx.columns.familyAndMiddleName ?? null)
          : field === 'localityId'
            ? (ctx.columns.village ?? ctx.columns.commune ?? null)
            : (ctx.columns[field as ImportFieldKey] ?? null);
    errors.push({ column, field, message: zodIssue.message });
  }
}
