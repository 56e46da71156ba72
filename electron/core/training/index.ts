/**
 * What other features may use of training/: its face. Everything else in the folder is its own
 * (a lint rule, eslint/layers.mjs, keeps other features out of it).
 */
export { listCourses, trainingFigures } from './course-service';
export { coursesOfPerson } from './repository';
export { courseListInput } from './schema';
export type { TrainingCourseRow, TrainingResult, TrainingStatus, TrainingTarget } from './schema';
