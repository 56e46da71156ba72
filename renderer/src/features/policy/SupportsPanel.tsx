import type { FamilySupport } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { useApiQuery } from '../../shared/use-api-query';
import { useDialog } from '../../shared/use-dialog';
import { useListFilters } from '../../shared/use-list-filters';
import { useSavedRow, useTurnToSavedRow } from '../../shared/use-saved-row';
import { moneyText } from './policy-labels';
import { PolicyListFrame, type PolicyFilters } from './PolicyListFrame';
import { SupportDialog } from './SupportDialog';

const t = vi.policy.supports;

/** Support to the families of serving soldiers, newest first. */
export function SupportsPanel() {
  const { filters, paging, setPaging, change } = useListFilters<PolicyFilters>('policy.supports', { search: '' });
  const saved = useSavedRow();
  const list = useApiQuery('policy.support.list', { ...filters, ...paging, ...saved.focus });
  useTurnToSavedRow(saved, list, paging, setPaging);
  const { dialog, open, close } = useDialog<FamilySupport | 'new'>((record) => {
    saved.show((record as FamilySupport).id);
    list.reload();
  });
  return (
    <>
      <PolicyListFrame<FamilySupport>
        labels={t}
        filters={filters}
        onFilters={change}
        paging={paging}
        onPaging={setPaging}
        list={list}
        highlightId={saved.highlightId}
        onAdd={() => open('new')}
        onEdit={open}
        remove={(s) => api('policy.support.delete', { id: s.id, version: s.version })}
        columns={[
          { title: t.fields.supportOn, key: 'supportOn', width: 100, render: (_, s) => displayDate(s.supportOn) },
          { title: t.fields.soldier, dataIndex: 'fullName' },
          { title: t.fields.birthDate, key: 'birthDate', width: 100, render: (_, s) => displayDate(s.birthDate) },
          { title: t.fields.handoverYear, dataIndex: 'handoverYear', width: 90, align: 'right' },
          { title: t.fields.kind, key: 'kind', render: (_, s) => t.kinds[s.kind] },
          { title: t.fields.amount, key: 'amount', align: 'right', render: (_, s) => moneyText(s.amount) },
          { title: t.fields.giver, dataIndex: 'giver' },
          { title: t.fields.note, dataIndex: 'note', ellipsis: true },
        ]}
      />
      {dialog && <SupportDialog support={dialog === 'new' ? null : dialog} onClose={close} />}
    </>
  );
}
