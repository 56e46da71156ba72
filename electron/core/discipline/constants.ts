/** The forces whose members' breaches the office records. */
export const disciplineForces = ['militia', 'reserves'] as const;
export type DisciplineForce = (typeof disciplineForces)[number];

export const breachStatuses = ['reviewing', 'handled'] as const;
export type BreachStatus = (typeof breachStatuses)[number];

/**
 * How a breach was handled. 'reminder' (nhắc nhở, kiểm điểm) is the office's practice for a minor
 * breach and no disciplinary form; the others are disciplinary forms, each allowed only for the
 * people the texts name (see rules.ts).
 */
export const handlingForms = [
  'reminder',
  'reprimand',
  'warning',
  'rank_demotion',
  'demotion',
  'dismissal',
  'stripped',
] as const;
export type HandlingForm = (typeof handlingForms)[number];

/**
 * Art. 48(1) Luật Dân quân tự vệ 2019, Art. 8(1) Circular 75/2020/TT-BQP: a militia member
 * (chiến sĩ) is reprimanded, warned or stripped of the militia title.
 */
export const MILITIA_MEMBER_FORMS: readonly HandlingForm[] = ['reminder', 'reprimand', 'warning', 'stripped'];

/**
 * Art. 48(2) Luật Dân quân tự vệ 2019, Art. 8(2) Circular 75/2020/TT-BQP: a militia commander
 * (any position above chiến sĩ) may also be demoted or dismissed from the position.
 */
export const MILITIA_COMMANDER_FORMS: readonly HandlingForm[] = [
  'reminder',
  'reprimand',
  'warning',
  'demotion',
  'dismissal',
  'stripped',
];

/**
 * NOT VERIFIED against a text: the Reserve Forces Law 2019 was not read for a list of forms. The
 * program assumes that a reservist called up for training or mobilisation is disciplined as a
 * soldier of the Army (the Ministry of Defence's circular on discipline in the Army: reprimand,
 * warning, rank demotion, demotion, dismissal, stripping of the soldier's title), the common
 * practice of offices.
 */
export const RESERVIST_FORMS: readonly HandlingForm[] = [
  'reminder',
  'reprimand',
  'warning',
  'rank_demotion',
  'demotion',
  'dismissal',
  'stripped',
];
