/**
 * The receiving side's tables as Kysely sees them (migrations 0033 and 0035). One interface for
 * both engines: SQLite here, PostgreSQL on the province's server. Columns are TEXT (string),
 * INTEGER (number; 0/1 for flags) and REAL (number) only.
 */

interface Stamps {
  id: string;
  created_at: string;
  updated_at: string;
  version: number;
}

interface Projected extends Stamps {
  origin_code: string;
  gid: string;
}

export interface XRowsTable extends Stamps {
  origin_code: string;
  entity: string;
  gid: string;
  row_version: number;
  deleted: number;
  data: string | null;
  bundle_seq: number;
}

export interface XLocalitiesTable extends Projected {
  kind: string;
  parent_gid: string | null;
  unit_code: string | null;
}
export interface XLocalityNamesTable extends Projected {
  locality_gid: string;
  name: string;
  valid_from: string;
  valid_to: string | null;
}
export interface XPopulationsTable extends Projected {
  locality_gid: string;
  year: number;
  population: number;
}
export interface XPeopleTable extends Projected {
  citizen_id: string | null;
  full_name: string;
  search_text: string;
  sort_key: string;
  birth_date: string;
  sex: string;
  locality_gid: string | null;
  archived: number;
}
export interface XCampaignsTable extends Projected {
  year: number;
}
export interface XQuotasTable extends Projected {
  campaign_gid: string;
  locality_gid: string;
  army: number;
  police: number;
}
export interface XConscriptionTable extends Projected {
  person_gid: string;
  campaign_gid: string;
  state: string;
  branch: string | null;
}
export interface XMilitiaUnitsTable extends Projected {
  locality_gid: string | null;
  name: string;
  retired: number;
}
export interface XMilitiaTable extends Projected {
  person_gid: string;
  unit_gid: string;
  active: number;
}
export interface XReserveUnitsTable extends Projected {
  name: string;
  kind: string;
  retired: number;
}
export interface XReserveSlotsTable extends Projected {
  unit_gid: string;
  required: number;
}
export interface XReservistsTable extends Projected {
  person_gid: string;
  removed: number;
}
export interface XReserveAssignmentsTable extends Projected {
  reservist_gid: string;
  slot_gid: string;
  active: number;
}
export interface XExercisesTable extends Projected {
  year: number;
  status: string;
  level: string;
}
export interface XTrainingTable extends Projected {
  year: number;
  status: string;
  target: string;
}

export interface XFiguresTable extends Stamps {
  origin_code: string;
  period: string;
  key: string;
  value: number;
  bundle_seq: number;
}

export type ConflictStatus = 'open' | 'decided' | 'sent' | 'acknowledged';
export interface XConflictsTable extends Stamps {
  citizen_id: string;
  records_json: string;
  status: ConflictStatus;
  outcome: 'belongs_to' | 'different_people' | null;
  keeper_origin: string | null;
  note: string;
  decided_by: string | null;
  decided_at: string | null;
}
export interface XConflictPartiesTable extends Stamps {
  conflict_id: string;
  origin_code: string;
  person_gid: string;
  sent_in_seq: number | null;
  acknowledged_at: string | null;
}

export type CorrectionStatus = 'draft' | 'sent' | 'accepted' | 'rejected';
export interface XCorrectionsTable extends Stamps {
  target_origin: string;
  entity: string;
  gid: string;
  field: string;
  old_value: string;
  new_value: string;
  reason: string;
  author: string;
  status: CorrectionStatus;
  answer_reason: string;
  answered_by: string | null;
  answered_at: string | null;
  sent_in_seq: number | null;
}

export interface ExchangeIdentityTable extends Stamps {
  office_code: string;
  office_name: string;
  office_kind: string;
  public_key: string;
  private_key: string;
  retired_at: string | null;
}
export interface ExchangePartnersTable extends Stamps {
  role: 'sender' | 'recipient';
  office_code: string;
  office_name: string;
  office_kind: string;
  removed_at: string | null;
}
export interface ExchangePartnerKeysTable extends Stamps {
  partner_id: string;
  public_key: string;
  fingerprint: string;
  revoked_at: string | null;
  revoke_reason: string | null;
  revoked_by: string | null;
}
export interface ExchangeBundlesTable extends Stamps {
  direction: 'in' | 'out';
  flow: 'up' | 'down';
  partner_id: string;
  seq: number;
  manifest_hash: string;
  prev_hash: string | null;
  file_hash: string;
  ack: number;
  full: number;
  period_from: string | null;
  period_to: string;
  counts_json: string;
  file_name: string;
  register_entry_id: string | null;
  actor: string;
}
export interface ExchangeBundleFilesTable extends Stamps {
  bundle_id: string;
  bytes: Uint8Array;
}

/** The tables the projections fill, by name (projections.ts maps entities to them). */
export interface ProjectionTables {
  x_localities: XLocalitiesTable;
  x_locality_names: XLocalityNamesTable;
  x_populations: XPopulationsTable;
  x_people: XPeopleTable;
  x_campaigns: XCampaignsTable;
  x_quotas: XQuotasTable;
  x_conscription: XConscriptionTable;
  x_militia_units: XMilitiaUnitsTable;
  x_militia: XMilitiaTable;
  x_reserve_units: XReserveUnitsTable;
  x_reserve_slots: XReserveSlotsTable;
  x_reservists: XReservistsTable;
  x_reserve_assignments: XReserveAssignmentsTable;
  x_exercises: XExercisesTable;
  x_training: XTrainingTable;
}

export interface ReceivingDb extends ProjectionTables {
  x_rows: XRowsTable;
  x_figures: XFiguresTable;
  x_conflicts: XConflictsTable;
  x_conflict_parties: XConflictPartiesTable;
  x_corrections: XCorrectionsTable;
  exchange_identity: ExchangeIdentityTable;
  exchange_partners: ExchangePartnersTable;
  exchange_partner_keys: ExchangePartnerKeysTable;
  exchange_bundles: ExchangeBundlesTable;
  exchange_bundle_files: ExchangeBundleFilesTable;
}
