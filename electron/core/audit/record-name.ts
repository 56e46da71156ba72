/**
 * The SQL that names the record an audit row is about, so the trail shows "Nguyễn Thị Lan" or
 * "Diễn tập phòng thủ phường Đức Xuân" instead of a UUID. Evaluated per row of the page only
 * (correlated subqueries in the select list run after LIMIT), from the record as it is today;
 * a deleted record falls back to the name its own snapshot in the row carried.
 */
const FULL_NAME = `TRIM(p.family_name || ' ' || CASE WHEN p.middle_name = '' THEN '' ELSE p.middle_name || ' ' END || p.given_name)`;

/** Record types whose table points at a person: the person's name names the record. */
const PERSON_TABLES: Record<string, string> = {
  person: 'people',
  conscription_record: 'conscription_records',
  militia_membership: 'militia_memberships',
  militia_decision: 'militia_decisions',
  reservist: 'reservists',
  training_participant: 'training_participants',
  defence_education_participant: 'defence_education_participants',
  staff_member: 'staff_members',
  policy_family_support: 'policy_family_supports',
  policy_returnee: 'policy_returnees',
  policy_case: 'policy_cases',
  discipline_breach: 'discipline_breaches',
};

/** Record types with their own name or title column. */
const TITLED_TABLES: Record<string, [table: string, column: string]> = {
  militia_unit: ['militia_units', 'name'],
  reserve_unit: ['reserve_units', 'name'],
  military_specialty: ['military_specialties', 'name'],
  exercise: ['exercises', 'title'],
  training_course: ['training_courses', 'title'],
  defence_education_course: ['defence_education_courses', 'title'],
  conscription_campaign: ['conscription_campaigns', 'title'],
  account: ['accounts', 'display_name'],
  readiness_holder: ['readiness_holders', 'name'],
};

function personName(table: string, alias: string): string {
  const personId = table === 'people' ? 'x.id' : 'x.person_id';
  return `(SELECT ${FULL_NAME} FROM ${table} x JOIN people p ON p.id = ${personId} WHERE x.id = ${alias}.entity_id)`;
}

/** The snapshot's own name fields, for records without a lookup or no longer there. */
function snapshotName(alias: string): string {
  const snap = `COALESCE(${alias}.after_json, ${alias}.before_json)`;
  return ['fullName', 'personName', 'subjectName', 'title', 'name', 'typeName', 'kindName']
    .map((key) => `json_extract(${snap}, '$.${key}')`)
    .join(', ');
}

/** `… AS record_name` for a query over `audit_log ${alias}`; table and column names are fixed text. */
export function recordNameSql(alias: string): string {
  const branches = [
    ...Object.entries(PERSON_TABLES).map(([entity, table]) => `WHEN '${entity}' THEN ${personName(table, alias)}`),
    ...Object.entries(TITLED_TABLES).map(
      ([entity, [table, column]]) =>
        `WHEN '${entity}' THEN (SELECT ${column} FROM ${table} WHERE id = ${alias}.entity_id)`,
    ),
    `WHEN 'locality' THEN (SELECT name FROM locality_names WHERE locality_id = ${alias}.entity_id AND valid_to IS NULL)`,
  ];
  const lookup = `CASE ${alias}.entity ${branches.join(' ')} END`;
  // json_valid guards a row whose snapshot is not an object (json_extract would throw on bad JSON).
  return `COALESCE(${lookup}, CASE WHEN json_valid(COALESCE(${alias}.after_json, ${alias}.before_json)) THEN COALESCE(${snapshotName(alias)}) END) AS record_name`;
}
