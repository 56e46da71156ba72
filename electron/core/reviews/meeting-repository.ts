import type { Database } from 'better-sqlite3-multiple-ciphers';
import { updateAtVersion } from '../db/records';
import { statement } from '../db/statements';
import { addDays } from '../shared/dates';
import type { ReviewMeeting } from './meeting-public-types';
import type { MeetingValues } from './meeting-schema';
import type { ReviewPeriod } from './period';

interface Row {
  id: string;
  period_kind: ReviewMeeting['periodKind'];
  date_from: string;
  date_to: string;
  held_on: string;
  place: string;
  chair_name: string;
  chair_position: string;
  guests_json: string;
  conclusions_json: string;
  note: string;
  created_at: string;
  updated_at: string;
  version: number;
}

const toMeeting = (r: Row): ReviewMeeting => ({
  id: r.id,
  periodKind: r.period_kind,
  from: r.date_from,
  to: r.date_to,
  heldOn: r.held_on,
  place: r.place,
  chairName: r.chair_name,
  chairPosition: r.chair_position,
  guests: JSON.parse(r.guests_json) as string[],
  conclusions: JSON.parse(r.conclusions_json) as string[],
  note: r.note,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
});

const columns = (v: MeetingValues) => ({
  heldOn: v.heldOn,
  place: v.place,
  chairName: v.chairName,
  chairPosition: v.chairPosition,
  guests: JSON.stringify(v.guests),
  conclusions: JSON.stringify(v.conclusions),
  note: v.note,
});

export function findMeetingOfPeriod(db: Database, period: ReviewPeriod): ReviewMeeting | null {
  const r = statement(
    db,
    `SELECT * FROM review_meetings WHERE period_kind = @kind AND date_from = @from AND date_to = @to`,
  ).get({ kind: period.kind, from: period.from, to: period.to }) as Row | undefined;
  return r ? toMeeting(r) : null;
}

/**
 * The meeting the report starting on `from` follows on: that of a period ending the day before
 * (`dayBefore`, wherever it was held), else the latest held before `from`. Of several, the one held last.
 */
export function findPreviousMeeting(db: Database, period: ReviewPeriod): ReviewMeeting | null {
  const from = period.from;
  const dayBefore = addDays(from, -1);
  const r = statement(
    db,
    `SELECT * FROM review_meetings WHERE date_to = @dayBefore OR held_on < @from
      ORDER BY (date_to = @dayBefore) DESC, held_on DESC, date_to DESC, id LIMIT 1`,
  ).get({ from, dayBefore }) as Row | undefined;
  return r ? toMeeting(r) : null;
}

export function insertMeeting(db: Database, id: string, period: ReviewPeriod, v: MeetingValues, at: string): void {
  statement(
    db,
    `INSERT INTO review_meetings (id, period_kind, date_from, date_to, held_on, place, chair_name, chair_position,
       guests_json, conclusions_json, note, created_at, updated_at, version)
     VALUES (@id, @kind, @from, @to, @heldOn, @place, @chairName, @chairPosition, @guests, @conclusions, @note, @at, @at, 1)`,
  ).run({ id, kind: period.kind, from: period.from, to: period.to, ...columns(v), at });
}

/** false when someone saved the meeting in between. */
export function updateMeeting(db: Database, id: string, version: number, v: MeetingValues, at: string): boolean {
  return updateAtVersion(
    db,
    'review_meetings',
    `held_on = @heldOn, place = @place, chair_name = @chairName, chair_position = @chairPosition,
     guests_json = @guests, conclusions_json = @conclusions, note = @note`,
    { id, version, at },
    columns(v),
  );
}
