import { Alert, App, Button, Flex, Input, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { DocumentKind, ProducedDocument, RegisterEntry } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { FilterSelect } from '../../shared/FilterSelect';
import { useApiQuery } from '../../shared/use-api-query';
import { useListFilters } from '../../shared/use-list-filters';
import { PagedTable } from '../../shared/PagedTable';
import { useCan } from '../auth/session-context';
import { ExportButton } from '../export/ExportButton';
import { RegenerateDialog } from './RegenerateDialog';
import { downloadEntry, linkText, referenceText } from './register-actions';
import { RegisterDrawer } from './RegisterDrawer';
import { WithdrawDialog } from './WithdrawDialog';

const t = vi.register;

interface Filters {
  year?: number;
  kind?: DocumentKind;
  search?: string;
}

/**
 * Văn bản – Báo cáo → Sổ văn bản đi: every document issued, newest first. The address carries the
 * open entry (#/van-ban-bao-cao/so-van-ban/<entry id>) so other screens can link to one.
 */
export function RegisterTab({ path, navigate }: { path: string[]; navigate: (parts: string[]) => void }) {
  const { message } = App.useApp();
  const can = useCan();
  const { filters, paging, setPaging, set, field } = useListFilters<Filters>('register', {});
  const [regenerating, setRegenerating] = useState<RegisterEntry | null>(null);
  const [withdrawing, setWithdrawing] = useState<RegisterEntry | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Bumped when an entry gains a correction, so an open drawer shows it.
  const [drawerKey, setDrawerKey] = useState(0);
  const list = useApiQuery('documents.register.list', { ...filters, ...paging });
  const kinds = useApiQuery('documents.kinds', {});
  const kindOptions = (kinds.data ?? []).map((k) => ({ value: k.kind, label: k.label }));
  const openId = path[0] ?? null;

  async function download(id: string) {
    setError(null);
    try {
      await downloadEntry(id);
    } catch (err) {
      setError((err as Error).message);
    }
  }

  async function regenerated(produced: ProducedDocument | null) {
    setRegenerating(null);
    if (!produced) return;
    list.reload();
    setDrawerKey((k) => k + 1);
    const entry = produced.registerId ? await api('documents.register.get', { id: produced.registerId }) : null;
    message.success(
      entry?.reference ? format(t.regenerate.done, { reference: entry.reference }) : t.regenerate.doneNoNumber,
    );
  }

  const columns = [
    {
      key: 'reference',
      title: t.columns.reference,
      width: 130,
      render: (_: unknown, r: RegisterEntry) => (
        <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => navigate([r.id])}>
          {referenceText(r)}
        </Button>
      ),
    },
    {
      key: 'issuedOn',
      title: t.columns.issuedOn,
      width: 110,
      render: (_: unknown, r: RegisterEntry) => displayDate(r.issuedOn),
    },
    { key: 'kind', title: t.columns.kind, width: 170, render: (_: unknown, r: RegisterEntry) => r.kindLabel },
    {
      key: 'summary',
      title: t.columns.summary,
      render: (_: unknown, r: RegisterEntry) => (
        <>
          {r.summary}
          {/* A withdrawn document stays in the register, said so with its reason. */}
          {r.withdrawn && (
            <div>
              <Tag color="red">{t.withdraw.badge}</Tag>
              <Typography.Text type="secondary">
                {format(t.withdraw.reasonLine, { reason: r.withdrawn.reason })}
              </Typography.Text>
            </div>
          )}
        </>
      ),
    },
    { key: 'signer', title: t.columns.signer, width: 170, dataIndex: 'signerName' },
    {
      key: 'replaces',
      title: t.columns.replaces,
      width: 120,
      render: (_: unknown, r: RegisterEntry) =>
        r.replaces ? (
          <Button
            type="link"
            title={linkText(r.replaces)}
            style={{ padding: 0, height: 'auto' }}
            onClick={() => navigate([r.replaces!.id])}
          >
            {referenceText(r.replaces)}
          </Button>
        ) : (
          ''
        ),
    },
    {
      key: 'actions',
      title: vi.common.actions,
      width: 210,
      render: (_: unknown, r: RegisterEntry) => (
        <Flex gap={4} wrap>
          <Button size="small" onClick={() => navigate([r.id])}>
            {t.actions.view}
          </Button>
          <Button size="small" onClick={() => void download(r.id)}>
            {t.actions.download}
          </Button>
          {/* Issuing anew takes a new number (documents.register.regenerate is officer); a download is a read. */}
          {can.edit && (
            <Button
              size="small"
              aria-label={t.actions.regenerate}
              title={t.actions.regenerate}
              onClick={() => setRegenerating(r)}
            >
              {t.actions.regenerateShort}
            </Button>
          )}
          {/* Withdrawing is for whoever may issue (documents.register.withdraw is officer). */}
          {can.edit && !r.withdrawn && (
            <Button size="small" danger onClick={() => setWithdrawing(r)}>
              {t.actions.withdraw}
            </Button>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <FilterSelect
          label={t.filters.year}
          width={110}
          options={(list.data?.years ?? []).map((year) => ({ value: year, label: String(year) }))}
          {...field('year')}
        />
        <FilterSelect label={t.filters.kind} width={280} searchable options={kindOptions} {...field('kind')} />
        <Input.Search
          allowClear
          aria-label={t.filters.search}
          placeholder={t.filters.search}
          style={{ width: 300 }}
          onSearch={(value) => set({ search: value.trim() || undefined })}
        />
        <div style={{ marginInlineStart: 'auto' }}>
          <ExportButton method="documents.register.export" input={filters} />
        </div>
      </Flex>
      {(list.error ?? error) && (
        <Alert type="error" showIcon title={list.error?.message ?? error} style={{ marginBottom: 12 }} />
      )}
      <PagedTable<RegisterEntry>
        unit={vi.layout.units.documents}
        errorShownAbove
        list={list}
        paging={paging}
        onPaging={setPaging}
        empty={t.empty}
        columns={columns}
      />
      {openId && (
        <RegisterDrawer
          key={`${openId}-${drawerKey}`}
          entryId={openId}
          onOpen={(id) => navigate([id])}
          onRegenerate={setRegenerating}
          onClose={() => navigate([])}
        />
      )}
      {withdrawing && (
        <WithdrawDialog
          entry={withdrawing}
          onClose={(done) => {
            setWithdrawing(null);
            if (!done) return;
            list.reload();
            setDrawerKey((k) => k + 1);
          }}
        />
      )}
      {regenerating && <RegenerateDialog entry={regenerating} onClose={(produced) => void regenerated(produced)} />}
    </>
  );
}
