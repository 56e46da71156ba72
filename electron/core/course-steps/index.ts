/**
 * A course's status history and what its undo needs (issue 19 §3), shared by training/ and
 * defence-education/: each records its steps here and decides itself what blocks an undo.
 */
export { cancelledOnSql, insertCourseStep, lastCourseStep, listCourseSteps, markCourseStepUndone } from './repository';
export { entriesOf, entriesSince, namesText, type CurrentEntry, type EntriesSince } from './rules';
export type { CourseEntries, CourseKind, CourseStep, ParticipantEntry } from './public-types';
