import { format } from '../messages/vi';
import type { CourseEntries, ParticipantEntry } from './public-types';

/** A participant as the course has them now: who (for the message) and what is recorded. */
export interface CurrentEntry extends ParticipantEntry {
  id: string;
  name: string;
}

/** Who was put on or taken off the course, and whose attendance or result was entered or changed, after a step. */
export interface EntriesSince {
  added: string[];
  /** Named from the step's entries; `unnamed` stands for one kept without a name. */
  removed: string[];
  attendance: string[];
  results: string[];
}

/**
 * What the participants' records changed since a step, by the entries the step kept: a participant
 * not in them was added since, one of them missing now was removed since; one whose attendance or
 * result differs had it entered since.
 */
export function entriesSince(then: CourseEntries, now: readonly CurrentEntry[], unnamed = ''): EntriesSince {
  const since: EntriesSince = { added: [], removed: [], attendance: [], results: [] };
  const present = new Set(now.map((p) => p.id));
  for (const [id, before] of Object.entries(then)) if (!present.has(id)) since.removed.push(before.name ?? unnamed);
  const empty: ParticipantEntry = { attendance: '', result: '' };
  for (const p of now) {
    const before = then[p.id];
    if (!before) since.added.push(p.name);
    if (p.attendance !== (before ?? empty).attendance) since.attendance.push(p.name);
    if (p.result !== (before ?? empty).result) since.results.push(p.name);
  }
  return since;
}

/** The first names of a list, then how many more ("A, B, C và 4 người khác"), for a refusal. */
export function namesText(names: readonly string[], more: string, shown = 3): string {
  const head = names.slice(0, shown).join(', ');
  return names.length > shown ? `${head} ${format(more, { count: names.length - shown })}` : head;
}

/** The entries map a step keeps, from the participants as they are. */
export function entriesOf(now: readonly CurrentEntry[]): CourseEntries {
  return Object.fromEntries(now.map((p) => [p.id, { attendance: p.attendance, result: p.result, name: p.name }]));
}
