import { format, vi } from '../messages/vi';
import type { HistoryStep } from './StatusHistory';
import { UndoStepDialog } from './UndoStepDialog';

interface Props<S extends string, T> {
  /** The step "Hoàn tác bước cuối" takes back (undoableStep). */
  step: HistoryStep<S, string>;
  statuses: Record<S, string>;
  undo: (reason: string) => Promise<T>;
  /** saved: the course went back a step (the drawer reloads it). */
  onClose: (saved: T | null) => void;
}

/** The undo of a course's last status step, worded the same for training and defence-education courses. */
export function CourseUndoDialog<S extends string, T>({ step, statuses, undo, onClose }: Props<S, T>) {
  return (
    <UndoStepDialog
      title={format(vi.wayBack.course.undoTitle, { from: statuses[step.fromStatus], to: statuses[step.toStatus] })}
      hint={format(vi.wayBack.course.undoHint, { to: statuses[step.fromStatus] })}
      undo={undo}
      onClose={onClose}
    />
  );
}
