import { Button, type ButtonProps } from 'antd';
import { useCan } from './session-context';

/**
 * The primary button of a list or a drawer that changes something (add, create, issue anew): an
 * account that may only read does not get it.
 */
export function EditorButton(props: Omit<ButtonProps, 'type'>) {
  const can = useCan();
  // Alt+N clicks the first one on screen (use-keyboard-shortcuts.ts): the list's "Thêm …".
  return can.edit ? <Button type="primary" data-shortcut="new" {...props} /> : null;
}
