/** The fixed vocabularies of militia units and memberships (the CHECK constraints of migration 0007). */
export const militiaLevels = [
  'team',
  'squad',
  'gun_crew',
  'boat',
  'platoon',
  'company',
  'sea_company',
  'battalion',
  'sea_battalion',
] as const;
export type MilitiaLevel = (typeof militiaLevels)[number];

export const militiaForces = ['militia', 'self_defence'] as const;
export type MilitiaForce = (typeof militiaForces)[number];

export const militiaComponents = [
  'on_the_spot',
  'mobile',
  'standing',
  'sea',
  'air_defence_artillery',
  'reconnaissance',
  'signals',
  'engineers',
  'chemical_defence',
  'medical',
] as const;
export type MilitiaComponent = (typeof militiaComponents)[number];

/** Art. 6 Luật DQTV: the specialist (chuyên môn) components. */
export const SPECIALIST_COMPONENTS: readonly MilitiaComponent[] = [
  'air_defence_artillery',
  'reconnaissance',
  'signals',
  'engineers',
  'chemical_defence',
  'medical',
];

export const militiaPositions = [
  'commander',
  'political_officer',
  'deputy_commander',
  'deputy_political_officer',
  'unit_leader',
  'deputy_unit_leader',
  'member',
] as const;
export type MilitiaPosition = (typeof militiaPositions)[number];

export const militiaEndReasons = ['term_completed', 'moved', 'health', 'enlisted', 'age', 'other'] as const;
export type MilitiaEndReason = (typeof militiaEndReasons)[number];

/** Age bands of the list filter, on today's date. */
export const militiaAgeBands = ['18-25', '26-35', '36-45', 'over45'] as const;
export type MilitiaAgeBand = (typeof militiaAgeBands)[number];
export const AGE_BAND_RANGES: Record<MilitiaAgeBand, readonly [number, number | null]> = {
  '18-25': [18, 25],
  '26-35': [26, 35],
  '36-45': [36, 45],
  over45: [46, null],
};
