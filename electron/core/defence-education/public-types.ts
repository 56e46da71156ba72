/** The defence-education feature's types the renderer may import (re-exported by api/contract.ts). */
import type { ListPage } from '../shared/list-page';
import type { DqeduCategory, DqeduResult, DqeduStatus } from './schema';

export type { DqeduCategory, DqeduResult, DqeduStatus } from './schema';

/** A course as the list shows it. */
export interface DqeduCourseRow {
  id: string;
  title: string;
  category: DqeduCategory;
  organiser: string;
  place: string;
  startsOn: string;
  endsOn: string;
  plannedOn: string | null;
  plannedParticipants: number | null;
  status: DqeduStatus;
  participants: number;
  /** Completed the programme (giỏi, khá, đạt). */
  passed: number;
  certificates: number;
  version: number;
}

export interface DqeduCourse extends DqeduCourseRow {
  notes: string;
  createdAt: string;
}

export type DqeduCoursePage = ListPage<DqeduCourseRow>;

export interface DqeduParticipant {
  id: string;
  courseId: string;
  personId: string;
  fullName: string;
  birthDate: string;
  /** Set when the person is one of the office's active staff: the staff position. */
  staffPosition: string | null;
  category: DqeduCategory;
  roleTitle: string;
  result: DqeduResult | null;
  certificateNo: string;
  certificateOn: string | null;
  version: number;
}

export interface DqeduHeadcount {
  category: DqeduCategory;
  headcount: number | null;
  /** The saved figure's version (sent back with a change); null while none is entered. */
  version: number | null;
}

/** One category's figures over a range. */
export interface DqeduCategoryFigures {
  category: DqeduCategory;
  /** Distinct people who completed a done course of the category ending in the range. */
  trainedInRange: number;
  /** Distinct people who completed any done course of the category ending on or before `to`. */
  trainedToDate: number;
  /** The office's headcount of the category for the year of `to`; null when not entered. */
  headcount: number | null;
  /** trainedToDate / headcount in %, 2 decimals; null without a headcount. */
  share: number | null;
}

export interface DqeduFigures {
  from: string;
  to: string;
  /** Done courses whose last day falls in the range. */
  courses: number;
  participants: number;
  passed: number;
  certificates: number;
  byCategory: DqeduCategoryFigures[];
}
