import { Alert, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import type { AuditCheck, AuditEntryView } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { saveFile } from '../../shared/save-file';
import { DateFilter } from '../../shared/DateFilter';
import { FilterSelect } from '../../shared/FilterSelect';
import { useApiQuery } from '../../shared/use-api-query';
import { useListFilters } from '../../shared/use-list-filters';
import { PagedTable } from '../../shared/PagedTable';
import { AuditDiff } from './AuditDiff';
import { AuditDetails, AuditRecordName } from './AuditRow';
import { displayDateTime } from './audit-view';

const t = vi.audit;

interface Filters {
  actor?: string;
  entity?: string;
  from?: string;
  to?: string;
}

/** Cài đặt → Nhật ký: the audit trail, filtered and paged, with the chain check and the Excel export. */
export function AuditPanel() {
  const { filters, paging, setPaging, field } = useListFilters<Filters>('audit', {});
  const [open, setOpen] = useState<string[]>([]);
  const [check, setCheck] = useState<AuditCheck | null>(null);
  const [notice, setNotice] = useState<{ type: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState<'check' | 'export' | null>(null);
  const list = useApiQuery('audit.list', { ...filters, ...paging });
  const facets = useApiQuery('audit.facets', {});

  const toggle = (id: string) => setOpen((keys) => (keys.includes(id) ? keys.filter((k) => k !== id) : [...keys, id]));

  async function runCheck() {
    setBusy('check');
    setNotice(null);
    try {
      setCheck(await api('audit.verify', {}));
    } catch (err) {
      setNotice({ type: 'error', text: (err as Error).message });
    } finally {
      setBusy(null);
    }
  }

  async function runExport() {
    setBusy('export');
    setNotice(null);
    try {
      const file = await api('audit.export', filters);
      saveFile(file);
      setNotice({ type: 'success', text: format(t.exported, { count: file.count }) });
    } catch (err) {
      setNotice({ type: 'error', text: (err as Error).message });
    } finally {
      setBusy(null);
    }
  }

  const columns = [
    { key: 'at', title: t.columns.at, width: 150, render: (_: unknown, r: AuditEntryView) => displayDateTime(r.at) },
    { key: 'actor', title: t.columns.actor, width: 160, dataIndex: 'actor' },
    { key: 'action', title: t.columns.action, width: 140, dataIndex: 'actionLabel' },
    { key: 'entity', title: t.columns.entity, width: 200, dataIndex: 'entityLabel' },
    {
      key: 'record',
      title: t.columns.record,
      width: 200,
      render: (_: unknown, r: AuditEntryView) => <AuditRecordName entry={r} />,
    },
    {
      key: 'details',
      title: t.columns.details,
      render: (_: unknown, r: AuditEntryView) => (
        <AuditDetails entry={r} open={open.includes(r.id)} onToggle={() => toggle(r.id)} />
      ),
    },
  ];

  return (
    <>
      <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <FilterSelect
          label={t.filters.actor}
          width={200}
          searchable
          options={(facets.data?.actors ?? []).map((actor) => ({ value: actor, label: actor }))}
          {...field('actor')}
        />
        <FilterSelect
          label={t.filters.entity}
          width={240}
          searchable
          options={facets.data?.entities ?? []}
          {...field('entity')}
        />
        <DateFilter label={t.filters.from} {...field('from')} />
        <DateFilter label={t.filters.to} {...field('to')} />
        <Button loading={busy === 'check'} onClick={() => void runCheck()}>
          {t.check}
        </Button>
        <Button loading={busy === 'export'} onClick={() => void runExport()}>
          {t.export}
        </Button>
      </Flex>
      {check && (
        <Alert
          type={check.ok ? 'success' : 'error'}
          showIcon
          closable={{ onClose: () => setCheck(null) }}
          title={check.message}
          style={{ marginBottom: 12 }}
        />
      )}
      {(list.error ?? notice) && (
        <Alert
          type={list.error ? 'error' : notice!.type}
          showIcon
          title={list.error?.message ?? notice!.text}
          style={{ marginBottom: 12 }}
        />
      )}
      <PagedTable<AuditEntryView>
        errorShownAbove
        list={list}
        paging={paging}
        onPaging={setPaging}
        empty={t.empty}
        columns={columns}
        expandable={{
          expandedRowKeys: open,
          showExpandColumn: false,
          expandedRowRender: (r) => <AuditDiff changes={r.changes} />,
        }}
      />
    </>
  );
}
