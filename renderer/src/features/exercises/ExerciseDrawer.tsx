import { Button, Descriptions, Flex, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Exercise } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { ConfirmButton } from '../../shared/ConfirmButton';
import { displayDate } from '../../shared/dates';
import { useApiAction } from '../../shared/use-api-action';
import { useApiQuery } from '../../shared/use-api-query';
import { DetailDrawer } from '../../shared/DetailDrawer';
import { useCan } from '../auth/session-context';
import { AttachmentDialog } from './AttachmentDialog';
import { STATUS_COLORS } from './exercise-labels';
import { CorrectionDialog } from './CorrectionDialog';
import { StepHistory } from './StepHistory';
import { TransitionDialog, type TransitionValues } from './TransitionDialog';
import { UndoStepDialog } from '../../shared/UndoStepDialog';

const t = vi.exercises;

function span(from: string | null, to: string | null): string {
  if (!from) return vi.common.none;
  return to && to !== from ? `${displayDate(from)} – ${displayDate(to)}` : displayDate(from);
}

interface Props {
  exerciseId: string;
  onEdit(exercise: Exercise): void;
  /** Something changed: the list reloads. */
  onChanged(): void;
  onClose(): void;
}

/** One exercise: its plan, forces, units, documents, result, and the status actions. */
export function ExerciseDrawer({ exerciseId, onEdit, onChanged, onClose }: Props) {
  const query = useApiQuery('exercises.exercise.get', { id: exerciseId });
  const [dialog, setDialog] = useState<'done' | 'cancelled' | 'attachment' | 'correct' | 'undo' | null>(null);
  // What was typed in a status dialog closed without saving: shown again when it reopens.
  const [drafts, setDrafts] = useState<Partial<Record<'done' | 'cancelled', TransitionValues>>>({});
  const can = useCan();
  const e = query.data;

  const reload = () => {
    query.reload();
    onChanged();
  };
  // The drawer's own actions (prepare, remove a document): a refusal shows above the exercise.
  const act = useApiAction((run: () => Promise<unknown>) => run(), { errors: 'banner', onSuccess: reload });
  const changed = () => {
    act.clearError();
    reload();
  };
  const prepare = (exercise: Exercise) =>
    act.run(() =>
      api('exercises.exercise.transition', { id: exercise.id, version: exercise.version, to: 'preparing' }),
    );
  const removeAttachment = (id: string, version: number) =>
    act.run(() => api('exercises.attachment.remove', { id, version }));

  const open = e && (e.status === 'planned' || e.status === 'preparing');
  // The step an undo would take back (the core checks again and says why when it refuses).
  const lastStep = e?.steps.findLast((s) => s.kind !== 'undo' && !s.undoneAt);
  const undoable = lastStep?.kind === 'step' ? lastStep : undefined;
  return (
    <DetailDrawer
      query={query}
      size={720}
      title={e ? e.title : t.details.title}
      error={act.error}
      onClose={onClose}
      extra={
        e &&
        can.edit && (
          <Flex gap={8} wrap>
            <Button onClick={() => onEdit(e)}>{vi.common.edit}</Button>
            {e.status === 'planned' && <Button onClick={() => void prepare(e)}>{t.actions.prepare}</Button>}
            {/* From "Kế hoạch" the core records "Chuẩn bị" on the way (exercises/rules.ts stepsTowards). */}
            {open && (
              <Button type="primary" onClick={() => setDialog('done')}>
                {t.actions.complete}
              </Button>
            )}
            {open && (
              <Button danger onClick={() => setDialog('cancelled')}>
                {t.actions.cancel}
              </Button>
            )}
            {!open && <Button onClick={() => setDialog('correct')}>{vi.wayBack.correct}</Button>}
            {undoable && <Button onClick={() => setDialog('undo')}>{vi.wayBack.undo}</Button>}
          </Flex>
        )
      }
    >
      {(e) => (
        <>
          <Descriptions
            column={1}
            size="small"
            bordered
            items={[
              {
                key: 'status',
                label: t.columns.status,
                children: <Tag color={STATUS_COLORS[e.status]}>{t.statuses[e.status]}</Tag>,
              },
              { key: 'type', label: t.fields.typeId, children: e.typeName },
              { key: 'level', label: t.fields.level, children: t.levels[e.level] },
              { key: 'locality', label: t.fields.localityId, children: e.localityName ?? vi.common.none },
              { key: 'plan', label: t.details.plan, children: span(e.plannedOn, e.plannedUntil) },
              { key: 'actual', label: t.details.actual, children: span(e.startedOn, e.endedOn) },
              { key: 'lead', label: t.fields.leadBody, children: e.leadBody || vi.common.none },
              { key: 'officer', label: t.fields.directingOfficer, children: e.directingOfficer || vi.common.none },
              {
                key: 'forces',
                label: t.details.forces,
                children: format(t.details.forcesValue, {
                  militia: e.militiaCount,
                  reservists: e.reservistCount,
                  police: e.policeCount,
                  other: e.otherCount,
                }),
              },
              { key: 'scenario', label: t.fields.scenario, children: e.scenario || vi.common.none },
              ...(e.rating
                ? [
                    { key: 'rating', label: t.fields.rating, children: t.ratings[e.rating] },
                    { key: 'lessons', label: t.fields.lessons, children: e.lessons || vi.common.none },
                  ]
                : []),
              ...(e.status === 'cancelled'
                ? [{ key: 'reason', label: t.details.cancelReason, children: e.cancelReason }]
                : []),
            ]}
          />
          <Typography.Title level={5}>{t.details.units}</Typography.Title>
          <List
            size="small"
            locale={{ emptyText: t.details.noUnits }}
            dataSource={e.units}
            renderItem={(u) => (
              <List.Item>
                {u.name} <Tag>{u.kind === 'militia' ? t.details.militiaUnit : t.details.reserveUnit}</Tag>
              </List.Item>
            )}
          />
          <Flex justify="space-between" align="center">
            <Typography.Title level={5}>{t.details.attachments}</Typography.Title>
            {can.edit && (
              <Button size="small" onClick={() => setDialog('attachment')}>
                {t.details.addAttachment}
              </Button>
            )}
          </Flex>
          <List
            size="small"
            locale={{ emptyText: t.details.noAttachments }}
            dataSource={e.attachments}
            renderItem={(a) => (
              <List.Item
                actions={
                  can.edit
                    ? [
                        <ConfirmButton
                          key="remove"
                          confirm={format(t.details.removeAttachmentConfirm, { number: a.documentNumber })}
                          onConfirm={() => void removeAttachment(a.id, a.version)}
                          size="small"
                          type="link"
                          danger
                        >
                          {t.details.removeAttachment}
                        </ConfirmButton>,
                      ]
                    : []
                }
              >
                <strong>{a.documentNumber}</strong>
                {a.documentDate && ` (${displayDate(a.documentDate)})`}
                {a.summary && ` — ${a.summary}`}
              </List.Item>
            )}
          />
          <StepHistory steps={e.steps} />
          {(dialog === 'done' || dialog === 'cancelled') && (
            <TransitionDialog
              exercise={e}
              to={dialog}
              draft={drafts[dialog]}
              onClose={(saved, typed) => {
                setDrafts((all) => ({ ...all, [dialog]: saved ? undefined : typed }));
                setDialog(null);
                if (saved) changed();
              }}
            />
          )}
          {dialog === 'correct' && (
            <CorrectionDialog
              exercise={e}
              onClose={(saved) => {
                setDialog(null);
                if (saved) changed();
              }}
            />
          )}
          {dialog === 'undo' && undoable && (
            <UndoStepDialog
              title={format(vi.wayBack.exercise.undoTitle, {
                from: t.statuses[undoable.fromStatus],
                to: t.statuses[undoable.toStatus],
              })}
              hint={format(vi.wayBack.exercise.undoHint, { to: t.statuses[undoable.fromStatus] })}
              undo={(reason) => api('exercises.exercise.undo', { id: e.id, version: e.version, reason })}
              onClose={(saved) => {
                setDialog(null);
                if (saved) changed();
              }}
            />
          )}
          {dialog === 'attachment' && (
            <AttachmentDialog
              exerciseId={e.id}
              onClose={(saved) => {
                setDialog(null);
                if (saved) changed();
              }}
            />
          )}
        </>
      )}
    </DetailDrawer>
  );
}
