import { type Document } from 'docx';
import { signatureFromSigner, type SignatureInput } from '../../docs/official-closing';
import { type Person } from '../../people';
import { type OfficeProfile, type Signer } from '../../office';
import { type IsoDate } from '../../shared/dates';
import { buildListDocument, type ListContent } from '../../docs/list-page';
import { type IssuingOffice } from '../../docs/official-header';
import { personCells, personColumns, rowsByArea, type ListTable } from '../../docs/list-table';
import { sortByLocalityThenName, type ListedPerson } from '../../docs/person-order';
import { documentText } from './text';
import { columnText } from '../../docs/list-text';
import { fill } from '../../../../vocabulary/text';
import { contentToXlsx } from '../../docs/xlsx-tables';

/** A person row as the people register returns it (`Person` fits; so does a conscription record view). */
export type Age17Person = ListedPerson & Pick<Person, 'ethnicity' | 'religion' | 'education' | 'occupation'>;

export interface Age17ListInput {
  /** With `signers`, the commander (or the first signer) signs when no `signer` is given. */
  office: IssuingOffice & Partial<Pick<OfficeProfile, 'signers'>>;
  /** The year the people turn 17 (born in year − 17). */
  year: number;
  /** The people to list, in any order: the builder sorts them. Not filtered: the caller chooses. */
  people: readonly Age17Person[];
  number?: number | null;
  /** Absent: "ngày … tháng … năm <year>" is left for the clerk to fill in. */
  date?: IsoDate | null;
  signer?: Signer;
  authority?: SignatureInput['authority'];
}

/**
 * Form 01's columns as far as the people register holds them (domain.md §2): identity, residence,
 * ethnicity, religion, schooling, trade, and a notes column for the clerk. Widths in millimetres
 * on the 252 mm of an A4 landscape page.
 */
const AGE17_COLUMNS = [
  personColumns.index,
  { ...personColumns.name, weight: 40 },
  personColumns.birthDate,
  personColumns.citizenId,
  { ...personColumns.residence, weight: 53 },
  { header: columnText.ethnicity, weight: 18, align: 'center' },
  { header: columnText.religion, weight: 18, align: 'center' },
  { header: columnText.education, weight: 16, align: 'center' },
  { header: columnText.occupation, weight: 28 },
  { header: columnText.notes, weight: 18 },
] as const;

/** The form 01 table: by ward/commune, then Vietnamese name order, a heading row per area. */
export function age17Table(people: readonly Age17Person[]): ListTable {
  return {
    columns: AGE17_COLUMNS,
    rows: rowsByArea(sortByLocalityThenName(people), (index, p) => [
      ...personCells(index, p),
      p.ethnicity.trim(),
      p.religion.trim(),
      p.education.trim(),
      p.occupation.trim(),
      '',
    ]),
  };
}

export function age17Title(year: number): string {
  return fill(documentText.age17Title, { year });
}

function defaultSigner(office: Age17ListInput['office']): Signer | undefined {
  return office.signers?.find((s) => s.role === 'commander') ?? office.signers?.[0];
}

/** What the age-17 list's .docx and .xlsx share: title, notes and the table. */
export function age17ListContent(input: Pick<Age17ListInput, 'year' | 'people'>): ListContent {
  return {
    title: age17Title(input.year),
    sheetName: fill(documentText.age17Sheet, { year: input.year }),
    notes: [
      fill(documentText.age17Note, { birthYear: input.year - 17 }),
      fill(documentText.totalLine, { count: input.people.length }),
    ],
    table: age17Table(input.people),
  };
}

/** "DANH SÁCH CÔNG DÂN NAM ĐỦ 17 TUỔI TRONG NĂM 2026" (form 01) on A4 landscape. */
export function buildAge17List(input: Age17ListInput): Document {
  const signer = input.signer ?? defaultSigner(input.office);
  return buildListDocument({
    ...age17ListContent(input),
    orientation: 'landscape',
    office: input.office,
    number: input.number ?? null,
    date: input.date ?? null,
    blankYear: input.year,
    signature: signer ? signatureFromSigner(signer, input.authority) : null,
    // Law 98/2025/QH15 (Art. 16 Luật NVQS as amended): in January the list goes to the commune chairman.
    recipients: { recipients: documentText.age17Recipients, archive: [] },
  });
}

export function age17ListXlsx(input: Pick<Age17ListInput, 'year' | 'people'>): Promise<Buffer> {
  return contentToXlsx(age17ListContent(input));
}
