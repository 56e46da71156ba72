import { useState } from 'react';
import type { ApiInput, ProducedDocument } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { saveFile } from '../../shared/save-file';
import { useApiAction } from '../../shared/use-api-action';

type GenerateInput = ApiInput<'documents.generate'>;

/**
 * Builds a document in the core and hands it to the browser's download (the save dialog in
 * Electron). `busy` names the request running, so only its button spins; `generate` resolves with
 * the document made (its register entry), or undefined when the core refused (the refusal shown).
 * `saved`: the success message, with {fileName} and {count}.
 */
export function useGenerateDocument(saved: string = vi.documents.forces.saved) {
  const [key, setKey] = useState<string | null>(null);
  const action = useApiAction((input: GenerateInput) => api('documents.generate', input), {
    success: (file) => format(saved, { fileName: file.fileName, count: file.count }),
    onSuccess: saveFile,
  });

  async function generate(requestKey: string, input: GenerateInput): Promise<ProducedDocument | undefined> {
    setKey(requestKey);
    try {
      return await action.run(input);
    } finally {
      setKey(null);
    }
  }

  return { busy: key, generate };
}
