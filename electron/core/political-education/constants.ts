/** What a session is: political education, legal propaganda and dissemination, or a themed meeting. */
export const sessionKinds = ['political', 'legal', 'thematic'] as const;
export type SessionKind = (typeof sessionKinds)[number];

/**
 * Who the session was held for: a militia unit (its id from militia/), a reserve unit (by name), the
 * office's own staff, or the people of a ward/commune (its id from localities/) for public propaganda.
 */
export const unitKinds = ['militia', 'reserve', 'staff', 'locality'] as const;
export type UnitKind = (typeof unitKinds)[number];

/** The unit kinds whose unit is picked from a register (an id); the others are named only. */
export const UNIT_KINDS_WITH_ID: readonly UnitKind[] = ['militia', 'locality'];

/**
 * The standard topics an office picks from (a session may also have none: its free-text topic says
 * it). `renewal` marks the contents counted under the project "Đổi mới công tác giáo dục chính trị
 * tại đơn vị trong giai đoạn mới". The project's own list of contents could not be read from an
 * official text: the program assumes its political-ideological contents (Party resolutions, Hồ Chí
 * Minh's thought, fighting "peaceful evolution", sovereignty, tradition, the local political task)
 * and not the law-dissemination topics, which are counted as legal propaganda instead.
 */
export const standardTopics = {
  party_resolution: { renewal: true },
  ho_chi_minh: { renewal: true },
  peaceful_evolution: { renewal: true },
  sovereignty: { renewal: true },
  tradition: { renewal: true },
  local_situation: { renewal: true },
  militia_law: { renewal: false },
  military_service_law: { renewal: false },
  reserve_law: { renewal: false },
  defence_law: { renewal: false },
} as const;
export type StandardTopic = keyof typeof standardTopics;
export const standardTopicKeys = Object.keys(standardTopics) as [StandardTopic, ...StandardTopic[]];
export const RENEWAL_TOPICS: readonly StandardTopic[] = standardTopicKeys.filter((k) => standardTopics[k].renewal);
