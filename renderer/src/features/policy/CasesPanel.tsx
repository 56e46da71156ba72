import { Tag } from 'antd';
import type { PolicyCase, PolicyOutcome } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { useApiQuery } from '../../shared/use-api-query';
import { useDialog } from '../../shared/use-dialog';
import { useListFilters } from '../../shared/use-list-filters';
import { useSavedRow, useTurnToSavedRow } from '../../shared/use-saved-row';
import { CaseDialog } from './CaseDialog';
import { PolicyListFrame, type PolicyFilters } from './PolicyListFrame';

const t = vi.policy.cases;
const OUTCOME_COLORS: Record<PolicyOutcome, string> = {
  pending: 'processing',
  resolved: 'success',
  ineligible: 'default',
};

/** Other policy cases, the latest received first; a year shows those being handled in it. */
export function CasesPanel() {
  const { filters, paging, setPaging, change } = useListFilters<PolicyFilters>('policy.cases', { search: '' });
  const saved = useSavedRow();
  const list = useApiQuery('policy.case.list', { ...filters, ...paging, ...saved.focus });
  useTurnToSavedRow(saved, list, paging, setPaging);
  const { dialog, open, close } = useDialog<PolicyCase | 'new'>((record) => {
    saved.show((record as PolicyCase).id);
    list.reload();
  });
  return (
    <>
      <PolicyListFrame<PolicyCase>
        labels={t}
        filters={filters}
        onFilters={change}
        paging={paging}
        onPaging={setPaging}
        list={list}
        highlightId={saved.highlightId}
        onAdd={() => open('new')}
        onEdit={open}
        remove={(c) => api('policy.case.delete', { id: c.id, version: c.version })}
        columns={[
          { title: t.fields.subject, dataIndex: 'subjectName' },
          { title: t.fields.kind, key: 'kind', render: (_, c) => t.kinds[c.kind] },
          { title: t.fields.receivedOn, key: 'receivedOn', width: 110, render: (_, c) => displayDate(c.receivedOn) },
          {
            title: t.fields.decision,
            key: 'decision',
            render: (_, c) => [c.decisionNumber, displayDate(c.decisionOn)].filter(Boolean).join(' – '),
          },
          {
            title: t.fields.outcome,
            key: 'outcome',
            render: (_, c) => <Tag color={OUTCOME_COLORS[c.outcome]}>{t.outcomes[c.outcome]}</Tag>,
          },
          { title: t.fields.resolvedOn, key: 'resolvedOn', width: 110, render: (_, c) => displayDate(c.resolvedOn) },
        ]}
      />
      {dialog && <CaseDialog policyCase={dialog === 'new' ? null : dialog} onClose={close} />}
    </>
  );
}
