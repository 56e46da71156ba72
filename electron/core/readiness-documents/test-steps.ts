/**
 * Office steps for the core's tests: the office and a ward as holders, reviews and practices as
 * the clerk enters them.
 */
import type { Core } from '../app-core';
import { call } from '../db/test-helpers';
import { createLocality } from '../localities/test-steps';
import type { ReadinessDocumentKind, ReadinessHolder, ReadinessPractice, ReadinessReview } from './public-types';

/** The seeded kinds: defence plan (every holder), and the map (office and wards only). */
export const DEFENCE_PLAN = '00000000-0000-4000-8026-000000000001';
export const BATTLE_MAP = '00000000-0000-4000-8026-000000000007';

export function kinds(core: Core): Promise<ReadinessDocumentKind[]> {
  return call<ReadinessDocumentKind[]>(core, 'readinessDocuments.kind.list', {});
}

/** The holders' sets are kept since 2020 unless a test says otherwise (the earliest period tested is 2023). */
export const KEPT_SINCE = '2020-01-01';

export function officeHolder(
  core: Core,
  name = 'Ban CHQS thành phố Bắc Kạn',
  activeFrom = KEPT_SINCE,
): Promise<ReadinessHolder> {
  return call<ReadinessHolder>(core, 'readinessDocuments.holder.create', { kind: 'office', name, activeFrom });
}

/** A ward and its military command as a holder. */
export async function wardHolder(
  core: Core,
  ward = 'Phường Đức Xuân',
  activeFrom = KEPT_SINCE,
): Promise<ReadinessHolder> {
  const locality = await createLocality(core, ward);
  return call<ReadinessHolder>(core, 'readinessDocuments.holder.create', {
    kind: 'locality',
    refId: locality.id,
    name: `Ban CHQS ${ward.replace('Phường', 'phường')}`,
    activeFrom,
  });
}

/** `review.createMany`: every listed kind found in `state` on `reviewedOn`. */
export function reviewAll(
  core: Core,
  holderId: string,
  kindIds: string[],
  reviewedOn: string,
  state = 'complete',
): Promise<ReadinessReview[]> {
  return call<ReadinessReview[]>(core, 'readinessDocuments.review.createMany', {
    holderId,
    reviewedOn,
    reviewer: 'Đại úy Hoàng Văn Tám – Trợ lý tác chiến',
    items: kindIds.map((kindId) => ({ kindId, state })),
  });
}

export function practise(core: Core, values: Record<string, unknown>): Promise<ReadinessPractice> {
  return call<ReadinessPractice>(core, 'readinessDocuments.practice.create', {
    kindId: DEFENCE_PLAN,
    status: 'done',
    participants: 25,
    rating: 'good',
    ...values,
  });
}
