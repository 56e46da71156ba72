import { Alert, App, Button, Descriptions, Drawer, Flex, Spin, Statistic, Typography } from 'antd';
import { useState } from 'react';
import type { DqeduCourse, DqeduStatus } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { ConfirmButton } from '../../shared/ConfirmButton';
import { StatusHistory, undoableStep } from '../../shared/StatusHistory';
import { CourseUndoDialog } from '../../shared/CourseUndoDialog';
import { displayDate } from '../../shared/dates';
import { useApiQuery } from '../../shared/use-api-query';
import { EditorButton } from '../auth/EditorButton';
import { useCan } from '../auth/session-context';
import { AddParticipantsDialog } from './AddParticipantsDialog';
import { CourseDialog } from './CourseDialog';
import { datesText } from './dqedu-labels';
import { ParticipantsTable } from './ParticipantsTable';

const t = vi.defenceEducation;
const STATUSES: readonly DqeduStatus[] = ['done', 'cancelled', 'planned'];

interface Props {
  courseId: string;
  onChanged(): void;
  onClose(): void;
}

/** One course: its facts and counts, its status, and the participants with results and certificates. */
export function CourseDrawer({ courseId, onChanged, onClose }: Props) {
  const { message } = App.useApp();
  const can = useCan();
  const course = useApiQuery('defenceEducation.course.get', { id: courseId });
  const participants = useApiQuery('defenceEducation.participant.list', { id: courseId });
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const [undoing, setUndoing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const c = course.data;
  // The step "Hoàn tác bước cuối" takes back (the core checks again and says why when it refuses).
  const undoable = c && undoableStep(c.steps, c.status);

  const refresh = () => {
    course.reload();
    participants.reload();
    onChanged();
  };

  async function run(work: () => Promise<unknown>, done?: string) {
    setError(null);
    try {
      await work();
      if (done) void message.success(done);
      refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  const open = c !== undefined && c.status !== 'cancelled';

  return (
    <Drawer
      open
      size={1000}
      title={c ? format(t.detailTitle, { title: c.title }) : vi.app.loading}
      onClose={onClose}
      destroyOnHidden
      extra={
        c &&
        can.edit && (
          <Flex gap={8} wrap justify="flex-end">
            <Button onClick={() => setEditing(true)}>{t.edit}</Button>
            {STATUSES.filter((s) => s !== c.status).map((status) => (
              <ConfirmButton
                key={status}
                confirm={format(t.status.confirm, { status: t.statuses[status] })}
                onConfirm={() =>
                  run(() => api('defenceEducation.course.setStatus', { id: c.id, version: c.version, status }))
                }
                danger={status === 'cancelled'}
              >
                {t.status[status]}
              </ConfirmButton>
            ))}
            {undoable && <Button onClick={() => setUndoing(true)}>{vi.wayBack.undo}</Button>}
          </Flex>
        )
      }
    >
      {(course.error ?? participants.error) && (
        <Alert type="error" showIcon title={(course.error ?? participants.error)?.message} />
      )}
      {error && <Alert type="error" showIcon closable title={error} style={{ marginBottom: 12 }} />}
      {!c && !course.error && <Spin />}
      {c && (
        <>
          <CourseFacts course={c} />
          <Flex gap={32} wrap style={{ margin: '16px 0' }}>
            <Statistic title={t.figures.participants} value={c.participants} />
            <Statistic title={t.figures.passed} value={c.passed} />
            <Statistic title={t.figures.certificates} value={c.certificates} />
          </Flex>
          <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
            <Typography.Title level={5} style={{ margin: 0, marginInlineEnd: 'auto' }}>
              {t.participants.title}
            </Typography.Title>
            <EditorButton disabled={!open} onClick={() => setAdding(true)}>
              {t.participants.add}
            </EditorButton>
          </Flex>
          <ParticipantsTable
            course={c}
            participants={participants.data ?? []}
            loading={participants.loading}
            readOnly={!can.edit || !open}
            onSaveResults={(rows) =>
              run(() => api('defenceEducation.participant.setResults', { courseId: c.id, rows }), t.results.saved)
            }
            onRemove={(id, version) => run(() => api('defenceEducation.participant.remove', { id, version }))}
          />
        </>
      )}
      {c && <StatusHistory steps={c.steps} statuses={t.statuses} />}
      {undoing && c && undoable && (
        <CourseUndoDialog
          step={undoable}
          statuses={t.statuses}
          undo={(reason) => api('defenceEducation.course.undo', { id: c.id, version: c.version, reason })}
          onClose={(saved) => {
            setUndoing(false);
            if (saved) {
              setError(null);
              refresh();
            }
          }}
        />
      )}
      {editing && c && (
        <CourseDialog
          course={c}
          onClose={(saved) => {
            setEditing(false);
            if (saved) refresh();
          }}
        />
      )}
      {adding && c && (
        <AddParticipantsDialog
          course={c}
          existing={new Set((participants.data ?? []).map((p) => p.personId))}
          onClose={(added) => {
            setAdding(false);
            if (added) {
              void message.success(format(t.participants.added, { added }));
              refresh();
            }
          }}
        />
      )}
    </Drawer>
  );
}

function CourseFacts({ course }: { course: DqeduCourse }) {
  const f = t.fields;
  return (
    <Descriptions
      size="small"
      column={2}
      items={[
        { key: 'category', label: f.category, children: t.categories[course.category] },
        { key: 'organiser', label: f.organiser, children: course.organiser },
        { key: 'dates', label: t.columns.dates, children: datesText(course.startsOn, course.endsOn) },
        { key: 'place', label: f.place, children: course.place || vi.common.none },
        { key: 'plannedOn', label: f.plannedOn, children: displayDate(course.plannedOn) || vi.common.none },
        {
          key: 'plannedParticipants',
          label: f.plannedParticipants,
          children: course.plannedParticipants ?? vi.common.none,
        },
        { key: 'status', label: t.columns.status, children: t.statuses[course.status] },
        ...(course.notes ? [{ key: 'notes', label: f.notes, children: course.notes }] : []),
      ]}
    />
  );
}
