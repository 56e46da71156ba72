import { Alert, Button, Card, Checkbox, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { OfficeProfile, StaffMember } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { PanelHeader } from '../../shared/PanelHeader';
import { displayDate } from '../../shared/dates';
import { useApiAction } from '../../shared/use-api-action';
import { useApiQuery } from '../../shared/use-api-query';
import { useDialog } from '../../shared/use-dialog';
import { savedRowClassName, useSavedRowInView } from '../../shared/use-saved-row';
import { EditorButton } from '../auth/EditorButton';
import { useCan } from '../auth/session-context';
import { ExportButton } from '../export/ExportButton';
import { ServiceHistoryDrawer } from '../people/ServiceHistoryDrawer';
import { EndStaffDialog } from './EndStaffDialog';
import { StaffDialog } from './StaffDialog';
import { ListTable } from '../../shared/ListTable';

interface Props {
  office: OfficeProfile;
  onOfficeChanged(): void;
}

const t = vi.staff;
const signerLine = (s: { title: string; rank: string; name: string }) =>
  format(t.signerLine, { title: s.title, rank: s.rank, name: s.name }).replace(/\s+/g, ' ');

// The staff table sizes itself (ListTable): the wrapper only scrolls the saved row into view.
const NO_MEASURE = () => {};

/** Cài đặt → Cán bộ cơ quan: the office's officers and employees, and who signs documents. */
export function StaffPanel({ office, onOfficeChanged }: Props) {
  const [includeEnded, setIncludeEnded] = useState(false);
  const list = useApiQuery('staff.list', { includeEnded });
  const [savedId, setSavedId] = useState<string | null>(null);
  const {
    dialog,
    open: setDialog,
    close: closeDialog,
  } = useDialog<{ kind: 'add' } | { kind: 'edit'; staff: StaffMember } | { kind: 'end'; staff: StaffMember }>(
    (staff) => {
      // The whole list is on one page: the saved officer's row is highlighted and scrolled to.
      setSavedId((staff as StaffMember).id);
      list.reload();
    },
  );
  const [historyOf, setHistoryOf] = useState<string | null>(null);
  const can = useCan();

  const rows = list.data ?? [];
  const wrap = useSavedRowInView(NO_MEASURE, savedId, list.data);
  const signers = rows
    .filter((s) => s.endedOn === null && s.signerRole !== null)
    .map((s) => ({ role: s.signerRole, title: s.signerTitle, rank: s.rank, name: s.fullName }));
  const inProfile = office.signers.map((s) => ({ ...s, rank: s.rank ?? '' }));
  const same = JSON.stringify(signers) === JSON.stringify(inProfile);

  const { run: restore } = useApiAction(
    (staff: StaffMember) => api('staff.restore', { id: staff.id, version: staff.version }),
    { success: vi.common.saved, onSettled: list.reload },
  );
  const sync = useApiAction(() => api('staff.syncSigners', {}), { success: t.synced, onSuccess: onOfficeChanged });

  return (
    <>
      <PanelHeader title={t.title}>
        <Checkbox checked={includeEnded} onChange={(e) => setIncludeEnded(e.target.checked)}>
          {t.showEnded}
        </Checkbox>
        <ExportButton method="staff.export" input={{ includeEnded }} />
        <EditorButton onClick={() => setDialog({ kind: 'add' })}>{t.add}</EditorButton>
      </PanelHeader>
      {list.error && <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 12 }} />}
      <div ref={wrap}>
        <ListTable<StaffMember>
          unit={vi.layout.units.people}
          rowKey="id"
          rowClassName={savedRowClassName(savedId)}
          loading={list.loading}
          dataSource={rows}
          locale={{ emptyText: t.empty }}
          columns={[
            {
              title: t.fullName,
              key: 'fullName',
              render: (_, s) => (
                <Button
                  type="link"
                  style={{ padding: 0 }}
                  title={vi.staff.history.open}
                  onClick={() => setHistoryOf(s.personId)}
                >
                  {s.fullName}
                </Button>
              ),
            },
            { title: t.position, dataIndex: 'position' },
            { title: t.rank, key: 'rank', render: (_, s) => s.rank || vi.common.none },
            { title: t.phone, key: 'phone', render: (_, s) => s.phone ?? vi.common.none },
            {
              title: t.signs,
              key: 'signs',
              render: (_, s) => (s.signerRole ? <Tag color="blue">{s.signerTitle}</Tag> : vi.common.none),
            },
            { title: t.startedOn, key: 'startedOn', render: (_, s) => displayDate(s.startedOn) || vi.common.none },
            {
              title: t.status,
              key: 'status',
              render: (_, s) => (s.endedOn ? format(t.ended, { date: displayDate(s.endedOn) }) : t.active),
            },
            {
              title: vi.common.actions,
              key: 'actions',
              hidden: !can.edit,
              render: (_, s) =>
                s.endedOn ? (
                  <Button size="small" onClick={() => restore(s)}>
                    {t.restore}
                  </Button>
                ) : (
                  <Flex gap={8}>
                    <Button size="small" onClick={() => setDialog({ kind: 'edit', staff: s })}>
                      {vi.common.edit}
                    </Button>
                    <Button size="small" onClick={() => setDialog({ kind: 'end', staff: s })}>
                      {t.end}
                    </Button>
                  </Flex>
                ),
            },
          ]}
        />
      </div>
      <Card size="small" title={t.signersTitle} style={{ marginTop: 16 }}>
        <Typography.Paragraph type="secondary">{t.signersHint}</Typography.Paragraph>
        {signers.length === 0 ? (
          <Typography.Paragraph>{t.noSigners}</Typography.Paragraph>
        ) : (
          <ol aria-label={t.signersTitle}>
            {signers.map((s, i) => (
              <li key={i}>{signerLine(s)}</li>
            ))}
          </ol>
        )}
        {!list.loading && (
          <Alert
            type={same ? 'success' : 'warning'}
            showIcon
            style={{ marginBottom: 12 }}
            title={same ? t.profileSame : format(t.profileDiffers, { names: inProfile.map(signerLine).join('; ') })}
          />
        )}
        {/* Rewriting the office's signers is admin (staff.syncSigners). */}
        {can.admin && (
          <Button type="primary" loading={sync.busy} disabled={signers.length === 0} onClick={() => void sync.run()}>
            {t.syncSigners}
          </Button>
        )}
      </Card>
      {(dialog?.kind === 'add' || dialog?.kind === 'edit') && (
        <StaffDialog
          staff={dialog.kind === 'edit' ? dialog.staff : null}
          nextOrder={Math.max(0, ...rows.map((s) => s.sortOrder)) + 1}
          onClose={closeDialog}
        />
      )}
      {historyOf && <ServiceHistoryDrawer personId={historyOf} onClose={() => setHistoryOf(null)} />}
      {dialog?.kind === 'end' && <EndStaffDialog staff={dialog.staff} onClose={closeDialog} />}
    </>
  );
}
