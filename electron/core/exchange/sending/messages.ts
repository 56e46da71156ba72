import type { Database } from 'better-sqlite3-multiple-ciphers';
import { statement } from '../../db/statements';
import type { AnswerLine } from '../format/lines';

/** exchange_received_messages as stored (migration 0034). */
export interface MessageRow {
  id: string;
  kind: 'correction' | 'decision';
  ref_id: string;
  bundle_id: string;
  bundle_seq: number;
  payload_json: string;
  status: 'open' | 'accepted' | 'rejected' | 'noted';
  answer_reason: string | null;
  answered_by: string | null;
  answered_at: string | null;
  answered_in_seq: number | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export function findMessage(db: Database, id: string): MessageRow | null {
  return (statement(db, 'SELECT * FROM exchange_received_messages WHERE id = ?').get(id) as MessageRow) ?? null;
}

export function listMessages(db: Database, status: MessageRow['status'] | null): MessageRow[] {
  return statement(
    db,
    `SELECT * FROM exchange_received_messages WHERE (@status IS NULL OR status = @status)
     ORDER BY created_at DESC, bundle_seq DESC, ref_id`,
  ).all({ status }) as MessageRow[];
}

/**
 * The answers not yet acknowledged by the recipient: never carried, or carried by a bundle above
 * `ack`. Each travels in every upward bundle until the recipient confirms one that held it.
 */
export function pendingAnswers(db: Database, ack: number): MessageRow[] {
  return statement(
    db,
    `SELECT * FROM exchange_received_messages
     WHERE status <> 'open' AND (answered_in_seq IS NULL OR answered_in_seq > ?) ORDER BY answered_at, ref_id`,
  ).all(ack) as MessageRow[];
}

export function answerLineOf(row: MessageRow): AnswerLine {
  return {
    kind: row.kind,
    refId: row.ref_id,
    answer: row.status as AnswerLine['answer'],
    reason: row.answer_reason ?? '',
    answeredBy: row.answered_by ?? '',
    answeredAt: row.answered_at ?? row.updated_at,
  };
}

/** Marks the answers as carried by bundle `seq` (inside the bundle's transaction). */
export function markCarried(db: Database, ids: readonly string[], seq: number): void {
  const mark = statement(db, 'UPDATE exchange_received_messages SET answered_in_seq = ? WHERE id = ?');
  for (const id of ids) mark.run(seq, id);
}
