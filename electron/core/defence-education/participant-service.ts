import { writeAudit } from '../db/audit';
import { timestamp } from '../db/records';
import type { ApiContext } from '../kernel/context';
import { ApiError, mustBeCurrent } from '../kernel/errors';
import { inTransaction } from '../kernel/transaction';
import { format, vi } from '../messages/vi';
import type { DqeduCourse, DqeduParticipant } from './public-types';
import * as repo from './repository';
import { checkCertificate, checkParticipantCategory } from './rules';
import { getCourse, refuse } from './service';
import type { ParticipantAddInput, ResultSetInput } from './schema';

const t = () => vi.defenceEducation;

function audit(ctx: ApiContext, id: string, action: 'create' | 'update' | 'delete', before: unknown, after: unknown) {
  writeAudit(ctx.db, {
    actor: ctx.actor,
    at: ctx.now(),
    entity: 'defence_education_participant',
    entityId: id,
    action,
    before,
    after,
  });
}

/** A course open to changes: a cancelled course keeps its list as it was. */
function openCourse(ctx: ApiContext, courseId: string): DqeduCourse {
  const course = getCourse(ctx, courseId);
  if (course.status === 'cancelled') throw ApiError.of('RULE_DQEDU_CLOSED');
  return course;
}

export function listParticipants(ctx: ApiContext, courseId: string): DqeduParticipant[] {
  getCourse(ctx, courseId);
  return repo.listParticipants(ctx.db, courseId);
}

/**
 * Adds people (from the register or the office's staff, who are people of the register too) in one
 * transaction: a missing person, someone chosen twice or already in the course, or a person
 * recorded in another category refuses the whole batch, and nothing is written.
 */
export function addParticipants(ctx: ApiContext, input: ParticipantAddInput): DqeduParticipant[] {
  return inTransaction(ctx, () => {
    const course = openCourse(ctx, input.courseId);
    const ids = input.rows.map((r) => r.personId);
    if (new Set(ids).size !== ids.length) {
      throw ApiError.fields({ rows: t().duplicateInput }, 'CONFLICT_DQEDU_PARTICIPANT', t().duplicateInput);
    }
    const names = repo.peopleNames(ctx.db, ids);
    const already = repo.participantPersonIds(ctx.db, input.courseId);
    const at = timestamp(ctx.now());
    input.rows.forEach((row, i) => {
      const name = names.get(row.personId);
      if (name === undefined)
        throw ApiError.fields({ [`rows.${i}.personId`]: t().personMissing }, 'NOT_FOUND', t().personMissing);
      if (already.has(row.personId)) {
        const message = format(vi.errors.CONFLICT_DQEDU_PARTICIPANT, { name });
        throw ApiError.fields({ [`rows.${i}.personId`]: message }, 'CONFLICT_DQEDU_PARTICIPANT', message);
      }
      const rule = checkParticipantCategory(row.category, course, name);
      if (!rule.ok) refuse(`rows.${i}.category`, rule);
      const id = repo.insertParticipant(ctx.db, { courseId: input.courseId, ...row }, at);
      audit(ctx, id, 'create', null, { courseId: input.courseId, ...row });
    });
    return repo.listParticipants(ctx.db, input.courseId);
  });
}

/** Takes a participant off the list (a hard delete), only as read: a row changed since is refused. */
export function removeParticipant(ctx: ApiContext, id: string, version: number): { ok: true } {
  return inTransaction(ctx, () => {
    const before = repo.findParticipant(ctx.db, id);
    if (!before) throw ApiError.fields({ id: t().participantMissing }, 'NOT_FOUND', t().participantMissing);
    openCourse(ctx, before.courseId);
    mustBeCurrent(repo.deleteParticipant(ctx.db, id, version));
    audit(ctx, id, 'delete', before, null);
    return { ok: true as const };
  });
}

/**
 * Results and certificates of a held course, all rows or none: a certificate only beside a passing
 * result (Art. 18(4) Law 30/2013/QH13), no certificate number twice in the course, and each row at
 * the version it was read (a participant changed since refuses the batch: CONFLICT_VERSION).
 */
export function setResults(ctx: ApiContext, input: ResultSetInput): DqeduParticipant[] {
  return inTransaction(ctx, () => {
    const course = openCourse(ctx, input.courseId);
    if (course.status !== 'done') throw ApiError.of('RULE_DQEDU_NOT_DONE');
    const at = timestamp(ctx.now());
    input.rows.forEach((row, i) => {
      const before = repo.findParticipant(ctx.db, row.participantId);
      if (!before || before.courseId !== input.courseId) {
        throw ApiError.fields(
          { [`rows.${i}.participantId`]: t().participantMissing },
          'NOT_FOUND',
          t().participantMissing,
        );
      }
      const rule = checkCertificate(row, course.endsOn);
      if (!rule.ok) refuse(`rows.${i}.certificateNo`, rule);
      const values = { result: row.result, certificateNo: row.certificateNo, certificateOn: row.certificateOn };
      mustBeCurrent(repo.setResult(ctx.db, row.participantId, row.version, values, at));
      audit(ctx, row.participantId, 'update', before, values);
    });
    // After the writes, so a batch that swaps two numbers between participants is accepted.
    const numbers = repo
      .listParticipants(ctx.db, input.courseId)
      .map((p) => p.certificateNo)
      .filter((n) => n !== '');
    const twice = numbers.find((n, i) => numbers.indexOf(n) !== i);
    if (twice !== undefined) {
      const message = format(vi.errors.CONFLICT_DQEDU_CERTIFICATE_NO, { number: twice });
      throw ApiError.fields({ rows: message }, 'CONFLICT_DQEDU_CERTIFICATE_NO', message);
    }
    return repo.listParticipants(ctx.db, input.courseId);
  });
}
