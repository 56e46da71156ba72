import { Button, Flex, InputNumber, Select, Table, Tooltip } from 'antd';
import { useState } from 'react';
import type { TrainingCourse, TrainingParticipant, TrainingResult } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { ConfirmButton } from '../../shared/ConfirmButton';
import { displayDate } from '../../shared/dates';
import { resultOptions } from './training-labels';

const t = vi.training;

interface Props {
  course: TrainingCourse;
  participants: readonly TrainingParticipant[];
  loading: boolean;
  disabled: boolean;
  /** A read-only account: no removal and no save buttons (the fields come disabled). */
  readOnly: boolean;
  onSaveAttendance(rows: Array<{ participantId: string; attendedDays: number | null }>): void;
  onSaveResults(rows: Array<{ participantId: string; result: TrainingResult | null }>): void;
  onRemove(id: string): void;
}

/** Fresh drafts whenever the saved rows change (a save, an add, a removal). */
export function ParticipantsTable(props: Props) {
  const key = props.participants.map((p) => `${p.id}:${p.version}`).join(',');
  return <Editor key={key} {...props} />;
}

/** Days attended (as a total) and the result per participant, saved in one go each. */
function Editor({
  course,
  participants,
  loading,
  disabled,
  readOnly,
  onSaveAttendance,
  onSaveResults,
  onRemove,
}: Props) {
  const [days, setDays] = useState<Record<string, number | null>>(() =>
    Object.fromEntries(participants.map((p) => [p.id, p.enteredDays])),
  );
  const [results, setResults] = useState<Record<string, TrainingResult | null>>(() =>
    Object.fromEntries(participants.map((p) => [p.id, p.result])),
  );
  const totals = participants.filter((p) => p.dayMarks === 0);
  const changedDays = totals.filter((p) => (days[p.id] ?? null) !== p.enteredDays);
  const changedResults = participants.filter((p) => (results[p.id] ?? null) !== p.result);

  return (
    <>
      <Table<TrainingParticipant>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={[...participants]}
        pagination={false}
        locale={{ emptyText: t.participants.empty }}
        columns={[
          { title: '#', key: 'index', width: 48, render: (_, __, i) => i + 1 },
          { title: t.columns.fullName, dataIndex: 'fullName' },
          { title: t.columns.birthDate, key: 'birthDate', render: (_, p) => displayDate(p.birthDate) },
          {
            title: format(t.columns.attendedOfPlanned, { planned: course.plannedDays }),
            key: 'days',
            width: 190,
            render: (_, p) =>
              p.dayMarks > 0 ? (
                <Tooltip title={t.attendance.fromDays}>
                  <span>{p.presentDays}</span>
                </Tooltip>
              ) : (
                <InputNumber
                  aria-label={format(t.attendance.totalLabel, { name: p.fullName })}
                  min={0}
                  max={course.plannedDays}
                  precision={0}
                  disabled={disabled}
                  value={days[p.id] ?? null}
                  onChange={(value) => setDays((d) => ({ ...d, [p.id]: value ?? null }))}
                />
              ),
          },
          {
            title: t.columns.result,
            key: 'result',
            width: 170,
            render: (_, p) => (
              <Select<TrainingResult | null>
                aria-label={format(t.attendance.resultLabel, { name: p.fullName })}
                allowClear
                placeholder={t.noResult}
                disabled={disabled}
                style={{ width: 150 }}
                options={resultOptions}
                value={results[p.id] ?? null}
                onChange={(value) => setResults((r) => ({ ...r, [p.id]: value ?? null }))}
              />
            ),
          },
          {
            title: vi.common.actions,
            key: 'actions',
            hidden: readOnly,
            width: 130,
            render: (_, p) => (
              <ConfirmButton
                confirm={format(t.participants.confirmRemove, { name: p.fullName })}
                onConfirm={() => onRemove(p.id)}
                size="small"
                type="link"
                danger
                disabled={disabled}
              >
                {t.participants.remove}
              </ConfirmButton>
            ),
          },
        ]}
      />
      {!readOnly && (
        <Flex gap={8} justify="end" style={{ marginTop: 12 }}>
          <Button
            type="primary"
            disabled={disabled || changedDays.length === 0}
            onClick={() =>
              onSaveAttendance(changedDays.map((p) => ({ participantId: p.id, attendedDays: days[p.id] ?? null })))
            }
          >
            {t.attendance.save}
          </Button>
          <Button
            disabled={disabled || changedResults.length === 0}
            onClick={() =>
              onSaveResults(changedResults.map((p) => ({ participantId: p.id, result: results[p.id] ?? null })))
            }
          >
            {t.attendance.saveResults}
          </Button>
        </Flex>
      )}
    </>
  );
}
