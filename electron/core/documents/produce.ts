import type { ApiContext } from '../kernel/context';
import { buildDocument } from './generate';
import type { GenerateInput, ProducedDocument } from './generate-schema';
import { assertNumberFree, expectedTypeCode, skipUsedNumbers } from './register/numbers';
import { registerDocument, type RegisterOptions } from './register/register';
import { localIsoDate } from '../shared/dates';
import { applyOfficeTemplate } from './templates/apply';

/**
 * `documents.generate`: the built-in document from the records, refilled into the office's own
 * template when it has one for the kind, then written into the register (sổ văn bản đi).
 */
export async function generateDocument(
  ctx: ApiContext,
  input: GenerateInput,
  options: RegisterOptions = {},
): Promise<ProducedDocument> {
  // A number typed by hand that the register already holds is refused before any work is done;
  // the counter steps over numbers already issued, so the number it gives is a free one.
  const typeCode = expectedTypeCode(input.kind);
  if (input.format === 'docx' && typeCode) {
    const year = Number((input.date ?? localIsoDate(ctx.now())).slice(0, 4));
    if (typeof input.number === 'number') assertNumberFree(ctx, year, typeCode, input.number);
    else if (input.number === undefined) skipUsedNumbers(ctx, year, typeCode);
  }
  const built = await buildDocument(ctx, input);
  const templated = await applyOfficeTemplate(ctx, input, built);
  return registerDocument(ctx, input, templated.built, templated.templateId, options);
}
