import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { vi } from '../../messages/vi';
import { useApiAction } from '../../shared/use-api-action';
import type { QueryState } from '../../shared/use-api-query';
import { useDialog } from '../../shared/use-dialog';
import { useCan } from '../auth/session-context';
import { RowActions } from './RowActions';
import { ListTable } from '../../shared/ListTable';

interface Labels {
  title: string;
  add: string;
  empty: string;
  edit: string;
  delete: string;
  confirmDelete: string;
}

interface Props<R extends { id: string }> {
  labels: Labels;
  /** The month's entries (the list query, reloaded after a change). */
  list: QueryState<R[]>;
  columns: TableColumnsType<R>;
  /** Deletes an entry in the core. */
  remove(row: R): Promise<unknown>;
  /** The add (null) or edit dialog; `close(true)` after a save. */
  dialog(row: R | null, close: (saved: boolean) => void): ReactNode;
}

/** A month's log of duty entries (incidents, patrols): the table, add, edit and delete. */
export function MonthLogPanel<R extends { id: string }>({ labels, list, columns, remove, dialog }: Props<R>) {
  const can = useCan();
  const { dialog: editing, open: setEditing, close } = useDialog<R | 'new'>(list.reload);
  const { run: removeRow } = useApiAction(remove, { success: vi.duty.deleted, onSuccess: list.reload });

  return (
    <Card
      title={labels.title}
      size="small"
      extra={
        can.edit && (
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {labels.add}
          </Button>
        )
      }
    >
      <ListTable<R>
        // A card below the month's calendar: the list is as long as its month, not sized to the window.
        fillHeight={false}
        unit={vi.layout.units.entries}
        rowKey="id"
        loading={list.loading}
        dataSource={list.data ?? []}
        locale={{ emptyText: labels.empty }}
        columns={[
          ...columns,
          {
            title: vi.common.actions,
            key: 'actions',
            hidden: !can.edit,
            width: 90,
            render: (_, row) => (
              <RowActions
                editLabel={labels.edit}
                deleteLabel={labels.delete}
                confirm={labels.confirmDelete}
                onEdit={() => setEditing(row)}
                onDelete={() => void removeRow(row)}
              />
            ),
          },
        ]}
      />
      {editing && dialog(editing === 'new' ? null : editing, close)}
    </Card>
  );
}
