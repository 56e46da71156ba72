/** The militia feature's types the renderer may import (re-exported by api/contract.ts). */
import type { Person } from '../people';
import type { ListPage } from '../shared/list-page';
import type {
  MilitiaComponent,
  MilitiaDecisionKind,
  MilitiaDecisionPoint,
  MilitiaEndReason,
  MilitiaForce,
  MilitiaLevel,
  MilitiaPosition,
} from './constants';
import type { ExtensionGround } from './rules';

export type {
  MilitiaAgeBand,
  MilitiaComponent,
  MilitiaDecisionKind,
  MilitiaDecisionPoint,
  MilitiaEndReason,
  MilitiaForce,
  MilitiaLevel,
  MilitiaPosition,
} from './constants';

export interface MilitiaUnit {
  id: string;
  parentId: string | null;
  localityId: string | null;
  localityName: string | null;
  agency: string;
  name: string;
  level: MilitiaLevel;
  force: MilitiaForce;
  component: MilitiaComponent;
  notes: string;
  retiredOn: string | null;
  version: number;
}

/** A unit in the tree, with active member counts: its own, and with all its sub-units. */
export interface MilitiaUnitNode extends MilitiaUnit {
  members: number;
  totalMembers: number;
  children: MilitiaUnitNode[];
}

/** The units of one ward/commune (militia) or one agency (self-defence). */
export interface MilitiaUnitGroup {
  key: string;
  localityId: string | null;
  agency: string;
  name: string;
  members: number;
  units: MilitiaUnitNode[];
}

export interface MilitiaWarning {
  code: string;
  message: string;
}

export interface MilitiaMember {
  id: string;
  personId: string;
  fullName: string;
  birthDate: string;
  sex: 'M' | 'F';
  citizenId: string | null;
  /** Where the person lives (village and ward), as on today's date. */
  homeName: string | null;
  unitId: string;
  unitName: string;
  unitLevel: MilitiaLevel;
  force: MilitiaForce;
  component: MilitiaComponent;
  /** The unit's ward/commune, or its agency. */
  placeName: string;
  position: MilitiaPosition;
  startedOn: string;
  termEndsOn: string;
  extendedUntil: string | null;
  /** Art. 8(2) Luật DQTV: why this member may be extended beyond 2 years (null: ordinary member), and the last day allowed. */
  extensionGround: ExtensionGround;
  extensionMaxDate: string;
  volunteer: boolean;
  partyMember: boolean;
  youthUnion: boolean;
  endedOn: string | null;
  endReason: MilitiaEndReason | null;
  notes: string;
  age: number;
  /**
   * Art. 8(1) Luật DQTV: the last age this member may serve to ("đến hết {maxAge} tuổi"; the
   * volunteer's when they volunteered) and the first day past it, so a badge can say which limit.
   */
  maxAge: number;
  ageLimitDate: string;
  warnings: MilitiaWarning[];
  version: number;
}

export type MilitiaMemberPage = ListPage<MilitiaMember>;

export interface LocalityPopulation {
  localityId: string;
  localityName: string;
  year: number;
  population: number | null;
}

export interface MilitiaFigures {
  population: number | null;
  members: number;
  militia: number;
  selfDefence: number;
  /** Members per population, in %, 2 decimals (in the totals: of the places whose population is known). */
  share: number | null;
  partyMembers: number;
  /** Party members per members, in %, 2 decimals. */
  partyShare: number | null;
  youthUnion: number;
  standing: number;
  mobile: number;
  onTheSpot: number;
  sea: number;
  specialist: number;
  women: number;
  termEndingSoon: number;
  pastAgeLimit: number;
}

export interface MilitiaSummary {
  asOf: string;
  populationYear: number;
  totals: MilitiaFigures;
  localities: Array<MilitiaFigures & { localityId: string; localityName: string }>;
  /** Self-defence in agencies. */
  agencies: MilitiaFigures;
}

/** A decision deferring or exempting a person from militia duty (Art. 11 Luật DQTV). */
export interface MilitiaDecision {
  id: string;
  personId: string;
  fullName: string;
  birthDate: string;
  sex: 'M' | 'F';
  citizenId: string | null;
  kind: MilitiaDecisionKind;
  point: MilitiaDecisionPoint;
  decidedOn: string;
  decidedBy: string;
  /** A deferral's last day; null for an exemption (it has no end). */
  validUntil: string | null;
  notes: string;
  version: number;
}

export type MilitiaDecisionPage = ListPage<MilitiaDecision>;

/** A person offered to a unit, with whether they fit: of the unit's locality (null: the unit has none), of age. */
export type MilitiaCandidate = Person & { local: boolean | null; ofAge: boolean };

export type MilitiaCandidatePage = ListPage<MilitiaCandidate>;
