import type { ApiContext } from '../api/context';
import { ApiError } from '../api/errors';
import type { BuiltDocument, GenerateInput } from '../documents/generate-schema';
import type { OfficeProfile, Signer } from '../office/schema';
import type { IsoDate } from '../shared/dates';

/** Builds the review report's .docx (kind 'review.report') from a saved report. */
export async function generateReviewDocument(
  _ctx: ApiContext,
  _input: GenerateInput,
  _context: { office: OfficeProfile; signer: Signer; date: IsoDate },
): Promise<BuiltDocument> {
  throw ApiError.of('NOT_FOUND');
}
