/** What other features (the review report, the demo) may use of defence-education/. */
export { categoriesOn } from './categories';
export { addParticipants, setResults } from './participant-service';
export { createCourse, dqeduFigures, setHeadcounts } from './service';
export { setCourseStatus } from './steps-service';
export { hasAnyRecord, plannedCourses } from './repository';
export type { DqeduFigures } from './public-types';
