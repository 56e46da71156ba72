/** The policy feature's types the renderer may import (re-exported by api/contract.ts). */
import type { ListPage } from '../shared/list-page';

export type { FamilySupportKind, PolicyCaseKind, PolicyOutcome, ReturneeSupportKind } from '../../../vocabulary/policy';
import type { FamilySupportKind, PolicyCaseKind, PolicyOutcome, ReturneeSupportKind } from '../../../vocabulary/policy';

/** The person a record is about, as the register has him, with the year he was handed over (if he was). */
export interface PolicyPerson {
  personId: string;
  fullName: string;
  birthDate: string;
  /** The campaign year of his latest handover to the army or police; null when never handed over here. */
  handoverYear: number | null;
}

/** One support to the family of a serving conscript. */
export interface FamilySupport extends PolicyPerson {
  id: string;
  supportOn: string;
  kind: FamilySupportKind;
  /** Đồng; null for a visit without money. */
  amount: number | null;
  giver: string;
  note: string;
  version: number;
}

export interface ReturneeSupport {
  kind: ReturneeSupportKind;
  supportOn: string;
  note: string;
}

/** A soldier discharged and back at the locality. */
export interface Returnee extends PolicyPerson {
  id: string;
  dischargedOn: string;
  returnedOn: string;
  reserveRegisteredOn: string | null;
  /** The last day to register for the reserves (15 working days after the return; see policy/rules.ts). */
  registrationDeadline: string;
  /** Registered late, or not registered and the deadline has passed (as of today): the warning, cited. */
  registrationWarning: string | null;
  note: string;
  supports: ReturneeSupport[];
  version: number;
}

/** Another policy case: a person of the register or a typed name. */
export interface PolicyCase {
  id: string;
  personId: string | null;
  /** The register's name when the case points at a person, else the name as typed. */
  subjectName: string;
  birthDate: string | null;
  kind: PolicyCaseKind;
  receivedOn: string;
  decisionNumber: string;
  decisionOn: string | null;
  outcome: PolicyOutcome;
  resolvedOn: string | null;
  note: string;
  version: number;
}

export type FamilySupportPage = ListPage<FamilySupport>;
export type ReturneePage = ListPage<Returnee>;
export type PolicyCasePage = ListPage<PolicyCase>;

/** A person the soldier picker offers. */
export type PolicySoldierOption = PolicyPerson;

/** The policy work's figures over a date range (inclusive), for the review report. */
export interface PolicyFigures {
  casesHandled: number;
  casesResolved: number;
  casesIneligible: number;
  families: number;
  amount: number;
  visitsGifts: number;
  returnees: number;
  registeredInTime: number;
  jobSupports: number;
}
