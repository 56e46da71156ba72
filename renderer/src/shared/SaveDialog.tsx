import { Alert, Modal } from 'antd';
import type { ReactNode } from 'react';
import { vi } from '../messages/vi';

export interface SaveDialogProps {
  title: string;
  /** An error that is not about one field (shown above the content). */
  banner: string | null;
  saving?: boolean;
  width?: number;
  /** Shown to a read-only account: only "Đóng" remains. */
  readOnly?: boolean;
  /** The save button's text when it does more than save ("Thêm", "Thêm vào đợt (3)"). */
  okText?: string;
  /** The save button is off until there is something to save (nobody picked yet). */
  okDisabled?: boolean;
  onSave(): void;
  onCancel(): void;
  children: ReactNode;
}

/**
 * A modal with Save/Cancel and a banner for the error the save met: the frame of every dialog
 * that saves something (FormDialog puts a form in it; a table of figures typed in place uses it as is).
 */
export function SaveDialog({
  title,
  banner,
  saving,
  width,
  readOnly,
  okText,
  okDisabled,
  onSave,
  onCancel,
  children,
}: SaveDialogProps) {
  return (
    <Modal
      open
      width={width}
      title={title}
      okText={okText ?? vi.common.save}
      okButtonProps={okDisabled ? { disabled: true } : undefined}
      cancelText={readOnly ? vi.common.close : vi.common.cancel}
      footer={readOnly ? (_, { CancelBtn }) => <CancelBtn /> : undefined}
      confirmLoading={saving}
      onOk={onSave}
      onCancel={onCancel}
      destroyOnHidden
    >
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
      {children}
    </Modal>
  );
}
