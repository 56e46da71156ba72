import { Button, Flex } from 'antd';
import { useState } from 'react';
import type { EquipmentItemRow } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { FilterSelect } from '../../shared/FilterSelect';
import { PagedTable } from '../../shared/PagedTable';
import { SearchBox } from '../../shared/SearchBox';
import { useApiQuery } from '../../shared/use-api-query';
import { useListFilters } from '../../shared/use-list-filters';
import { useSavedRow, useTurnToSavedRow } from '../../shared/use-saved-row';
import { ItemHistoryDrawer } from './ItemHistoryDrawer';

const t = vi.equipment;

interface Filters {
  kindId?: string;
  search: string;
}

/** The serial pieces (guns, radios…), paged, with where each is now; a drawer with a piece's history. */
export function ItemsView({ savedId }: { savedId?: string }) {
  const { filters, paging, setPaging, set, field } = useListFilters<Filters>('equipment.items', { search: '' });
  const kinds = useApiQuery('equipment.kinds.list', { includeRetired: true });
  const saved = useSavedRow(savedId);
  const list = useApiQuery('equipment.items.list', { ...filters, ...paging, ...saved.focus });
  useTurnToSavedRow(saved, list, paging, setPaging);
  const [openId, setOpenId] = useState<string | null>(null);
  const kindOptions = (kinds.data ?? []).filter((k) => k.serialTracked).map((k) => ({ value: k.id, label: k.name }));

  const columns = [
    { key: 'kind', title: t.columns.kind, dataIndex: 'kindName' },
    {
      key: 'serial',
      title: t.columns.serial,
      render: (_: unknown, r: EquipmentItemRow) => (
        <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => setOpenId(r.id)}>
          {r.serial}
        </Button>
      ),
    },
    { key: 'state', title: t.columns.state, render: (_: unknown, r: EquipmentItemRow) => t.states[r.state] },
    {
      key: 'receivedOn',
      title: t.columns.receivedOn,
      render: (_: unknown, r: EquipmentItemRow) => displayDate(r.receivedOn),
    },
    {
      key: 'holder',
      title: t.columns.holder,
      render: (_: unknown, r: EquipmentItemRow) =>
        r.issuedTo
          ? format(t.holderSince, { holder: r.issuedTo.name, date: displayDate(r.issuedTo.since) })
          : r.state === 'written_off'
            ? ''
            : t.inStoreText,
    },
  ];

  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <FilterSelect label={t.filters.kind} width={220} options={kindOptions} {...field('kindId')} />
        <SearchBox label={t.filters.search} width={220} value={filters.search} onSearch={(search) => set({ search })} />
      </Flex>
      <PagedTable<EquipmentItemRow>
        list={list}
        paging={paging}
        onPaging={setPaging}
        highlightId={saved.highlightId}
        empty={t.empty.items}
        columns={columns}
      />
      {openId && <ItemHistoryDrawer itemId={openId} onClose={() => setOpenId(null)} />}
    </>
  );
}
