import { Button, Checkbox, Flex, Spin, Table } from 'antd';
import { useState } from 'react';
import type { TrainingCourse, TrainingParticipant } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { useApiQuery } from '../../shared/use-api-query';

const t = vi.training;

interface Props {
  course: TrainingCourse;
  participants: readonly TrainingParticipant[];
  disabled: boolean;
  /** A read-only account: no save button (the boxes come disabled). */
  readOnly: boolean;
  onSave(records: Array<{ participantId: string; onDate: string; present: boolean }>): void;
}

/** Present/absent per participant and day, for a short course. */
export function DayGrid(props: Props) {
  const days = useApiQuery('training.participant.dayAttendance', { courseId: props.course.id });
  const key = props.participants.map((p) => `${p.id}:${p.version}`).join(',');
  if (!days.data) return <Spin />;
  return <Grid key={key} {...props} dates={days.data.dates} records={days.data.records} />;
}

const cell = (participantId: string, date: string) => `${participantId}|${date}`;

function Grid({
  participants,
  disabled,
  readOnly,
  onSave,
  dates,
  records,
}: Props & { dates: string[]; records: Array<{ participantId: string; onDate: string; present: boolean }> }) {
  const [marks, setMarks] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(records.map((r) => [cell(r.participantId, r.onDate), r.present])),
  );
  const [touched, setTouched] = useState<Set<string>>(() => new Set());
  const marked = new Set(records.map((r) => r.participantId));

  function save() {
    // Everyone with marks already, or a box ticked now, gets every day of the course recorded.
    const who = participants.filter((p) => marked.has(p.id) || touched.has(p.id));
    onSave(
      who.flatMap((p) =>
        dates.map((onDate) => ({ participantId: p.id, onDate, present: marks[cell(p.id, onDate)] ?? false })),
      ),
    );
  }

  return (
    <>
      <Table<TrainingParticipant>
        rowKey="id"
        size="small"
        dataSource={[...participants]}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t.participants.empty }}
        columns={[
          { title: t.columns.fullName, dataIndex: 'fullName', fixed: 'left' },
          ...dates.map((date) => ({
            title: displayDate(date).slice(0, 5),
            key: date,
            align: 'center' as const,
            render: (_: unknown, p: TrainingParticipant) => (
              <Checkbox
                aria-label={format(t.attendance.dayLabel, { date: displayDate(date), name: p.fullName })}
                disabled={disabled}
                checked={marks[cell(p.id, date)] ?? false}
                onChange={(e) => {
                  setMarks((m) => ({ ...m, [cell(p.id, date)]: e.target.checked }));
                  setTouched((s) => new Set(s).add(p.id));
                }}
              />
            ),
          })),
          {
            title: t.columns.attendedDays,
            key: 'sum',
            align: 'right' as const,
            render: (_: unknown, p: TrainingParticipant) => dates.filter((d) => marks[cell(p.id, d)]).length,
          },
        ]}
      />
      {!readOnly && (
        <Flex justify="end" style={{ marginTop: 12 }}>
          <Button type="primary" disabled={disabled || touched.size === 0} onClick={save}>
            {t.attendance.save}
          </Button>
        </Flex>
      )}
    </>
  );
}
