import { byId, defineMethod } from '../kernel/method';
import * as courses from './course-service';
import * as participants from './participant-service';
import * as steps from './steps-service';
import {
  attendanceSetInput,
  courseCreateInput,
  courseIdInput,
  courseListInput,
  courseTransitionInput,
  courseUndoInput,
  courseUpdateInput,
  dayAttendanceListInput,
  dayAttendanceSetInput,
  defaultDaysInput,
  figuresInput,
  participantAddInput,
  participantAddUnitInput,
  participantListInput,
  participantRemoveInput,
  resultSetInput,
} from './schema';

/** The training feature's API methods (spread into api/contract.ts). */
export const trainingApi = {
  'training.figures': defineMethod(figuresInput, courses.trainingFigures),
  'training.defaultDays': defineMethod(defaultDaysInput, (ctx, input) => ({
    plannedDays: courses.courseDefaultDays(ctx, input),
  })),
  'training.course.list': defineMethod(courseListInput, courses.listCourses),
  'training.course.get': defineMethod(courseIdInput, byId(steps.getCourseDetail)),
  'training.course.create': defineMethod(courseCreateInput, courses.createCourse),
  'training.course.update': defineMethod(courseUpdateInput, courses.updateCourse),
  'training.course.transition': defineMethod(courseTransitionInput, steps.transitionCourse),
  'training.course.undo': defineMethod(courseUndoInput, steps.undoCourseStep),
  'training.participant.list': defineMethod(participantListInput, (ctx, input) =>
    participants.listParticipants(ctx, input.courseId),
  ),
  'training.participant.add': defineMethod(participantAddInput, participants.addParticipants),
  'training.participant.addUnit': defineMethod(participantAddUnitInput, (ctx, input) =>
    participants.addUnitMembers(ctx, input.courseId),
  ),
  'training.participant.remove': defineMethod(participantRemoveInput, (ctx, input) =>
    participants.removeParticipant(ctx, input.id),
  ),
  'training.participant.setAttendance': defineMethod(attendanceSetInput, participants.setAttendance),
  'training.participant.setDayAttendance': defineMethod(dayAttendanceSetInput, participants.setDayAttendance),
  'training.participant.dayAttendance': defineMethod(dayAttendanceListInput, (ctx, input) =>
    participants.dayAttendance(ctx, input.courseId),
  ),
  'training.participant.setResult': defineMethod(resultSetInput, participants.setResults),
};
