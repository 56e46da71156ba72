import { App } from 'antd';
import { useState } from 'react';
import type { ApiInput } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { saveFile } from '../../shared/save-file';

type GenerateInput = ApiInput<'documents.generate'>;

/**
 * Builds a document in the core and hands it to the browser's download (the save dialog in
 * Electron). `busy` names the request running, so only its button spins.
 */
export function useGenerateDocument() {
  const [busy, setBusy] = useState<string | null>(null);
  const { message } = App.useApp();

  async function generate(key: string, input: GenerateInput) {
    setBusy(key);
    try {
      const file = await api('documents.generate', input);
      saveFile(file);
      message.success(format(vi.documents.forces.saved, { fileName: file.fileName, count: file.count }));
    } catch (error) {
      message.error((error as Error).message);
    } finally {
      setBusy(null);
    }
  }

  return { busy, generate };
}
