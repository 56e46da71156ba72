import { api } from '../../api/client';
import type { WordRequest } from '../documents/DocumentActions';

/**
 * The request once the core has accepted it (documents.issuePlan reads and checks it, using
 * nothing): a dialog's refusals (a missing exam place, nobody to summon) show on its own fields
 * before the document's actions are offered.
 */
export async function checked(request: WordRequest): Promise<WordRequest> {
  await api('documents.issuePlan', { ...request, format: 'docx' });
  return request;
}
