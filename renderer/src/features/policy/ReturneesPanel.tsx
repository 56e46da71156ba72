import { Tag, Tooltip } from 'antd';
import type { Returnee } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { useApiQuery } from '../../shared/use-api-query';
import { useDialog } from '../../shared/use-dialog';
import { useListFilters } from '../../shared/use-list-filters';
import { useSavedRow, useTurnToSavedRow } from '../../shared/use-saved-row';
import { PolicyListFrame, type PolicyFilters } from './PolicyListFrame';
import { ReturneeDialog } from './ReturneeDialog';

const t = vi.policy.returnees;

/** The reserve registration: its date, or "not yet" with the deadline; late or overdue as a warning badge. */
function Registration({ r }: { r: Returnee }) {
  const text = r.reserveRegisteredOn ? displayDate(r.reserveRegisteredOn) : t.notRegistered;
  return (
    <>
      {text}
      {!r.reserveRegisteredOn && !r.registrationWarning && (
        <div>{format(t.deadline, { date: displayDate(r.registrationDeadline) })}</div>
      )}
      {r.registrationWarning && (
        <Tooltip title={r.registrationWarning}>
          <Tag color="warning" style={{ marginLeft: 6 }} aria-label={r.registrationWarning}>
            {t.late}
          </Tag>
        </Tooltip>
      )}
    </>
  );
}

/** Soldiers back from service, the latest return first, with their reserve registration and support. */
export function ReturneesPanel() {
  const { filters, paging, setPaging, change } = useListFilters<PolicyFilters>('policy.returnees', { search: '' });
  const saved = useSavedRow();
  const list = useApiQuery('policy.returnee.list', { ...filters, ...paging, ...saved.focus });
  useTurnToSavedRow(saved, list, paging, setPaging);
  const { dialog, open, close } = useDialog<Returnee | 'new'>((record) => {
    saved.show((record as Returnee).id);
    list.reload();
  });
  return (
    <>
      <PolicyListFrame<Returnee>
        labels={t}
        filters={filters}
        onFilters={change}
        paging={paging}
        onPaging={setPaging}
        list={list}
        highlightId={saved.highlightId}
        onAdd={() => open('new')}
        onEdit={open}
        remove={(r) => api('policy.returnee.delete', { id: r.id, version: r.version })}
        columns={[
          { title: t.fields.soldier, dataIndex: 'fullName' },
          {
            title: vi.policy.supports.fields.birthDate,
            key: 'birthDate',
            width: 100,
            render: (_, r) => displayDate(r.birthDate),
          },
          {
            title: t.fields.dischargedOn,
            key: 'dischargedOn',
            width: 110,
            render: (_, r) => displayDate(r.dischargedOn),
          },
          { title: t.fields.returnedOn, key: 'returnedOn', width: 110, render: (_, r) => displayDate(r.returnedOn) },
          { title: t.fields.registration, key: 'registration', render: (_, r) => <Registration r={r} /> },
          {
            title: t.fields.supports,
            key: 'supports',
            render: (_, r) =>
              r.supports.map((s, i) => <div key={i}>{`${t.supportKinds[s.kind]} (${displayDate(s.supportOn)})`}</div>),
          },
        ]}
      />
      {dialog && <ReturneeDialog returnee={dialog === 'new' ? null : dialog} onClose={close} />}
    </>
  );
}
