/** Which course a step belongs to: a training course or a defence-education course. */
export type CourseKind = 'training' | 'defence_education';

/** What one participant had recorded when a step was taken, as comparable text ('' for nothing). */
export interface ParticipantEntry {
  /** Days attended: the total entered and the per-day marks. */
  attendance: string;
  /** The result (and, for defence education, the certificate). */
  result: string;
  /** Who, so an undo can name someone taken off the list since (absent in snapshots kept before names were). */
  name?: string;
}

/** The participants' entries of a course at one moment, by participant id. */
export type CourseEntries = Record<string, ParticipantEntry>;

/** One line of a course's status history, oldest first; an undone step stays, marked. */
export interface CourseStep<S extends string = string> {
  id: string;
  kind: 'step' | 'undo';
  fromStatus: S;
  toStatus: S;
  /** Required for an undo. */
  reason: string;
  actor: string;
  /** Set on a step that was later undone. */
  undoneAt: string | null;
  createdAt: string;
}
