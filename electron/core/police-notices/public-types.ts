/** The police-notices feature's types the renderer may import (re-exported by api/contract.ts). */
import type { ListPage } from '../shared/list-page';
import type { PoliceEventKind } from './schema';

export type { PoliceEventKind } from './schema';

/** Why a "moved away" line needs the office's attention: the person is on one of its other registers. */
export type PoliceLineFlag = 'conscription' | 'militia' | 'reserves';

export interface PoliceNoticeLine {
  id: string;
  personId: string | null;
  /** The register's name when the line points at a person, else the name as the police wrote it. */
  fullName: string;
  birthDate: string | null;
  idNumber: string;
  kind: PoliceEventKind;
  eventOn: string;
  note: string;
  flags: PoliceLineFlag[];
}

/** A notice as the list shows it. */
export interface PoliceNoticeRow {
  id: string;
  year: number;
  quarter: 1 | 2 | 3 | 4;
  receivedOn: string;
  sender: string;
  reference: string;
  lineCount: number;
  version: number;
}

export interface PoliceNotice extends PoliceNoticeRow {
  lines: PoliceNoticeLine[];
  /** Warnings on the notice as a whole (a notice received before the duty existed), cited. */
  warnings: string[];
  createdAt: string;
  updatedAt: string;
}

export type PoliceNoticePage = ListPage<PoliceNoticeRow>;

/**
 * One quarter of the overview: `received` (at least one notice), `missing` (ended, required, none
 * received), `upcoming` (not ended yet), `notRequired` (ended before the duty existed).
 */
export interface PoliceQuarterStatus {
  quarter: 1 | 2 | 3 | 4;
  status: 'received' | 'missing' | 'upcoming' | 'notRequired';
  noticeCount: number;
}
