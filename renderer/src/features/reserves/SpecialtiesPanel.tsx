import { Alert, Button, Checkbox, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Specialty } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { PanelHeader } from '../../shared/PanelHeader';
import { ConfirmButton } from '../../shared/ConfirmButton';
import { useApiAction } from '../../shared/use-api-action';
import { useApiQuery } from '../../shared/use-api-query';
import { useDialog } from '../../shared/use-dialog';
import { EditorButton } from '../auth/EditorButton';
import { useCan } from '../auth/session-context';
import { SpecialtyDialog } from './SpecialtyDialog';
import { ListTable } from '../../shared/ListTable';

const t = vi.reserves.specialties;

/** Cài đặt → Chuyên nghiệp quân sự: the office's CNQS code list (add, edit, retire, restore). */
export function SpecialtiesPanel() {
  const [includeRetired, setIncludeRetired] = useState(false);
  const list = useApiQuery('reserves.specialty.list', { includeRetired });
  const { dialog: editing, open: setEditing, close } = useDialog<Specialty | 'new'>(list.reload);
  const can = useCan();

  const { run: act } = useApiAction((run: () => Promise<unknown>) => run(), {
    success: vi.common.saved,
    onSettled: list.reload,
  });

  return (
    <>
      <PanelHeader title={t.title}>
        <Checkbox checked={includeRetired} onChange={(e) => setIncludeRetired(e.target.checked)}>
          {t.showRetired}
        </Checkbox>
        <EditorButton onClick={() => setEditing('new')}>{t.add}</EditorButton>
      </PanelHeader>
      <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
      {list.error && <Alert type="error" showIcon title={list.error.message} />}
      <ListTable<Specialty>
        unit={vi.layout.units.specialties}
        rowKey="id"
        loading={list.loading}
        dataSource={list.data ?? []}
        locale={{ emptyText: t.empty }}
        columns={[
          { title: t.code, dataIndex: 'code', width: 140 },
          { title: t.name, dataIndex: 'name' },
          {
            title: t.status,
            key: 'status',
            render: (_, s) => (s.retiredOn ? <Tag>{t.retired}</Tag> : <Tag color="green">{t.active}</Tag>),
          },
          {
            title: vi.common.actions,
            key: 'actions',
            hidden: !can.edit,
            render: (_, s) => (
              <Flex gap={8}>
                <Button size="small" onClick={() => setEditing(s)}>
                  {vi.common.edit}
                </Button>
                {s.retiredOn ? (
                  <Button
                    size="small"
                    onClick={() => act(() => api('reserves.specialty.restore', { id: s.id, version: s.version }))}
                  >
                    {t.restore}
                  </Button>
                ) : (
                  <ConfirmButton
                    confirm={t.retire}
                    onConfirm={() => act(() => api('reserves.specialty.retire', { id: s.id, version: s.version }))}
                    size="small"
                  >
                    {t.retire}
                  </ConfirmButton>
                )}
              </Flex>
            ),
          },
        ]}
      />
      {editing && <SpecialtyDialog specialty={editing === 'new' ? null : editing} onClose={close} />}
    </>
  );
}
