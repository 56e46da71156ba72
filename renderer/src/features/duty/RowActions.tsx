import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Flex, Popconfirm } from 'antd';
import { vi } from '../../messages/vi';

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
      <Popconfirm title={confirm} okText={vi.common.confirm} cancelText={vi.common.cancel} onConfirm={onDelete}>
        <Button size="small" danger icon={<DeleteOutlined />} aria-label={deleteLabel} />
      </Popconfirm>
    </Flex>
  );
}
