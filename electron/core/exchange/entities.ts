/**
 * What an upward bundle carries (issue 20 §2), one NDJSON file per entity: `data/<entity>.ndjson`.
 * Each entity is one table of the sender's database, and a row's `data` is that table's row as
 * stored (column names as in the schema of the sender's `schemaVersion`), so the format follows the
 * schema without a second mapping to keep in step. Files (document_register_files) and secrets
 * (accounts, keys, audit) never travel.
 *
 * The order matters on the receiving side only for reading: parents before children.
 */
export const upwardEntities = {
  localities: 'localities',
  locality_names: 'locality_names',
  // A receiver's militia share per locality (issue 20 §3) needs the populations the office entered.
  locality_populations: 'locality_populations',
  people: 'people',
  conscription_campaigns: 'conscription_campaigns',
  conscription_quotas: 'conscription_quotas',
  conscription_records: 'conscription_records',
  conscription_transitions: 'conscription_transitions',
  militia_units: 'militia_units',
  militia_memberships: 'militia_memberships',
  militia_decisions: 'militia_decisions',
  reserve_units: 'reserve_units',
  reserve_slots: 'reserve_slots',
  reservists: 'reservists',
  reserve_assignments: 'reserve_assignments',
  exercises: 'exercises',
  exercise_units: 'exercise_units',
  training_courses: 'training_courses',
  training_participants: 'training_participants',
  duty_shifts: 'duty_shifts',
  duty_incidents: 'duty_incidents',
  patrols: 'patrols',
  policy_cases: 'policy_cases',
  policy_returnees: 'policy_returnees',
  policy_family_supports: 'policy_family_supports',
  political_sessions: 'political_sessions',
  defence_education_courses: 'defence_education_courses',
  defence_education_participants: 'defence_education_participants',
  document_register: 'document_register',
} as const;
export type UpwardEntity = keyof typeof upwardEntities;
export const upwardEntityNames = Object.keys(upwardEntities) as UpwardEntity[];

/**
 * Lines that are not table rows: the sender's own computed figures (the half-year review's, so the
 * receiver sums what each office reported), the answers to corrections and decisions (upward), and
 * corrections and conflict decisions (downward). Their shapes: format/lines.ts.
 */
export const messageFiles = {
  review_figures: 'review_figures',
  answers: 'answers',
  corrections: 'corrections',
  decisions: 'decisions',
} as const;
export type MessageFile = keyof typeof messageFiles;

export type BundleFileName = UpwardEntity | MessageFile;
export const bundleFileNames = [...upwardEntityNames, ...(Object.keys(messageFiles) as MessageFile[])];

/** The path of an entity's file inside the zip. */
export function dataPath(name: BundleFileName): string {
  return `data/${name}.ndjson`;
}
