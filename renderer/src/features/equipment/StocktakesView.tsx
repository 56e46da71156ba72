import type { EquipmentStocktake } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { PagedTable } from '../../shared/PagedTable';
import { useApiQuery } from '../../shared/use-api-query';
import { useListFilters } from '../../shared/use-list-filters';
import { useSavedRow, useTurnToSavedRow } from '../../shared/use-saved-row';
import { signed } from './StocktakeDialog';

const t = vi.equipment;

/** The stocktakes, the latest first, each with the kinds whose count differed from the book. */
export function StocktakesView({ savedId }: { savedId?: string }) {
  const { paging, setPaging } = useListFilters<object>('equipment.stocktakes', {});
  const saved = useSavedRow(savedId);
  const list = useApiQuery('equipment.stocktakes.list', { ...paging, ...saved.focus });
  useTurnToSavedRow(saved, list, paging, setPaging);
  const columns = [
    {
      key: 'date',
      title: t.columns.date,
      width: 110,
      render: (_: unknown, s: EquipmentStocktake) => displayDate(s.takenOn),
    },
    { key: 'discrepancies', title: t.columns.discrepancies, align: 'right' as const, dataIndex: 'discrepancies' },
    {
      key: 'lines',
      title: t.columns.lines,
      render: (_: unknown, s: EquipmentStocktake) =>
        s.lines
          .map((l) => `${l.kindName}: ${l.counted}/${l.book}${l.difference ? ` (${signed(l.difference)})` : ''}`)
          .join('; '),
    },
  ];
  return (
    <PagedTable<EquipmentStocktake>
      list={list}
      paging={paging}
      onPaging={setPaging}
      highlightId={saved.highlightId}
      empty={t.empty.stocktakes}
      columns={columns}
    />
  );
}
