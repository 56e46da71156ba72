import { Alert } from 'antd';
import { useApiQuery } from '../../shared/use-api-query';
import { useListFilters } from '../../shared/use-list-filters';
import { usePageInRange } from '../../shared/use-page-in-range';
import { useSavedRow, useTurnToSavedRow } from '../../shared/use-saved-row';
import { useCan } from '../auth/session-context';
import { ExportButton } from '../export/ExportButton';
import { ImportButton } from '../import/ImportButton';
import { MemberFilters, type MemberFilterValues } from './MemberFilters';
import { MemberTable } from './MemberTable';

/** Every membership, searched, filtered and paged by the core. */
export function MembersTab() {
  const {
    filters,
    paging,
    setPaging,
    change: changeFilters,
  } = useListFilters<MemberFilterValues>('militia.members', { search: '', termEndingSoon: false, status: 'active' });
  const localities = useApiQuery('localities.list', {});
  const tree = useApiQuery('militia.unit.list', { includeRetired: true });
  const saved = useSavedRow();
  const members = useApiQuery('militia.member.list', { ...filters, ...paging, ...saved.focus });
  useTurnToSavedRow(saved, members, paging, setPaging);
  usePageInRange(members.data?.total, paging, setPaging);
  const can = useCan();

  return (
    <>
      <MemberFilters
        value={filters}
        localities={localities.data ?? []}
        groups={tree.data ?? []}
        onChange={changeFilters}
        actions={
          <>
            {can.edit && <ImportButton target="militia" onImported={members.reload} />}
            <ExportButton method="militia.member.export" input={filters} />
          </>
        }
      />
      {members.error && <Alert type="error" showIcon title={members.error.message} style={{ marginBottom: 12 }} />}
      <MemberTable
        page={members.data}
        loading={members.loading}
        groups={tree.data ?? []}
        showUnit
        onPage={(page, pageSize) => setPaging({ page, pageSize })}
        onChanged={(id) => {
          saved.show(id);
          members.reload();
        }}
        highlightId={saved.highlightId}
      />
    </>
  );
}
