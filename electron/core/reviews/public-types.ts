/** The review reports' types the renderer may import (re-exported by api/contract.ts). */

/** The period a review report covers: first half, second half, whole year, or any date range. */
export type ReviewPeriodKind = 'h1' | 'h2' | 'year' | 'custom';

/**
 * The narrative sections, in the report's order. Headings are in the catalogue
 * (`vi.reviews.sections[key]`, also returned as `ReviewSectionDef.heading`).
 * 'tasks' is Part II and 'proposals' Part III; the others make Part I.
 */
export type ReviewSectionKey =
  | 'situation'
  | 'leadership'
  | 'defenceZone'
  | 'readiness'
  | 'forceBuilding'
  | 'conscription'
  | 'training'
  | 'defenceEducation'
  | 'politicalEducation'
  | 'policy'
  | 'logistics'
  | 'discipline'
  | 'assessment'
  | 'tasks'
  | 'proposals';
/** A section's text holds at most 20,000 characters (the API refuses longer). */

/** Section key → its text. Every key is present in what the API returns. */
export type ReviewSections = Record<ReviewSectionKey, string>;

export interface ReviewSectionDef {
  key: ReviewSectionKey;
  /** Vietnamese heading, e.g. "Công tác tuyển quân". */
  heading: string;
  /** 'results' = Part I, 'tasks' = Part II, 'proposals' = Part III. */
  part: 'results' | 'tasks' | 'proposals';
}

/** The figure groups, in the report's order. */
export type ReviewFigureGroupKey =
  | 'situation'
  | 'leadership'
  | 'exercises'
  | 'training'
  | 'militia'
  | 'reserves'
  | 'conscription'
  | 'duty'
  | 'registration'
  | 'readinessDocuments'
  | 'defenceEducation'
  | 'politicalEducation'
  | 'policy'
  | 'equipment'
  | 'discipline';

/** One figure of the report, with how it was computed and where its records are. */
export interface ReviewFigure {
  /** Stable key, e.g. 'conscription.2023.handedOver', 'exercises.type.disaster_rescue' (or .<typeId> for an office's own type). */
  key: string;
  /** Vietnamese label, e.g. "Giao quân / chỉ tiêu". */
  label: string;
  /** The main number (a count or a percentage 0–100); null when it cannot be computed (e.g. 0 of 0). */
  value: number | null;
  /** For a done-of-planned figure ("70/76"), the whole (76); null otherwise. */
  of: number | null;
  /** Unit text: "người", "%", "cuộc", "ngày"…; '' when display says it all. */
  unit: string;
  /** Ready-to-print text with Vietnamese number format, e.g. "76/76", "100%", "0,91%", "2 cuộc". */
  display: string;
  /** Vietnamese sentence: how it was computed and from which records. */
  how: string;
  /** App hash route that opens the records behind the figure, e.g. "#/tuyen-quan/<id>"; null if none. */
  link: string | null;
  /** Annual reports only: the same figure computed the same way over the previous year (null if it cannot be). */
  previous?: number | null;
  /** Annual reports only: the previous year's value as printed ("70/72", "95%"). */
  previousDisplay?: string;
}

export interface ReviewFigureGroup {
  key: ReviewFigureGroupKey;
  /** Vietnamese heading, e.g. "Diễn tập", "Tuyển quân năm 2023". */
  label: string;
  figures: ReviewFigure[];
  /** A conscription group's handover dates as printed ("14/02/2023 – 16/02/2023"), for the draft sentence. */
  handoverDates?: string;
  /** The duty group's runs of days without a shift (ISO dates, in order), for the draft sentence. */
  dutyGaps?: Array<{ from: string; to: string }>;
}

export interface ReviewFigures {
  from: string;
  to: string;
  groups: ReviewFigureGroup[];
}

/** One line of the reports list (newest first). */
export interface ReviewReportRow {
  id: string;
  periodKind: ReviewPeriodKind;
  year: number;
  from: string;
  to: string;
  /** E.g. "6 tháng đầu năm 2023", "năm 2023", "thời gian từ 01/03/2023 đến 31/08/2023". */
  title: string;
  /** The last saved version's number. */
  currentVersion: number;
  createdAt: string;
  updatedAt: string;
  /** Optimistic lock for save. */
  version: number;
}

export interface ReviewReportPage {
  rows: ReviewReportRow[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ReviewVersionRow {
  versionNo: number;
  savedAt: string;
  savedBy: string;
}

/** A report opened at one version (the last one unless asked). */
export interface ReviewReportDetail {
  report: ReviewReportRow;
  /** The version shown. */
  versionNo: number;
  savedAt: string;
  savedBy: string;
  sections: ReviewSections;
  /** The figures as saved with this version. */
  savedFigures: ReviewFigures;
  /** The figures computed now from the records (may differ from the saved ones). */
  figures: ReviewFigures;
  /** The section headings and parts, in order. */
  sectionDefs: ReviewSectionDef[];
}

/** Fresh draft text for every section from the figures computed now (nothing saved). */
export interface ReviewRedraft {
  sections: ReviewSections;
  figures: ReviewFigures;
}
export type * from './meeting-public-types';
