import type { EquipmentStockRow } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { PagedTable } from '../../shared/PagedTable';
import { useApiQuery } from '../../shared/use-api-query';
import { useListFilters } from '../../shared/use-list-filters';

const t = vi.equipment;
const n = (v: number) => v.toLocaleString('vi-VN');

/** Each kind's book as of the day: owned (received − written off), issued out, in store. */
export function StockView({ asOf }: { asOf: string }) {
  const { paging, setPaging } = useListFilters<object>('equipment.stock', {});
  const list = useApiQuery('equipment.stock', { asOf, ...paging });
  const columns = [
    { key: 'name', title: t.columns.kind, dataIndex: 'name' },
    { key: 'unit', title: t.columns.unit, dataIndex: 'unit' },
    {
      key: 'tracking',
      title: t.columns.tracking,
      render: (_: unknown, r: EquipmentStockRow) => (r.serialTracked ? t.bySerial : t.byCount),
    },
    {
      key: 'owned',
      title: t.columns.owned,
      align: 'right' as const,
      render: (_: unknown, r: EquipmentStockRow) => n(r.owned),
    },
    {
      key: 'issued',
      title: t.columns.issued,
      align: 'right' as const,
      render: (_: unknown, r: EquipmentStockRow) => n(r.issued),
    },
    {
      key: 'inStore',
      title: t.columns.inStore,
      align: 'right' as const,
      render: (_: unknown, r: EquipmentStockRow) => n(r.inStore),
    },
  ];
  return (
    <PagedTable<EquipmentStockRow>
      list={list}
      paging={paging}
      onPaging={setPaging}
      empty={t.empty.stock}
      columns={columns}
    />
  );
}
