import { Flex } from 'antd';
import type { EquipmentMovement, EquipmentMovementKind } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { FilterSelect } from '../../shared/FilterSelect';
import { PagedTable } from '../../shared/PagedTable';
import { useApiQuery } from '../../shared/use-api-query';
import { useListFilters } from '../../shared/use-list-filters';
import { useSavedRow, useTurnToSavedRow } from '../../shared/use-saved-row';
import { lineText, movementKindOptions, movementTitle } from './equipment-labels';

const t = vi.equipment;

/** The book's movements, the latest first, each with what it moved. */
export function MovementsView({ savedId }: { savedId?: string }) {
  const { filters, paging, setPaging, field } = useListFilters<{ kind?: EquipmentMovementKind }>(
    'equipment.movements',
    {},
  );
  const saved = useSavedRow(savedId);
  const list = useApiQuery('equipment.movements.list', { ...filters, ...paging, ...saved.focus });
  useTurnToSavedRow(saved, list, paging, setPaging);
  const columns = [
    {
      key: 'date',
      title: t.columns.date,
      width: 110,
      render: (_: unknown, m: EquipmentMovement) => displayDate(m.movedOn),
    },
    { key: 'movement', title: t.columns.movement, render: (_: unknown, m: EquipmentMovement) => movementTitle(m) },
    {
      key: 'lines',
      title: t.columns.lines,
      render: (_: unknown, m: EquipmentMovement) => m.lines.map(lineText).join('; '),
    },
    {
      key: 'reference',
      title: t.columns.reference,
      render: (_: unknown, m: EquipmentMovement) => m.reference || m.result,
    },
  ];
  return (
    <>
      <Flex gap={8} style={{ marginBottom: 12 }}>
        <FilterSelect label={t.filters.movementKind} width={220} options={movementKindOptions} {...field('kind')} />
      </Flex>
      <PagedTable<EquipmentMovement>
        list={list}
        paging={paging}
        onPaging={setPaging}
        highlightId={saved.highlightId}
        empty={t.empty.movements}
        columns={columns}
      />
    </>
  );
}
