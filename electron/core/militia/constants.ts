/**
 * The fixed vocabularies of militia units and memberships (the CHECK constraints of migration 0007):
 * the codes and labels are the shared vocabulary's (vocabulary/militia.ts); the groupings the rules
 * use are here.
 */
import type { MilitiaComponent } from '../../../vocabulary/militia';

export {
  militiaComponents,
  militiaDecisionKinds,
  militiaDecisionPoints,
  militiaDeferralPoints,
  militiaExemptionPoints,
  type MilitiaDecisionKind,
  type MilitiaDecisionPoint,
  militiaEndReasons,
  militiaForces,
  militiaLevels,
  militiaPositions,
  type MilitiaComponent,
  type MilitiaEndReason,
  type MilitiaForce,
  type MilitiaLevel,
  type MilitiaPosition,
} from '../../../vocabulary/militia';

/** Art. 6 Luật DQTV: the specialist (chuyên môn) components. */
export const SPECIALIST_COMPONENTS: readonly MilitiaComponent[] = [
  'air_defence_artillery',
  'reconnaissance',
  'signals',
  'engineers',
  'chemical_defence',
  'medical',
];

/** Age bands of the list filter, on today's date. */
export const militiaAgeBands = ['18-25', '26-35', '36-45', 'over45'] as const;
export type MilitiaAgeBand = (typeof militiaAgeBands)[number];
export const AGE_BAND_RANGES: Record<MilitiaAgeBand, readonly [number, number | null]> = {
  '18-25': [18, 25],
  '26-35': [26, 35],
  '36-45': [36, 45],
  over45: [46, null],
};
