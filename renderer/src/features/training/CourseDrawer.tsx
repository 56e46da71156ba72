import { Alert, App, Button, Descriptions, Drawer, Flex, Segmented, Spin, Statistic, Typography } from 'antd';
import { useState } from 'react';
import type { TrainingCourse, TrainingStatus } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { ConfirmButton } from '../../shared/ConfirmButton';
import { StatusHistory, undoableStep } from '../../shared/StatusHistory';
import { CourseUndoDialog } from '../../shared/CourseUndoDialog';
import { useApiQuery } from '../../shared/use-api-query';
import { EditorButton } from '../auth/EditorButton';
import { useCan } from '../auth/session-context';
import { AddParticipantsDialog } from './AddParticipantsDialog';
import { CourseDialog } from './CourseDialog';
import { DayGrid } from './DayGrid';
import { ParticipantsTable } from './ParticipantsTable';
import { DAY_GRID_MAX_DAYS, datesText, NEXT_STATUSES, percentText, transitionLabel } from './training-labels';

const t = vi.training;

interface Props {
  courseId: string;
  onChanged(): void;
  onClose(): void;
}

/** One course: its facts and figures, its status, and the participants with attendance and results. */
export function CourseDrawer({ courseId, onChanged, onClose }: Props) {
  const { message } = App.useApp();
  const can = useCan();
  const course = useApiQuery('training.course.get', { id: courseId });
  const participants = useApiQuery('training.participant.list', { courseId });
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const [undoing, setUndoing] = useState(false);
  const [mode, setMode] = useState<'total' | 'perDay'>('total');
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

  const transition = (to: TrainingStatus) =>
    c && run(() => api('training.course.transition', { id: c.id, version: c.version, to }));
  const addUnit = () =>
    c &&
    run(async () => {
      const r = await api('training.participant.addUnit', { courseId: c.id });
      void message.success(
        format(r.skipped ? t.participants.addedSkipped : t.participants.added, { added: r.added, skipped: r.skipped }),
      );
    });

  const spanDays = c ? Math.round((Date.parse(c.endsOn) - Date.parse(c.startsOn)) / 86_400_000) + 1 : 0;
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
            {NEXT_STATUSES[c.status].map((to) => (
              <ConfirmButton
                key={to}
                confirm={format(t.confirmTransition, { status: t.statuses[to] })}
                onConfirm={() => transition(to)}
                danger={to === 'cancelled'}
              >
                {transitionLabel(c.status, to)}
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
            <Statistic title={t.figures.participants} value={c.figures.participants} />
            <Statistic
              title={t.figures.attendanceRate}
              value={percentText(c.figures.attendanceRate)}
              suffix={
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {format(t.figures.personDays, {
                    attended: c.figures.attendedPersonDays,
                    planned: c.figures.plannedPersonDays,
                  })}
                </Typography.Text>
              }
            />
            <Statistic
              title={t.figures.goodOrBetterRate}
              value={percentText(c.figures.goodOrBetterRate)}
              suffix={
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {format(t.figures.rated, { rated: c.figures.rated })}
                </Typography.Text>
              }
            />
          </Flex>
          <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
            <Typography.Title level={5} style={{ margin: 0, marginInlineEnd: 'auto' }}>
              {t.participants.title}
            </Typography.Title>
            {spanDays <= DAY_GRID_MAX_DAYS ? (
              <Segmented
                aria-label={t.attendance.mode}
                value={mode}
                onChange={(value) => setMode(value as 'total' | 'perDay')}
                options={[
                  { value: 'total', label: t.attendance.total },
                  { value: 'perDay', label: t.attendance.perDay },
                ]}
              />
            ) : (
              <Typography.Text type="secondary">
                {format(t.attendance.tooLong, { days: DAY_GRID_MAX_DAYS })}
              </Typography.Text>
            )}
            {c.militiaUnitId && can.edit && (
              <Button disabled={!open} onClick={addUnit}>
                {t.participants.addUnit}
              </Button>
            )}
            <EditorButton disabled={!open} onClick={() => setAdding(true)}>
              {t.participants.addPeople}
            </EditorButton>
          </Flex>
          {mode === 'perDay' && spanDays <= DAY_GRID_MAX_DAYS ? (
            <DayGrid
              course={c}
              participants={participants.data ?? []}
              disabled={!open || !can.edit}
              readOnly={!can.edit}
              onSave={(records) =>
                run(() => api('training.participant.setDayAttendance', { courseId: c.id, records }), t.attendance.saved)
              }
            />
          ) : (
            <ParticipantsTable
              course={c}
              participants={participants.data ?? []}
              loading={participants.loading}
              disabled={!open || !can.edit}
              readOnly={!can.edit}
              onSaveAttendance={(rows) =>
                run(() => api('training.participant.setAttendance', { courseId: c.id, rows }), t.attendance.saved)
              }
              onSaveResults={(rows) =>
                run(() => api('training.participant.setResult', { courseId: c.id, rows }), t.attendance.resultsSaved)
              }
              onRemove={(id) => run(() => api('training.participant.remove', { id }))}
            />
          )}
        </>
      )}
      {c && <StatusHistory steps={c.steps} statuses={t.statuses} />}
      {undoing && c && undoable && (
        <CourseUndoDialog
          step={undoable}
          statuses={t.statuses}
          undo={(reason) => api('training.course.undo', { id: c.id, version: c.version, reason })}
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

function CourseFacts({ course }: { course: TrainingCourse }) {
  const f = t.fields;
  return (
    <Descriptions
      size="small"
      column={2}
      items={[
        { key: 'target', label: f.target, children: t.targets[course.target] },
        ...(course.component
          ? [{ key: 'component', label: f.component, children: vi.militia.components[course.component] }]
          : []),
        ...(course.unitName
          ? [
              {
                key: 'unit',
                label: course.reserveUnitId ? f.reserveUnit : f.militiaUnit,
                children: course.unitName,
              },
            ]
          : []),
        { key: 'dates', label: t.columns.dates, children: datesText(course.startsOn, course.endsOn) },
        { key: 'days', label: f.plannedDays, children: course.plannedDays },
        { key: 'place', label: f.place, children: course.place || vi.common.none },
        { key: 'status', label: t.columns.status, children: t.statuses[course.status] },
        ...(course.notes ? [{ key: 'notes', label: f.notes, children: course.notes }] : []),
      ]}
    />
  );
}
