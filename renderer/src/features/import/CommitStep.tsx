import { Alert, Button, Flex, Result, Typography } from 'antd';
import { useState } from 'react';
import type { ApiInput, ImportCommitResult, ImportPreview } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { saveFile } from '../../shared/save-file';
import type { ImportTarget } from './import-fields';

const t = vi.import.commit;

/** Step 4: what will be written, and the one button that writes it all (or nothing). */
export function CommitStep({
  preview,
  input,
  onDone,
}: {
  preview: ImportPreview;
  input: ApiInput<'import.commit'>;
  onDone(result: ImportCommitResult): void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { summary } = preview;
  const count = summary.toCreate + summary.toUpdate;
  const blocked = summary.withErrors > 0 || preview.mappingProblems.length > 0 || count === 0;

  async function commit() {
    setBusy(true);
    setError(null);
    try {
      onDone(await api('import.commit', input));
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  }

  return (
    <Flex vertical gap={12} align="flex-start">
      <Typography.Text>
        {preview.target === 'people'
          ? format(t.plan, {
              create: summary.toCreate,
              update: summary.toUpdate,
              skip: summary.toSkip + summary.skippedByUser,
            })
          : format(t.planTarget, {
              create: summary.toCreate,
              records: t.records[preview.target],
              peopleCreate: summary.peopleToCreate,
              peopleUpdate: summary.peopleToUpdate,
              // 'update' rows of another list add no record (it is there); they only update the person.
              skip: summary.toUpdate + summary.toSkip + summary.skippedByUser,
            })}
      </Typography.Text>
      {preview.mappingProblems.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={vi.import.mapping.problems}
          description={preview.mappingProblems.join(' ')}
        />
      )}
      {summary.withErrors > 0 && (
        <Alert type="error" showIcon title={format(t.hasErrors, { count: summary.withErrors })} />
      )}
      {count === 0 && summary.withErrors === 0 && <Alert type="warning" showIcon title={t.nothing} />}
      {error && <Alert type="error" showIcon title={error} />}
      <Typography.Text type="secondary">{t.allOrNothing}</Typography.Text>
      <Button type="primary" size="large" disabled={blocked} loading={busy} onClick={() => void commit()}>
        {format(t.button, { count })}
      </Button>
    </Flex>
  );
}

/** After the import: the counts (for another list: records added, then people) and the report of every row's outcome. */
export function ImportDone({
  result,
  target,
  onClose,
}: {
  result: ImportCommitResult;
  target: ImportTarget;
  onClose(): void;
}) {
  const people = target === 'people';
  return (
    <Result
      status="success"
      title={
        people
          ? format(t.done, { created: result.created, updated: result.updated, skipped: result.skipped })
          : format(t.doneTarget, { created: result.created, records: t.records[target] })
      }
      subTitle={
        people
          ? undefined
          : format(t.donePeople, {
              peopleCreated: result.peopleCreated,
              peopleUpdated: result.peopleUpdated,
              notAdded: result.updated + result.skipped,
            })
      }
      extra={[
        <Button key="report" onClick={() => saveFile(result.report)}>
          {t.saveReport}
        </Button>,
        <Button key="close" type="primary" onClick={onClose} autoFocus>
          {vi.import.finish}
        </Button>,
      ]}
    />
  );
}
