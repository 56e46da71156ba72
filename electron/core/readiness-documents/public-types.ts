/** The readiness-documents feature's types the renderer may import (re-exported by api/contract.ts). */
import type {
  ReadinessHolderKind,
  ReadinessPracticeStatus,
  ReadinessState,
} from '../../../vocabulary/readiness-documents';
import type { ExerciseRating } from '../../../vocabulary/exercises';
import type { ListPage } from '../shared/list-page';

export type {
  ReadinessHolderKind,
  ReadinessPracticeStatus,
  ReadinessState,
} from '../../../vocabulary/readiness-documents';

/** A kind of readiness document and which holders must keep it. */
export interface ReadinessDocumentKind {
  id: string;
  name: string;
  forOffice: boolean;
  forLocality: boolean;
  forMilitia: boolean;
  sortOrder: number;
  /** The first day it is required; null: since always (the seeded kinds). */
  activeFrom: string | null;
  retiredOn: string | null;
  version: number;
}

/** An agency or unit that keeps a set of readiness documents. */
export interface ReadinessHolder {
  id: string;
  kind: ReadinessHolderKind;
  /** The locality (ward/commune) or militia unit it stands for; null for the office. */
  refId: string | null;
  name: string;
  sortOrder: number;
  /** The first day its set is kept; null: since always. */
  activeFrom: string | null;
  retiredOn: string | null;
  version: number;
}

/** One required document of a holder as of a date: its last review on or before it. */
export interface ReadinessDocumentCell {
  kindId: string;
  kindName: string;
  /** null: never reviewed by that date (counted as not held). */
  state: ReadinessState | null;
  reviewedOn: string | null;
  reviewer: string;
  note: string;
  /** Due for review: not complete, never reviewed, or last reviewed more than 12 months before. */
  due: boolean;
}

export interface ReadinessHolderRow {
  holder: ReadinessHolder;
  documents: ReadinessDocumentCell[];
  /** Every required document complete as of the date. */
  complete: boolean;
}

export type ReadinessOverviewPage = ListPage<ReadinessHolderRow> & { asOf: string };

export interface ReadinessReview {
  id: string;
  holderId: string;
  kindId: string;
  reviewedOn: string;
  reviewer: string;
  state: ReadinessState;
  note: string;
  createdAt: string;
}

export interface ReadinessPractice {
  id: string;
  holderId: string;
  holderName: string;
  kindId: string;
  kindName: string;
  status: ReadinessPracticeStatus;
  practisedOn: string;
  plannedAt: string;
  participants: number | null;
  rating: ExerciseRating | null;
  note: string;
  version: number;
}

export type ReadinessPracticePage = ListPage<ReadinessPractice>;
