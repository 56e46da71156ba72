import { App } from 'antd';
import { useState } from 'react';
import { vi } from '../messages/vi';

/**
 * Which dialog a list has open (add, edit, rename…), and its closing: after a save (a truthy
 * answer) "Đã lưu." and `onSaved` with that answer (reload the list, show the record saved); after a
 * cancel, nothing.
 */
export function useDialog<D>(onSaved: (saved: unknown) => void) {
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<D | null>(null);
  const close = (saved: unknown) => {
    setDialog(null);
    if (saved) {
      void message.success(vi.common.saved);
      onSaved(saved);
    }
  };
  return { dialog, open: setDialog, close };
}
