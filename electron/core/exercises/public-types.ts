/** The exercises feature's types the renderer may import (re-exported by api/contract.ts). */
import type { ExerciseBuiltinType, ExerciseLevel, ExerciseRating, ExerciseStatus } from './constants';
import type { ListPage } from '../shared/list-page';

export type { ExerciseBuiltinType, ExerciseLevel, ExerciseRating, ExerciseStatus } from './constants';

export interface ExerciseType {
  id: string;
  /** The built-in types keep a key (for figures by type); the office's own have none. */
  builtin: ExerciseBuiltinType | null;
  name: string;
  sortOrder: number;
  retiredOn: string | null;
  version: number;
}

/** One line of the exercises list. */
export interface ExerciseRow {
  id: string;
  typeId: string;
  typeName: string;
  typeBuiltin: ExerciseBuiltinType | null;
  level: ExerciseLevel;
  title: string;
  localityId: string | null;
  /** The locality's name as on the planned date. */
  localityName: string | null;
  plannedOn: string;
  plannedUntil: string | null;
  startedOn: string | null;
  endedOn: string | null;
  status: ExerciseStatus;
  rating: ExerciseRating | null;
  version: number;
}

export type ExercisePage = ListPage<ExerciseRow>;

/** A unit of the forces register taking part in an exercise. */
export interface ExerciseUnit {
  id: string;
  kind: 'militia' | 'reserve';
  unitId: string;
  name: string;
}

export interface ExerciseAttachment {
  id: string;
  exerciseId: string;
  documentNumber: string;
  documentDate: string | null;
  summary: string;
  version: number;
}

export interface Exercise extends ExerciseRow {
  cancelReason: string;
  leadBody: string;
  directingOfficer: string;
  militiaCount: number;
  reservistCount: number;
  policeCount: number;
  otherCount: number;
  scenario: string;
  lessons: string;
  units: ExerciseUnit[];
  attachments: ExerciseAttachment[];
  /** Status steps, recorded corrections and undone steps, oldest first. */
  steps: ExerciseStep[];
}

/** What a status step or a correction changes: the status and the facts that go with it. */
export interface ExerciseStatusFacts {
  status: ExerciseStatus;
  startedOn: string | null;
  endedOn: string | null;
  rating: ExerciseRating | null;
  lessons: string;
  cancelReason: string;
}

/** One line of an exercise's history; the old values stay in `before`. */
export interface ExerciseStep {
  id: string;
  kind: 'step' | 'correction' | 'undo';
  fromStatus: ExerciseStatus;
  toStatus: ExerciseStatus;
  /** Required for a correction and an undo. */
  reason: string;
  before: ExerciseStatusFacts;
  after: ExerciseStatusFacts;
  actor: string;
  /** Set on a step that was later undone (the row stays, marked). */
  undoneAt: string | null;
  createdAt: string;
}

/** Exercises planned in a date range (usually a half-year) and what became of them. */
export interface ExerciseFigures {
  from: string;
  to: string;
  /** Planned date in the range, not cancelled. */
  planned: number;
  /** Of those, done. */
  done: number;
  cancelled: number;
  byType: Array<{ typeId: string; name: string; builtin: string | null; planned: number; done: number }>;
  byRating: Record<ExerciseRating, number>;
}
