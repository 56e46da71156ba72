import { defineMethod } from '../kernel/method';
import { listImportBatches, undoImportBatch } from './batch-service';
import { commitImport, inspectImport, previewImport } from './people-import';
import { sampleWorkbook } from './sample';
import {
  importBatchListInput,
  importBatchUndoInput,
  importCommitInput,
  importInspectInput,
  importPreviewInput,
  importSampleInput,
} from './schema';

/** The import feature's API methods (spread into api/contract.ts): people, conscription records, militia members, reservists. */
export const importApi = {
  'import.inspect': defineMethod(importInspectInput, (_ctx, input) => inspectImport(input)),
  'import.preview': defineMethod(importPreviewInput, previewImport),
  'import.commit': defineMethod(importCommitInput, commitImport),
  'import.batch.list': defineMethod(importBatchListInput, listImportBatches),
  'import.batch.undo': defineMethod(importBatchUndoInput, undoImportBatch),
  'import.sample': defineMethod(importSampleInput, (_ctx, input) => sampleWorkbook(input.target)),
};
