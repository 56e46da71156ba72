import type { ApiContext } from '../api/context';
import { buildDocument } from './generate';
import type { GenerateInput, ProducedDocument } from './generate-schema';
import { registerDocument } from './register/register';
import { applyOfficeTemplate } from './templates/apply';

/**
 * `documents.generate`: the built-in document from the records, refilled into the office's own
 * template when it has one for the kind, then written into the register (sổ văn bản đi).
 */
export async function generateDocument(ctx: ApiContext, input: GenerateInput): Promise<ProducedDocument> {
  const built = await buildDocument(ctx, input);
  const templated = await applyOfficeTemplate(ctx, input, built);
  return registerDocument(ctx, input, templated.built, templated.templateId);
}
