import type { ConscriptionState } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import type { LegalPointKind } from './record-labels';

/** A bulk action on the citizens list: the state it moves to and what its dialog asks for. */
export interface StepAction {
  to: ConscriptionState;
  label: string;
  /** Refusals of screening and political review, and removals, must say why. */
  needsReason?: boolean;
  legalPoint?: LegalPointKind;
  /** Call-up orders: report date, time and place; the core numbers them. */
  callUp?: boolean;
  /** The official list and the order may record the branch (army or police) the citizen goes to. */
  branch?: boolean;
}

function action(to: ConscriptionState, extra: Omit<StepAction, 'to' | 'label'> = {}): StepAction {
  return { to, label: vi.conscription.actions[to as keyof typeof vi.conscription.actions], ...extra };
}

/** The year's main steps, shown as buttons in the order the office works. */
export const MAIN_ACTIONS: readonly StepAction[] = [
  action('political_review_passed'),
  action('political_review_failed', { needsReason: true }),
  action('official_list', { branch: true }),
  action('reserve_list'),
  action('call_up_ordered', { callUp: true, branch: true }),
  action('deferred', { legalPoint: 'deferral' }),
  action('exempted', { legalPoint: 'exemption' }),
  action('removed', { needsReason: true }),
];

/** Less frequent steps, in a menu. */
export const OTHER_ACTIONS: readonly StepAction[] = [
  action('screening_passed'),
  action('screening_failed', { needsReason: true }),
  action('pool'),
];
