import { Button, Popconfirm, type ButtonProps } from 'antd';
import type { ReactNode } from 'react';
import { vi } from '../messages/vi';

interface Props extends Omit<ButtonProps, 'onClick'> {
  /** The question asked first ("Lưu trữ người này?"). */
  confirm: ReactNode;
  onConfirm(): void;
}

/** A button whose action is asked about first (retire, archive, close, delete): "Xác nhận" or "Hủy". */
export function ConfirmButton({ confirm, onConfirm, ...button }: Props) {
  return (
    <Popconfirm title={confirm} okText={vi.common.confirm} cancelText={vi.common.cancel} onConfirm={onConfirm}>
      <Button {...button} />
    </Popconfirm>
  );
}
