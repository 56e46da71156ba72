/** The political education feature's types the renderer may import (re-exported by api/contract.ts). */
import type { ListPage } from '../shared/list-page';
import type { SessionKind, StandardTopic, UnitKind } from './constants';

export type { SessionKind, StandardTopic, UnitKind } from './constants';

/** One political education / legal propaganda session. */
export interface PoliticalSession {
  id: string;
  heldOn: string;
  kind: SessionKind;
  unitKind: UnitKind;
  unitId: string | null;
  unitName: string;
  topic: string;
  standardTopic: StandardTopic | null;
  /** The standard topic is one of the renewal project's contents. */
  renewal: boolean;
  presenter: string;
  planned: number;
  present: number;
  note: string;
  version: number;
}

export type PoliticalSessionPage = ListPage<PoliticalSession>;

/** Sessions and attendance of one unit over a range. */
export interface PoliticalUnitFigures {
  unitKind: UnitKind;
  unitId: string | null;
  unitName: string;
  sessions: number;
  planned: number;
  present: number;
}

/** Sessions and attendance over a range: in total, per kind, under the renewal project, per unit. */
export interface PoliticalEducationFigures {
  sessions: number;
  planned: number;
  present: number;
  byKind: Record<SessionKind, number>;
  renewal: number;
  byUnit: PoliticalUnitFigures[];
}
