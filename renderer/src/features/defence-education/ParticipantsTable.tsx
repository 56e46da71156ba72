import { Alert, Button, Flex, Input, Select, Table } from 'antd';
import { useState } from 'react';
import type { DqeduCourse, DqeduParticipant, DqeduResult } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { ConfirmButton } from '../../shared/ConfirmButton';
import { DateInput } from '../../shared/DateInput';
import { displayDate, fromIsoDate, toIsoDate } from '../../shared/dates';
import { resultOptions } from './dqedu-labels';

const t = vi.defenceEducation;

interface ResultRow {
  participantId: string;
  /** The participant's version as loaded: the core refuses the save if someone changed the row since. */
  version: number;
  result: DqeduResult | null;
  certificateNo: string;
  certificateOn: string | null;
}

interface Props {
  course: DqeduCourse;
  participants: DqeduParticipant[];
  loading: boolean;
  readOnly: boolean;
  onSaveResults(rows: ResultRow[]): void;
  onRemove(id: string, version: number): void;
}

const rowOf = (p: DqeduParticipant): ResultRow => ({
  participantId: p.id,
  version: p.version,
  result: p.result,
  certificateNo: p.certificateNo,
  certificateOn: p.certificateOn,
});

/**
 * The participants with their category and post; once the course is held, each one's result and
 * certificate are typed in place and saved together (the core keeps all of them or none).
 */
export function ParticipantsTable(props: Props) {
  // Fresh drafts whenever the saved rows change (a save, an add, a removal).
  const key = props.participants.map((p) => `${p.id}:${p.version}`).join(',');
  return <Editor key={key} {...props} />;
}

function Editor({ course, participants, loading, readOnly, onSaveResults, onRemove }: Props) {
  const [draft, setDraft] = useState<Map<string, ResultRow>>(() => new Map(participants.map((p) => [p.id, rowOf(p)])));
  const held = course.status === 'done';
  const editable = held && !readOnly;
  const change = (id: string, patch: Partial<ResultRow>) =>
    setDraft((d) => new Map(d).set(id, { ...d.get(id)!, ...patch }));
  const changed = participants
    .map((p) => draft.get(p.id))
    .filter((r): r is ResultRow => r !== undefined)
    .filter((r) => {
      const p = participants.find((x) => x.id === r.participantId)!;
      return JSON.stringify(r) !== JSON.stringify(rowOf(p));
    });

  return (
    <>
      {!held && <Alert type="info" showIcon title={t.results.notDone} style={{ marginBottom: 8 }} />}
      <Table<DqeduParticipant>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={participants}
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
        locale={{ emptyText: t.participants.empty }}
        columns={[
          { title: '#', key: 'n', width: 48, render: (_, __, i) => i + 1 },
          { title: t.participants.fullName, dataIndex: 'fullName' },
          { title: t.participants.birthDate, key: 'birthDate', render: (_, p) => displayDate(p.birthDate) },
          {
            title: t.columns.category,
            key: 'category',
            render: (_, p) =>
              [t.categoriesShort[p.category], p.roleTitle || p.staffPosition].filter(Boolean).join(' – '),
          },
          {
            title: t.results.result,
            key: 'result',
            width: 130,
            render: (_, p) =>
              editable ? (
                <Select
                  size="small"
                  allowClear
                  aria-label={format(t.results.resultOf, { name: p.fullName })}
                  value={draft.get(p.id)?.result ?? undefined}
                  onChange={(value?: DqeduResult) => change(p.id, { result: value ?? null })}
                  options={resultOptions}
                  style={{ width: '100%' }}
                />
              ) : p.result ? (
                t.resultLabels[p.result]
              ) : (
                ''
              ),
          },
          {
            title: t.results.certificateNo,
            key: 'certificateNo',
            width: 160,
            render: (_, p) =>
              editable ? (
                <Input
                  size="small"
                  aria-label={format(t.results.certificateNoOf, { name: p.fullName })}
                  value={draft.get(p.id)?.certificateNo ?? ''}
                  onChange={(e) => change(p.id, { certificateNo: e.target.value })}
                />
              ) : (
                p.certificateNo
              ),
          },
          {
            title: t.results.certificateOn,
            key: 'certificateOn',
            width: 150,
            render: (_, p) =>
              editable ? (
                <DateInput
                  size="small"
                  aria-label={format(t.results.certificateOnOf, { name: p.fullName })}
                  value={fromIsoDate(draft.get(p.id)?.certificateOn)}
                  onChange={(value) =>
                    change(p.id, { certificateOn: value && !Array.isArray(value) ? toIsoDate(value) : null })
                  }
                />
              ) : (
                displayDate(p.certificateOn)
              ),
          },
          ...(readOnly
            ? []
            : [
                {
                  title: '',
                  key: 'remove',
                  width: 110,
                  render: (_: unknown, p: DqeduParticipant) => (
                    <ConfirmButton
                      size="small"
                      danger
                      confirm={t.participants.removeConfirm}
                      onConfirm={() => onRemove(p.id, p.version)}
                    >
                      {t.participants.remove}
                    </ConfirmButton>
                  ),
                },
              ]),
        ]}
      />
      {editable && participants.length > 0 && (
        <Flex justify="end" style={{ marginTop: 8 }}>
          <Button type="primary" disabled={changed.length === 0} onClick={() => onSaveResults(changed)}>
            {t.results.save}
          </Button>
        </Flex>
      )}
    </>
  );
}
