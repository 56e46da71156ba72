/** The training feature's types the renderer may import (re-exported by api/contract.ts). */
export type {
  ParticipantAddResult,
  TrainingCourse,
  TrainingCourseFigures,
  TrainingCoursePage,
  TrainingCourseRow,
  TrainingDayAttendance,
  TrainingFigures,
  TrainingParticipant,
  TrainingResult,
  TrainingStatus,
  TrainingTarget,
} from './schema';
