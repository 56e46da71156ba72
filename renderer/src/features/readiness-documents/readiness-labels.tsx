import { Tag } from 'antd';
import type { ReadinessState } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';

const t = vi.readinessDocuments;

const COLOURS: Record<ReadinessState, string> = { complete: 'green', needs_revision: 'gold', missing: 'red' };

/** A document's state as a coloured tag; a document never reviewed shows so in grey. */
export function StateTag({ state }: { state: ReadinessState | null }) {
  return state === null ? <Tag>{t.notReviewed}</Tag> : <Tag color={COLOURS[state]}>{t.states[state]}</Tag>;
}
