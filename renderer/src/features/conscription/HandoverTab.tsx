import { Alert, App, Button, DatePicker, Flex, Form, Radio, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Campaign, ConscriptionRecordRow, ConscriptionRecordView } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { totalText } from '../../shared/PagedTable';
import { displayDate, fromIsoDate, INPUT_DATE_FORMATS, toIsoDate } from '../../shared/dates';
import { submitOnEnter } from '../../shared/submit-on-enter';
import { useApiQuery } from '../../shared/use-api-query';
import { useCan } from '../auth/session-context';
import { HandedOverTable } from './HandedOverTable';
import { HandoverExceptionDialog } from './HandoverExceptionDialog';
import { localityLabel, sortLikeList } from './record-labels';
import { runTransition, type StepOutcome } from './run-steps';
import { StepOutcomeDialog } from './StepOutcomeDialog';
import { WarningBadge } from './WarningBadge';
import { SuggestInput } from '../../shared/SuggestInput';

interface Values {
  onDate: Dayjs;
  receivingUnit: string;
  /** '' keeps the branch the call-up order was issued for. */
  branch: '' | 'army' | 'police';
}

const t = vi.conscription.handoverScreen;
const x = vi.conscription.health.exception;
const PAGE_SIZE = 100;

/** The law's re-check refuses this record's handover (age, health, exemption): only an exception hands it over. */
const isIneligible = (r: ConscriptionRecordRow) => r.warnings.some((w) => w.severity === 'error');

/** "Giao nhận quân": tick who reported among those with a call-up order, name the receiving unit, save. */
export function HandoverTab({ campaign }: { campaign: Campaign }) {
  const [form] = Form.useForm<Values>();
  const [page, setPage] = useState(1);
  const [ticked, setTicked] = useState<ConscriptionRecordView[]>([]);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<StepOutcome | null>(null);
  const [donePage, setDonePage] = useState(1);
  const [exceptionFor, setExceptionFor] = useState<ConscriptionRecordRow | null>(null);
  const pending = useApiQuery('conscription.record.list', {
    campaignId: campaign.id,
    states: ['call_up_ordered'],
    // In order-number order: the order in which the citizens are called at the ceremony.
    sort: 'orderNumber',
    page,
    pageSize: PAGE_SIZE,
  });
  const handed = useApiQuery('conscription.record.list', {
    campaignId: campaign.id,
    states: ['handed_over'],
    page: donePage,
    pageSize: PAGE_SIZE,
  });
  const { message } = App.useApp();
  const can = useCan();
  const units = new Set((handed.data?.rows ?? []).map((r) => r.receivingUnit).filter(Boolean));

  async function save(values: Values) {
    if (ticked.length === 0) {
      message.warning(t.nothingTicked);
      return;
    }
    setSaving(true);
    try {
      const result = await runTransition(vi.conscription.tabs.handover, sortLikeList(ticked), 'handed_over', {
        onDate: toIsoDate(values.onDate),
        receivingUnit: values.receivingUnit.trim(),
        ...(values.branch && { branch: values.branch }),
      });
      if (result.refusals.length > 0 || result.warnings.length > 0) setOutcome(result);
      else message.success(format(vi.conscription.outcome.done, { count: result.done }));
      setTicked([]);
      pending.reload();
      handed.reload();
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      {/* Recording the handover is a step (officer): a read-only account sees the two lists only. */}
      {can.edit && <Typography.Paragraph type="secondary">{t.hint}</Typography.Paragraph>}
      {can.edit && (
        <Form<Values>
          form={form}
          name="handover"
          layout="inline"
          initialValues={{ onDate: fromIsoDate(campaign.handoverStart), branch: '', receivingUnit: '' }}
          onFinish={save}
          onKeyDown={submitOnEnter(() => form.submit(), form)}
          style={{ marginBottom: 12, rowGap: 8 }}
        >
          <Form.Item name="onDate" label={t.onDate} rules={[{ required: true, message: vi.common.required }]}>
            <DatePicker format={INPUT_DATE_FORMATS} placeholder={vi.common.datePlaceholder} allowClear={false} />
          </Form.Item>
          <Form.Item
            name="receivingUnit"
            label={t.receivingUnit}
            rules={[{ required: true, whitespace: true, message: vi.common.required }]}
          >
            <SuggestInput
              options={[...units].map((value) => ({ value }))}
              style={{ width: 260 }}
              placeholder={t.receivingUnit}
            />
          </Form.Item>
          <Form.Item name="branch" label={t.branch}>
            <Radio.Group
              options={[
                { value: '', label: t.branchAsOrdered },
                ...(['army', 'police'] as const).map((b) => ({ value: b, label: vi.conscription.branches[b] })),
              ]}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={saving} disabled={ticked.length === 0}>
            {format(t.save, { count: ticked.length })}
          </Button>
        </Form>
      )}
      {pending.error && <Alert type="error" showIcon title={pending.error.message} />}
      <Typography.Title level={5}>{t.pendingTitle}</Typography.Title>
      <Table<ConscriptionRecordRow>
        rowKey="id"
        size="small"
        loading={pending.loading}
        dataSource={pending.data?.rows ?? []}
        locale={{ emptyText: t.emptyPending }}
        rowSelection={
          can.edit
            ? {
                columnTitle: t.reported,
                columnWidth: 80,
                selectedRowKeys: ticked.map((r) => r.id),
                preserveSelectedRowKeys: true,
                onChange: (_keys, rows) => setTicked(rows.filter(Boolean)),
                // A record the law now refuses is handed over one at a time, as an exception with its reason.
                getCheckboxProps: (r) => ({
                  'aria-label': format(t.reportedFor, { name: r.fullName }),
                  disabled: isIneligible(r),
                  title: isIneligible(r) ? x.notEligibleTick : undefined,
                }),
                getTitleCheckboxProps: () => ({ 'aria-label': vi.common.selectAll }),
              }
            : undefined
        }
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: pending.data?.total ?? 0,
          onChange: setPage,
          showTotal: (n) => totalText(n, vi.layout.units.people),
        }}
        columns={[
          { title: t.orderNumber, dataIndex: 'orderNumber', width: 90, align: 'right' },
          { title: vi.conscription.records.fullName, dataIndex: 'fullName' },
          { title: vi.conscription.records.birthDate, key: 'birthDate', render: (_, r) => displayDate(r.birthDate) },
          { title: vi.conscription.records.locality, key: 'locality', render: (_, r) => localityLabel(r) },
          { title: t.branch, key: 'branch', render: (_, r) => (r.branch ? vi.conscription.branches[r.branch] : '') },
          {
            title: t.report,
            key: 'report',
            render: (_, r) => [displayDate(r.reportDate), r.reportTime, r.reportPlace].filter(Boolean).join(', '),
          },
          {
            title: vi.conscription.records.warnings,
            key: 'warnings',
            render: (_, r) => (
              <Flex gap={8} align="center" wrap>
                <WarningBadge
                  list={r.warnings.map((w) => ({ recordId: r.id, name: r.fullName, message: w.message }))}
                />
                {can.edit && isIneligible(r) && (
                  <Button
                    size="small"
                    aria-label={format(x.buttonFor, { name: r.fullName })}
                    onClick={() => setExceptionFor(r)}
                  >
                    {x.button}
                  </Button>
                )}
              </Flex>
            ),
          },
        ]}
      />
      <Flex vertical style={{ marginTop: 24 }}>
        <Typography.Title level={5}>{t.doneTitle}</Typography.Title>
        <HandedOverTable
          rows={handed.data?.rows ?? []}
          total={handed.data?.total ?? 0}
          loading={handed.loading}
          page={donePage}
          pageSize={PAGE_SIZE}
          onPage={setDonePage}
        />
      </Flex>
      {outcome && <StepOutcomeDialog outcome={outcome} onClose={() => setOutcome(null)} />}
      {exceptionFor && (
        <HandoverExceptionDialog
          record={exceptionFor}
          defaults={{
            onDate: form.getFieldValue('onDate') as Dayjs,
            receivingUnit: (form.getFieldValue('receivingUnit') as string | undefined) ?? '',
            // '' (as in the order) means the record's own branch; the order defaults to the army.
            branch: (form.getFieldValue('branch') as Values['branch'] | undefined) || (exceptionFor.branch ?? 'army'),
          }}
          onClose={(saved) => {
            setExceptionFor(null);
            if (saved) {
              pending.reload();
              handed.reload();
            }
          }}
        />
      )}
    </>
  );
}
