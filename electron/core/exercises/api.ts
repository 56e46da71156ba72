import { byId, defineMethod } from '../kernel/method';
import { exerciseFigures } from './figures';
import {
  attachmentAddInput,
  attachmentRemoveInput,
  exerciseCorrectInput,
  exerciseCreateInput,
  exerciseIdInput,
  exerciseListInput,
  exerciseTransitionInput,
  exerciseUndoInput,
  exerciseUpdateInput,
  figuresInput,
  typeCreateInput,
  typeListInput,
  typeUpdateInput,
  typeVersionInput,
} from './schema';
import * as exercises from './service';
import * as statusSteps from './steps-service';
import * as types from './types-service';

/** The exercises feature's API methods (spread into api/contract.ts). */
export const exercisesApi = {
  'exercises.type.list': defineMethod(typeListInput, types.listTypes),
  'exercises.type.create': defineMethod(typeCreateInput, types.createType),
  'exercises.type.update': defineMethod(typeUpdateInput, types.updateType),
  'exercises.type.retire': defineMethod(typeVersionInput, (ctx, input) => types.setTypeRetired(ctx, input, true)),
  'exercises.type.restore': defineMethod(typeVersionInput, (ctx, input) => types.setTypeRetired(ctx, input, false)),
  'exercises.exercise.list': defineMethod(exerciseListInput, exercises.listExercises),
  'exercises.exercise.get': defineMethod(exerciseIdInput, byId(exercises.getExercise)),
  'exercises.exercise.create': defineMethod(exerciseCreateInput, exercises.createExercise),
  'exercises.exercise.update': defineMethod(exerciseUpdateInput, exercises.updateExercise),
  'exercises.exercise.transition': defineMethod(exerciseTransitionInput, statusSteps.transitionExercise),
  'exercises.exercise.correct': defineMethod(exerciseCorrectInput, statusSteps.correctExercise),
  'exercises.exercise.undo': defineMethod(exerciseUndoInput, statusSteps.undoExerciseStep),
  'exercises.attachment.add': defineMethod(attachmentAddInput, exercises.addAttachment),
  'exercises.attachment.remove': defineMethod(attachmentRemoveInput, exercises.removeAttachment),
  'exercises.figures': defineMethod(figuresInput, exerciseFigures),
};
