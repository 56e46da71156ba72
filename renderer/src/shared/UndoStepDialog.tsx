import { Alert, Form, Input } from 'antd';
import { vi } from '../messages/vi';
import { requiredRule as required } from './form-rules';
import { FormDialog } from './FormDialog';
import { useFormSave } from './use-form-save';

interface Props<T> {
  title: string;
  /** What the undo does to the record, in the clerk's words. */
  hint: string;
  undo(reason: string): Promise<T>;
  onClose(saved: T | null): void;
}

/**
 * Undo of a record's last status step (exercises, conscription records): asks the reason, which
 * the core requires and keeps in the history. A refusal (something depends on the step) shows
 * the core's message above the form.
 */
export function UndoStepDialog<T>({ title, hint, undo, onClose }: Props<T>) {
  const { dialog } = useFormSave(['reason'], (values: { reason?: string }) => undo(values.reason ?? ''), {
    onSuccess: onClose,
  });
  return (
    <FormDialog
      {...dialog}
      name="undoStep"
      title={title}
      okText={vi.wayBack.undoOk}
      initialValues={{ reason: '' }}
      onCancel={() => onClose(null)}
    >
      <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={hint} />
      <Form.Item name="reason" label={vi.wayBack.undoReason} rules={required}>
        <Input autoFocus placeholder={vi.wayBack.undoReasonPlaceholder} />
      </Form.Item>
    </FormDialog>
  );
}
