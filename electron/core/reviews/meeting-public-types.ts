/** The review meeting's and the download check's types the renderer may import (via public-types.ts). */
import type { ReviewPeriodKind, ReviewSectionKey } from './public-types';

/** The review meeting (Hội nghị sơ kết / tổng kết) of a period; one per period. */
export interface ReviewMeeting {
  id: string;
  periodKind: ReviewPeriodKind;
  from: string;
  to: string;
  heldOn: string;
  place: string;
  chairName: string;
  /** "Bí thư Thành ủy, Bí thư Đảng ủy Quân sự thành phố". */
  chairPosition: string;
  /** Thành phần, khách mời: one line each. */
  guests: string[];
  /** The tasks the meeting concluded (kết luận), one line each. */
  conclusions: string[];
  note: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** A report's meeting (null: none recorded yet) and the date its document takes when none is chosen. */
export interface ReviewMeetingOfReport {
  meeting: ReviewMeeting | null;
  /** The meeting's day if recorded, else the period's last day. */
  documentDate: string;
}

export interface ReviewCheckSection {
  key: ReviewSectionKey;
  heading: string;
}

export interface ReviewCheckFigure {
  key: string;
  /** "Tuyển quân năm 2023 – Giao quân / chỉ tiêu". */
  label: string;
  /** As saved with the last version; null: the figure did not exist then. */
  saved: string | null;
  /** As computed now; null: it no longer exists. */
  now: string | null;
}

/** What a download should warn about; every list empty: nothing to ask. */
export interface ReviewReportCheck {
  empty: ReviewCheckSection[];
  /** Still the program's draft (version 1's text, or a fresh redraft), or holding "…". */
  unedited: ReviewCheckSection[];
  changedFigures: ReviewCheckFigure[];
}
