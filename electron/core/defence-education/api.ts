import { byId, defineMethod } from '../kernel/method';
import * as participants from './participant-service';
import {
  courseCreateInput,
  courseIdInput,
  courseListInput,
  courseStatusInput,
  courseUndoInput,
  courseUpdateInput,
  figuresInput,
  headcountListInput,
  headcountSetInput,
  participantAddInput,
  participantRemoveInput,
  resultSetInput,
} from './schema';
import * as courses from './service';
import * as steps from './steps-service';

/** This feature's API methods (spread into api/contract.ts). */
export const defenceEducationApi = {
  'defenceEducation.figures': defineMethod(figuresInput, courses.dqeduFigures),
  'defenceEducation.course.list': defineMethod(courseListInput, courses.listCourses),
  'defenceEducation.course.get': defineMethod(courseIdInput, byId(steps.getCourseDetail)),
  'defenceEducation.course.create': defineMethod(courseCreateInput, courses.createCourse),
  'defenceEducation.course.update': defineMethod(courseUpdateInput, courses.updateCourse),
  'defenceEducation.course.setStatus': defineMethod(courseStatusInput, steps.setCourseStatus),
  'defenceEducation.course.undo': defineMethod(courseUndoInput, steps.undoCourseStep),
  'defenceEducation.participant.list': defineMethod(courseIdInput, (ctx, input) =>
    participants.listParticipants(ctx, input.id),
  ),
  'defenceEducation.participant.add': defineMethod(participantAddInput, participants.addParticipants),
  'defenceEducation.participant.remove': defineMethod(participantRemoveInput, (ctx, input) =>
    participants.removeParticipant(ctx, input.id, input.version),
  ),
  'defenceEducation.participant.setResults': defineMethod(resultSetInput, participants.setResults),
  'defenceEducation.headcount.list': defineMethod(headcountListInput, (ctx, input) =>
    courses.listHeadcounts(ctx, input.year),
  ),
  'defenceEducation.headcount.set': defineMethod(headcountSetInput, courses.setHeadcounts),
};
