import type { HealthSpecialty } from '../../../../vocabulary/health-exam';
import type { Person } from '../../people';
import type { ConscriptionState, RegistrationMethod, ServiceBranch } from '../states';
import type { RecordWarning } from './record-warnings';

/** The facts a record gathers along the year besides its state; a transition writes any of them. */
export interface RecordFacts {
  registeredOn: string | null;
  registrationCertificate: string;
  /** How the first registration was made (Art. 16 as amended by Law 98/2025/QH15); null = not recorded. */
  registrationMethod: RegistrationMethod | null;
  healthClass: number | null;
  healthNotes: string;
  /** The last exam's figures (Circular 68/2025/TT-BQP judges them); null = not recorded. */
  heightCm: number | null;
  weightKg: number | null;
  /** Dioptres, signed: negative = myopia, positive = hyperopia. */
  refractionRight: number | null;
  refractionLeft: number | null;
  /** A short note per specialty of the exam sheet; only the specialties with a note. */
  specialtyNotes: SpecialtyNotes;
  legalPoint: string | null;
  deferralYear: number | null;
  studyDeferral: boolean;
  orderNumber: number | null;
  orderDate: string | null;
  /** The day the order reached the citizen (at least MIN_NOTICE_DAYS = 15 days before the handover). */
  orderDeliveredOn: string | null;
  reportDate: string | null;
  reportTime: string;
  reportPlace: string;
  handedOverOn: string | null;
  receivingUnit: string;
  branch: ServiceBranch | null;
  reason: string;
}

export type SpecialtyNotes = Partial<Record<HealthSpecialty, string>>;

/**
 * One citizen's conscription record joined with what lists and documents need
 * from the people register (no retyping: the person's row is the source).
 */
export interface ConscriptionRecordView extends RecordFacts, Omit<Person, PersonOwnFields> {
  id: string;
  campaignId: string;
  personId: string;
  state: ConscriptionState;
  stateSince: string;
  /** Weight / height², one decimal (health-standards.ts bodyMassIndex); null without both figures. */
  bmi: number | null;
  version: number;
}

/** The person's fields a record does not carry (its id, version and dates are the record's own). */
type PersonOwnFields = 'id' | 'phone' | 'notes' | 'archivedAt' | 'createdAt' | 'updatedAt' | 'version';

/** A list row: the record and the rules' warnings about it as it stands. */
export interface ConscriptionRecordRow extends ConscriptionRecordView {
  warnings: RecordWarning[];
}

export interface ConscriptionTransition {
  id: string;
  fromState: ConscriptionState | null;
  toState: ConscriptionState;
  onDate: string;
  actor: string;
  note: string;
  documentNumber: string;
  details: Record<string, unknown>;
  isCorrection: boolean;
  /** Set when the step was undone (it stays in the history, marked, with the reason). */
  undoneAt: string | null;
  undoReason: string;
  createdAt: string;
}
