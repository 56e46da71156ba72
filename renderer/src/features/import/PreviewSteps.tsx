import { Alert, App, Button, Flex, Spin } from 'antd';
import { useState } from 'react';
import type {
  ApiInput,
  ImportCommitResult,
  ImportDuplicateMode,
  ImportPreview,
} from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { useApiQuery } from '../../shared/use-api-query';
import { CheckStep, type PreviewFilter } from './CheckStep';
import { CommitStep } from './CommitStep';
import { canCreateLocality, CreateLocalityDialog } from './CreateLocalityDialog';
import type { PickedFile } from './FileStep';
import type { ImportField, ImportTarget, TextEncoding, UnknownLocality } from './import-fields';
import { MappingStep } from './MappingStep';

/** The user's changes over the core's proposal; sent with every preview and with the commit. */
export interface ImportChoices {
  mapping: Record<string, ImportField | null>;
  encodings: Record<string, TextEncoding>;
  duplicateMode: ImportDuplicateMode;
  skipRows: number[];
}

export const FRESH_CHOICES: ImportChoices = { mapping: {}, encodings: {}, duplicateMode: 'skip', skipRows: [] };

interface View {
  filter: PreviewFilter;
  page: number;
  pageSize: number;
}

const FIRST_PAGE: View = { filter: 'all', page: 1, pageSize: 20 };

/**
 * Steps 2–4, all driven by one `import.preview` query: every change (mapping, encoding, skipped
 * rows, duplicate rule, filter, page) asks the core again; paging happens in the core.
 */
export function PreviewSteps({
  picked,
  sheet,
  target,
  extra,
  step,
  choices,
  onChoices,
  onStep,
  onDone,
}: {
  picked: PickedFile;
  sheet: string | undefined;
  target: ImportTarget;
  extra: Record<string, unknown> | undefined;
  step: 1 | 2 | 3;
  choices: ImportChoices;
  onChoices(choices: ImportChoices): void;
  onStep(step: number): void;
  onDone(result: ImportCommitResult): void;
}) {
  const { message } = App.useApp();
  const [view, setView] = useState<View>(FIRST_PAGE);
  const [creating, setCreating] = useState<UnknownLocality | null>(null);
  const localities = useApiQuery('localities.list', {});
  const analysis = {
    token: picked.inspected.token,
    ...(sheet === undefined ? {} : { sheet }),
    target,
    ...extra,
    mapping: choices.mapping,
    encodings: choices.encodings,
    duplicateMode: choices.duplicateMode,
    skipRows: choices.skipRows,
  };
  const query = useApiQuery('import.preview', { ...analysis, ...view } as ApiInput<'import.preview'>);
  const preview: ImportPreview | undefined = query.data;

  const change = (next: Partial<ImportChoices>, resetPage = true) => {
    onChoices({ ...choices, ...next });
    if (resetPage) setView((v) => ({ ...v, page: 1 }));
  };

  // The core notices the new locality (its cached matching is keyed on the localities): asking again is enough.
  function localityCreated(name: string) {
    setCreating(null);
    query.reload();
    localities.reload();
    message.success(format(vi.import.locality.created, { name }));
  }

  const body = () => {
    if (!preview) return query.error ? null : <Spin />;
    if (step === 1)
      return (
        <MappingStep
          preview={preview}
          target={target}
          onField={(column, field) => change({ mapping: { ...choices.mapping, [String(column)]: field } })}
          onEncoding={(column, encoding) => change({ encodings: { ...choices.encodings, [String(column)]: encoding } })}
        />
      );
    if (step === 2)
      return (
        <CheckStep
          preview={preview}
          loading={query.loading}
          filter={view.filter}
          duplicateMode={choices.duplicateMode}
          skipRows={choices.skipRows}
          canCreateLocality={(l) => canCreateLocality(l, localities.data ?? [])}
          onFilter={(filter) => setView((v) => ({ ...v, filter, page: 1 }))}
          onPage={(paging) => setView((v) => ({ ...v, ...paging }))}
          onDuplicateMode={(duplicateMode) => change({ duplicateMode }, false)}
          onSkip={(row, skip) =>
            change(
              {
                skipRows: skip ? [...choices.skipRows, row] : choices.skipRows.filter((r) => r !== row),
              },
              false,
            )
          }
          onSkipAll={(rows) => {
            if (rows === 'none') return change({ skipRows: [] }, false);
            change({ skipRows: [...new Set([...choices.skipRows, ...rows])] }, false);
            message.success(format(vi.import.check.skippedAllErrors, { count: rows.length }));
          }}
          onCreateLocality={setCreating}
        />
      );
    return <CommitStep preview={preview} input={analysis as ApiInput<'import.commit'>} onDone={onDone} />;
  };

  const blockedAtMapping = step === 1 && (!preview || preview.mappingProblems.length > 0);
  return (
    <Flex vertical gap={16}>
      {query.error && <Alert type="error" showIcon title={query.error.message} />}
      {body()}
      <Flex justify="space-between">
        <Button onClick={() => onStep(step - 1)}>{vi.import.back}</Button>
        {step < 3 && (
          <Button type="primary" disabled={blockedAtMapping || query.loading} onClick={() => onStep(step + 1)}>
            {vi.import.next}
          </Button>
        )}
      </Flex>
      {creating && (
        <CreateLocalityDialog
          locality={creating}
          localities={localities.data ?? []}
          onClose={(created) => (created ? localityCreated(created.name) : setCreating(null))}
        />
      )}
    </Flex>
  );
}
