import type { Database } from 'better-sqlite3-multiple-ciphers';
import { type FocusAnswer, focusedCountAndPage } from '../db/paging';
import { newId, updateAtVersion } from '../db/records';
import { statement } from '../db/statements';
import { whereClause } from '../db/where';
import { joinFullName, type NameParts } from '../shared/vietnamese-text';
import type { PoliceNoticeLine, PoliceNoticeRow } from './public-types';
import type { NoticeFields, NoticeLineInput, NoticeListInput } from './schema';

const SELECT_NOTICE = `SELECT n.id, n.year, n.quarter, n.received_on AS receivedOn, n.sender, n.reference,
    (SELECT COUNT(*) FROM police_notice_lines l WHERE l.notice_id = n.id) AS lineCount, n.version,
    n.created_at AS createdAt, n.updated_at AS updatedAt
  FROM police_notices n`;

type NoticeRow = PoliceNoticeRow & { createdAt: string; updatedAt: string };

export function listNotices(
  db: Database,
  input: NoticeListInput,
): { rows: PoliceNoticeRow[]; total: number } & FocusAnswer {
  const where = whereClause([
    input.year !== undefined && ['n.year = @year', { year: input.year }],
    input.quarter !== undefined && ['n.quarter = @quarter', { quarter: input.quarter }],
  ]);
  const { rows, ...page } = focusedCountAndPage<NoticeRow>(
    db,
    {
      countFrom: 'police_notices n',
      select: SELECT_NOTICE,
      where,
      // The latest quarter first, then the order they came in.
      orderBy: 'n.year DESC, n.quarter DESC, n.received_on DESC, n.id',
    },
    input,
  );
  return { rows: rows.map(({ createdAt: _c, updatedAt: _u, ...row }) => row), ...page };
}

export function findNotice(db: Database, id: string): NoticeRow | null {
  return (statement(db, `${SELECT_NOTICE} WHERE n.id = ?`).get(id) as NoticeRow | undefined) ?? null;
}

type LineRow = Omit<PoliceNoticeLine, 'flags'> & Partial<NameParts> & { personBirthDate: string | null };

/** A line's name and birth date come from the register when it points at a person (kept current there). */
export function listLines(db: Database, noticeId: string): Omit<PoliceNoticeLine, 'flags'>[] {
  const rows = statement(
    db,
    `SELECT l.id, l.person_id AS personId, l.full_name AS fullName, l.birth_date AS birthDate,
       l.id_number AS idNumber, l.kind, l.event_on AS eventOn, l.note,
       p.family_name AS familyName, p.middle_name AS middleName, p.given_name AS givenName,
       p.birth_date AS personBirthDate, p.citizen_id AS personIdNumber
     FROM police_notice_lines l LEFT JOIN people p ON p.id = l.person_id
     WHERE l.notice_id = ? ORDER BY l.position`,
  ).all(noticeId) as (LineRow & { personIdNumber: string | null })[];
  return rows.map(({ familyName, middleName, givenName, personBirthDate, personIdNumber, ...line }) =>
    line.personId === null
      ? line
      : {
          ...line,
          fullName: joinFullName({ familyName: familyName!, middleName: middleName!, givenName: givenName! }),
          birthDate: personBirthDate,
          idNumber: personIdNumber ?? '',
        },
  );
}

export function insertNotice(db: Database, f: NoticeFields, at: string): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO police_notices (id, year, quarter, received_on, sender, reference, created_at, updated_at, version)
     VALUES (@id, @year, @quarter, @receivedOn, @sender, @reference, @at, @at, 1)`,
  ).run({
    id,
    at,
    year: f.year,
    quarter: f.quarter,
    receivedOn: f.receivedOn,
    sender: f.sender,
    reference: f.reference,
  });
  return id;
}

/** false when the notice is not at `version` any more (a concurrent edit). */
export function updateNotice(db: Database, id: string, version: number, f: NoticeFields, at: string): boolean {
  return updateAtVersion(
    db,
    'police_notices',
    'year = @year, quarter = @quarter, received_on = @receivedOn, sender = @sender, reference = @reference',
    { id, version, at },
    { year: f.year, quarter: f.quarter, receivedOn: f.receivedOn, sender: f.sender, reference: f.reference },
  );
}

export function deleteLines(db: Database, noticeId: string): void {
  statement(db, `DELETE FROM police_notice_lines WHERE notice_id = ?`).run(noticeId);
}

/** One line at `position` (a line of a registered person keeps only the link; the register has the rest). */
export function insertLine(db: Database, noticeId: string, position: number, line: NoticeLineInput, at: string): void {
  const registered = line.personId !== null;
  statement(
    db,
    `INSERT INTO police_notice_lines (id, notice_id, position, person_id, full_name, birth_date, id_number, kind,
       event_on, note, created_at, updated_at)
     VALUES (@id, @noticeId, @position, @personId, @fullName, @birthDate, @idNumber, @kind, @eventOn, @note, @at, @at)`,
  ).run({
    id: newId(),
    noticeId,
    position,
    personId: line.personId,
    fullName: registered ? '' : line.fullName,
    birthDate: registered ? null : line.birthDate,
    idNumber: registered ? '' : line.idNumber,
    kind: line.kind,
    eventOn: line.eventOn,
    note: line.note,
    at,
  });
}

/** How many notices each quarter of `year` has. */
export function countByQuarter(db: Database, year: number): Map<number, number> {
  const rows = statement(db, `SELECT quarter, COUNT(*) AS n FROM police_notices WHERE year = ? GROUP BY quarter`).all(
    year,
  ) as { quarter: number; n: number }[];
  return new Map(rows.map((r) => [r.quarter, r.n]));
}
