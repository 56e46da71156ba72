import type { Core } from '../app-core';
import { call } from '../db/test-helpers';
import { citizenIdFor, createPerson } from '../people/test-steps';
import type { DqeduCourse, DqeduParticipant } from './public-types';
import type { DqeduCategory } from './schema';

/** A course of `category` (default đối tượng 4) held on the given days, in status planned. */
export function createCourse(
  core: Core,
  values: { startsOn: string; endsOn: string; category?: DqeduCategory } & Record<string, unknown>,
): Promise<DqeduCourse> {
  return call<DqeduCourse>(core, 'defenceEducation.course.create', {
    title: 'Bồi dưỡng kiến thức QP-AN đối tượng 4',
    category: 'group4',
    organiser: 'Ban CHQS thành phố',
    place: 'Hội trường UBND phường Đức Xuân',
    ...values,
  });
}

export function markDone(core: Core, course: DqeduCourse): Promise<DqeduCourse> {
  return call<DqeduCourse>(core, 'defenceEducation.course.setStatus', {
    id: course.id,
    version: course.version,
    status: 'done',
  });
}

const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Hùng', 'Khánh', 'Long', 'Minh', 'Nam', 'Phúc', 'Sơn'];
let serial = 0;
/** `n` adults of the register with distinct ID numbers. */
export async function people(core: Core, n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    serial += 1;
    const person = await createPerson(core, `Nguyễn Văn ${GIVEN[serial % GIVEN.length]}`, {
      birthDate: '1980-05-10',
      sex: 'M',
      citizenId: citizenIdFor('1980-05-10', 'M', serial),
    });
    ids.push(person.id);
  }
  return ids;
}

export function addAll(core: Core, courseId: string, personIds: string[], category: DqeduCategory = 'group4') {
  return call<DqeduParticipant[]>(core, 'defenceEducation.participant.add', {
    courseId,
    rows: personIds.map((personId) => ({ personId, category })),
  });
}

/** Each participant passes ("Đạt") with a certificate numbered from `prefix`. */
export function passAll(core: Core, courseId: string, list: DqeduParticipant[], prefix = 'GCN') {
  return call<DqeduParticipant[]>(core, 'defenceEducation.participant.setResults', {
    courseId,
    rows: list.map((p, i) => ({
      participantId: p.id,
      version: p.version,
      result: 'pass',
      certificateNo: `${prefix}-${i + 1}`,
    })),
  });
}
