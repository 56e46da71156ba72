import { App, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import type { Reservist } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { ConfirmButton } from '../../shared/ConfirmButton';
import { ageColumn } from '../../shared/age';
import { displayDate, todayIso } from '../../shared/dates';
import { useApiAction } from '../../shared/use-api-action';
import { useApiQuery } from '../../shared/use-api-query';
import { useListFilters } from '../../shared/use-list-filters';
import { useSavedRow, useTurnToSavedRow } from '../../shared/use-saved-row';
import { PagedTable } from '../../shared/PagedTable';
import { EditorButton } from '../auth/EditorButton';
import { useCan } from '../auth/session-context';
import { ExportButton } from '../export/ExportButton';
import { ImportButton } from '../import/ImportButton';
import { AssignDialog } from './AssignDialog';
import { RemoveDialog } from './RemoveDialog';
import { reservistSpecialty } from './reserve-labels';
import { ReservistFilters, type ReservistFilterValues } from './ReservistFilters';
import { ReservistForm } from './ReservistForm';
import { WarningTags } from './WarningTags';

const t = vi.reserves;

type Dialog =
  | { kind: 'add' }
  | { kind: 'edit'; reservist: Reservist }
  | { kind: 'remove'; reservist: Reservist }
  | { kind: 'assign'; reservist: Reservist };

/** Danh sách: the reservists, paged, searched and filtered by the core; add, edit, remove, place in a unit. */
export function ReservistsTab() {
  const {
    filters,
    paging,
    setPaging,
    change: changeFilters,
  } = useListFilters<ReservistFilterValues>('reserves.reservists', { search: '', removed: false });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const localities = useApiQuery('localities.list', { includeRetired: true });
  const specialties = useApiQuery('reserves.specialty.list', { includeRetired: true });
  const units = useApiQuery('reserves.unit.list', {});
  const saved = useSavedRow();
  const list = useApiQuery('reserves.reservist.list', { ...filters, ...paging, ...saved.focus });
  useTurnToSavedRow(saved, list, paging, setPaging);
  const { message } = App.useApp();
  const can = useCan();

  const { run: act } = useApiAction((run: () => Promise<unknown>, _done?: string) => run(), {
    success: (_result, [, done]) => done ?? vi.common.saved,
    onSettled: list.reload,
  });

  /** After a save the reservist is shown in place: on the page holding them, highlighted. */
  const closeDialog = (changed: boolean, id = dialog && 'reservist' in dialog ? dialog.reservist.id : undefined) => {
    setDialog(null);
    if (changed) {
      if (id) saved.show(id);
      list.reload();
      units.reload();
    }
  };

  return (
    <>
      <ReservistFilters
        value={filters}
        localities={localities.data ?? []}
        specialties={specialties.data ?? []}
        units={units.data ?? []}
        onChange={changeFilters}
        actions={
          <>
            {can.edit && <ImportButton target="reservists" onImported={list.reload} />}
            <ExportButton method="reserves.reservist.export" input={filters} />
            <EditorButton onClick={() => setDialog({ kind: 'add' })}>{t.list.add}</EditorButton>
          </>
        }
      />
      <PagedTable<Reservist>
        list={list}
        paging={paging}
        onPaging={setPaging}
        highlightId={saved.highlightId}
        empty={t.list.empty}
        unit={vi.layout.units.people}
        pagination={{ pageSizeOptions: [20, 50, 100] }}
        columns={[
          {
            title: t.list.fullName,
            key: 'name',
            render: (_, r) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => setDialog({ kind: 'edit', reservist: r })}>
                {r.fullName}
              </Button>
            ),
          },
          { title: t.list.birthDate, key: 'birthDate', render: (_, r) => displayDate(r.birthDate) },
          ageColumn<Reservist>((r) => r.age),
          { title: t.list.category, key: 'category', render: (_, r) => t.categoryShort[r.category] },
          { title: t.list.grade, key: 'grade', render: (_, r) => t.grades[r.grade] },
          { title: t.list.rank, key: 'rank', render: (_, r) => (r.rank ? t.ranks[r.rank] : vi.common.none) },
          { title: t.list.specialty, key: 'specialty', render: (_, r) => reservistSpecialty(r) },
          {
            title: filters.removed ? t.list.removedOn : t.list.assignment,
            key: 'assignment',
            render: (_, r) =>
              r.removedOn ? (
                `${displayDate(r.removedOn)} – ${r.removalReason}`
              ) : r.assignment ? (
                `${r.assignment.unitName} – ${r.assignment.slotTitle}`
              ) : (
                <Typography.Text type="secondary">{t.list.unassigned}</Typography.Text>
              ),
          },
          { title: t.list.warnings, key: 'warnings', render: (_, r) => <WarningTags list={r.warnings} /> },
          {
            title: vi.common.actions,
            key: 'actions',
            hidden: !can.edit,
            render: (_, r) =>
              r.removedOn ? (
                <Button
                  size="small"
                  onClick={() =>
                    act(() => api('reserves.reservist.restore', { id: r.id, version: r.version }), t.list.restored)
                  }
                >
                  {t.list.restore}
                </Button>
              ) : (
                <Flex gap={8} wrap>
                  {r.assignment ? (
                    <ConfirmButton
                      confirm={t.list.endAssignmentConfirm}
                      onConfirm={() =>
                        act(
                          () =>
                            api('reserves.assignment.end', {
                              id: r.assignment!.id,
                              version: r.assignment!.version,
                              endedOn: todayIso(),
                              reason: t.assign.endReason,
                            }),
                          t.assign.ended,
                        )
                      }
                      size="small"
                    >
                      {t.list.endAssignment}
                    </ConfirmButton>
                  ) : (
                    <Button size="small" onClick={() => setDialog({ kind: 'assign', reservist: r })}>
                      {t.list.assign}
                    </Button>
                  )}
                  <Button size="small" onClick={() => setDialog({ kind: 'remove', reservist: r })}>
                    {t.list.remove}
                  </Button>
                </Flex>
              ),
          },
        ]}
      />
      {(dialog?.kind === 'add' || dialog?.kind === 'edit') && (
        <ReservistForm
          reservist={dialog.kind === 'edit' ? dialog.reservist : null}
          specialties={specialties.data ?? []}
          readOnly={!can.edit}
          onClose={(reservist) => {
            if (reservist) message.success(vi.common.saved);
            closeDialog(reservist !== null, reservist?.id);
          }}
        />
      )}
      {dialog?.kind === 'remove' && <RemoveDialog reservist={dialog.reservist} onClose={closeDialog} />}
      {dialog?.kind === 'assign' && (
        <AssignDialog reservist={dialog.reservist} units={units.data ?? []} onClose={closeDialog} />
      )}
    </>
  );
}
