import { Alert, Button, Checkbox, Flex, Tag } from 'antd';
import { useState } from 'react';
import type { Locality } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { PanelHeader } from '../../shared/PanelHeader';
import { ConfirmButton } from '../../shared/ConfirmButton';
import { displayDate, todayIso } from '../../shared/dates';
import { useApiAction } from '../../shared/use-api-action';
import { useApiQuery } from '../../shared/use-api-query';
import { useDialog } from '../../shared/use-dialog';
import { useCan } from '../auth/session-context';
import { AddLocalityDialog, RenameLocalityDialog, UnitCodeDialog } from './LocalityDialogs';
import { needsParent, orderAsTree } from './locality-labels';
import { LocalityHistory } from './LocalityHistory';
import { ListTable } from '../../shared/ListTable';

/** Wards, communes and their villages: add, rename with history, retire and restore. */
export function LocalitiesPanel() {
  const [includeRetired, setIncludeRetired] = useState(false);
  const list = useApiQuery('localities.list', { includeRetired });
  // Localities are shared settings every record points at: changes are admin.
  const can = useCan();

  const {
    dialog,
    open: setDialog,
    close: closeDialog,
  } = useDialog<{ kind: 'add' } | { kind: 'rename' | 'unitCode'; locality: Locality }>(list.reload);

  const { run: act } = useApiAction((run: () => Promise<unknown>) => run(), {
    success: vi.common.saved,
    onSettled: list.reload,
  });

  const rows = orderAsTree(list.data ?? []);
  return (
    <>
      <PanelHeader title={vi.localities.title}>
        <Checkbox checked={includeRetired} onChange={(e) => setIncludeRetired(e.target.checked)}>
          {vi.localities.showRetired}
        </Checkbox>
        {can.admin && (
          <Button type="primary" onClick={() => setDialog({ kind: 'add' })}>
            {vi.localities.add}
          </Button>
        )}
      </PanelHeader>
      {list.error && <Alert type="error" showIcon title={list.error.message} />}
      <ListTable<Locality & { depth: number }>
        unit={vi.layout.units.localities}
        rowKey="id"
        loading={list.loading}
        dataSource={rows}
        locale={{ emptyText: vi.localities.empty }}
        expandable={{ expandedRowRender: (l) => <LocalityHistory id={l.id} />, expandRowByClick: false }}
        columns={[
          {
            title: vi.localities.name,
            key: 'name',
            render: (_, l) => <span style={{ paddingLeft: l.depth * 24 }}>{l.name}</span>,
          },
          { title: vi.localities.kind, key: 'kind', render: (_, l) => vi.localities.kinds[l.kind] },
          { title: vi.localities.unitCode, key: 'unitCode', width: 170, render: (_, l) => l.unitCode ?? '' },
          {
            title: vi.localities.status,
            key: 'status',
            render: (_, l) =>
              l.retiredOn && l.retiredOn <= todayIso() ? (
                <Tag>{`${vi.localities.retiredOn} ${displayDate(l.retiredOn)}`}</Tag>
              ) : (
                <Tag color="green">{vi.localities.active}</Tag>
              ),
          },
          {
            title: vi.common.actions,
            key: 'actions',
            hidden: !can.admin,
            render: (_, l) => (
              <Flex gap={8}>
                <Button size="small" onClick={() => setDialog({ kind: 'rename', locality: l })}>
                  {vi.localities.rename}
                </Button>
                {!needsParent(l.kind) && (
                  <Button size="small" onClick={() => setDialog({ kind: 'unitCode', locality: l })}>
                    {vi.localities.editUnitCode}
                  </Button>
                )}
                {l.retiredOn ? (
                  <Button
                    size="small"
                    onClick={() => act(() => api('localities.restore', { id: l.id, version: l.version }))}
                  >
                    {vi.localities.restore}
                  </Button>
                ) : (
                  <ConfirmButton
                    confirm={vi.localities.retireConfirm}
                    onConfirm={() =>
                      act(() => api('localities.retire', { id: l.id, retiredOn: todayIso(), version: l.version }))
                    }
                    size="small"
                    danger
                  >
                    {vi.localities.retire}
                  </ConfirmButton>
                )}
              </Flex>
            ),
          },
        ]}
      />
      {dialog?.kind === 'add' && <AddLocalityDialog localities={list.data ?? []} onClose={closeDialog} />}
      {dialog?.kind === 'rename' && <RenameLocalityDialog locality={dialog.locality} onClose={closeDialog} />}
      {dialog?.kind === 'unitCode' && <UnitCodeDialog locality={dialog.locality} onClose={closeDialog} />}
    </>
  );
}
