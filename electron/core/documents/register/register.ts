import type { ApiContext } from '../../api/context';
import type { BuiltDocument, GenerateInput, ProducedDocument } from '../generate-schema';

/** Writes a produced .docx into the register (sổ văn bản đi). */
export function registerDocument(
  _ctx: ApiContext,
  _input: GenerateInput,
  built: BuiltDocument,
  templateId: string | null,
): ProducedDocument {
  const { snapshot: _snapshot, ...file } = built;
  return { ...file, registerId: null, templateId };
}
