import type { ApiOutput, ConscriptionRecordView, ConscriptionState } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';

export type CampaignDashboard = ApiOutput<'conscription.campaign.dashboard'>;
export type LocalityProgress = CampaignDashboard['localities'][number];
export type LegalPointKind = 'deferral' | 'exemption';

/** The states in the order of the office's year (the same order as the core's list). */
export const STATE_ORDER = Object.keys(vi.conscription.states) as ConscriptionState[];

export const stateOptions = STATE_ORDER.map((state) => ({ value: state, label: vi.conscription.states[state] }));

export const HEALTH_CLASS_OPTIONS = [1, 2, 3, 4, 5, 6].map((n) => ({
  value: n,
  label: format(vi.conscription.healthClassShort, { healthClass: n }),
}));

const STATE_COLORS: Partial<Record<ConscriptionState, string>> = {
  registration_barred: 'red',
  registration_exempt: 'volcano',
  screening_failed: 'orange',
  health_exam_failed: 'orange',
  political_review_failed: 'orange',
  screening_passed: 'cyan',
  health_exam_passed: 'cyan',
  political_review_passed: 'cyan',
  deferred: 'gold',
  exempted: 'purple',
  official_list: 'blue',
  reserve_list: 'geekblue',
  call_up_ordered: 'magenta',
  handed_over: 'green',
};

/**
 * The state as the office reads it for this citizen: where he goes to the police, his steps towards
 * it never say "nhập ngũ" (Art. 3(3) Luật NVQS).
 */
export function stateLabelOf(record: Pick<ConscriptionRecordView, 'state' | 'branch'>): string {
  const police = vi.conscription.policeStates;
  if (record.branch === 'police' && record.state in police) return police[record.state as keyof typeof police];
  return vi.conscription.states[record.state];
}

export function stateColor(state: ConscriptionState): string | undefined {
  return STATE_COLORS[state];
}

/** Stored codes are ASCII ('dd'); the law writes the letter đ. */
export function pointLetter(code: string): string {
  return code === 'dd' ? 'đ' : code;
}

export function pointOptions(kind: LegalPointKind) {
  const labels: Record<string, string> =
    kind === 'deferral' ? vi.conscription.deferralPoints : vi.conscription.exemptionPoints;
  return Object.entries(labels).map(([code, text]) => ({
    value: code,
    label: format(vi.conscription.step.pointOption, { letter: pointLetter(code), text }),
  }));
}

/** "Điểm g khoản 1 Điều 41" with its wording, for a deferred or exempted record; null otherwise. */
export function legalPointOf(
  record: Pick<ConscriptionRecordView, 'state' | 'legalPoint'>,
): { short: string; text: string } | null {
  if (!record.legalPoint) return null;
  const kind: LegalPointKind | null =
    record.state === 'deferred' ? 'deferral' : record.state === 'exempted' ? 'exemption' : null;
  if (!kind) return null;
  const labels: Record<string, string> =
    kind === 'deferral' ? vi.conscription.deferralPoints : vi.conscription.exemptionPoints;
  return {
    short: format(vi.conscription.legalPointShort[kind], { letter: pointLetter(record.legalPoint) }),
    text: labels[record.legalPoint] ?? '',
  };
}

/** "Tổ 7, Phường Đức Xuân": a village is never shown without its ward or commune. */
export function localityLabel(record: Pick<ConscriptionRecordView, 'localityName' | 'localityParentName'>): string {
  return record.localityName
    ? [record.localityName, record.localityParentName].filter(Boolean).join(', ')
    : vi.common.none;
}

export function handoverDatesLabel(start: string, end: string, show: (iso: string) => string): string {
  return start === end ? show(start) : `${show(start)} – ${show(end)}`;
}

const collator = new Intl.Collator('vi');

/**
 * The list's own order (ward/commune, then village, then Vietnamese name order:
 * given, middle, family name), so a selection gathered across pages is acted
 * on — and its call-up orders numbered — in the order the clerk sees.
 */
export function sortLikeList<T extends ConscriptionRecordView>(records: readonly T[]): T[] {
  const key = (r: T) => [
    r.localityParentName ?? r.localityName ?? '\uffff',
    r.localityName ?? '',
    r.givenName,
    r.middleName,
    r.familyName,
  ];
  return [...records].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i += 1) {
      const order = collator.compare(ka[i]!, kb[i]!);
      if (order !== 0) return order;
    }
    return 0;
  });
}
