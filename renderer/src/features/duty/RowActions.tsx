import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { ConfirmButton } from '../../shared/ConfirmButton';

interface Props {
  editLabel: string;
  deleteLabel: string;
  confirm: string;
  onEdit(): void;
  onDelete(): void;
}

/** Edit and delete (with confirmation) buttons for one row. */
export function RowActions({ editLabel, deleteLabel, confirm, onEdit, onDelete }: Props) {
  return (
    <Flex gap={4}>
      <Button size="small" icon={<EditOutlined />} aria-label={editLabel} onClick={onEdit} />
      <ConfirmButton
        confirm={confirm}
        onConfirm={onDelete}
        size="small"
        danger
        icon={<DeleteOutlined />}
        aria-label={deleteLabel}
      />
    </Flex>
  );
}
