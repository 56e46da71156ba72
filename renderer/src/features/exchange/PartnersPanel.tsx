import { Alert, Button, Checkbox, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ExchangePartner, PartnerKey, PartnerRole } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { ConfirmButton } from '../../shared/ConfirmButton';
import { ListTable } from '../../shared/ListTable';
import { PanelHeader } from '../../shared/PanelHeader';
import { useApiAction } from '../../shared/use-api-action';
import { useApiQuery } from '../../shared/use-api-query';
import { useDialog } from '../../shared/use-dialog';
import { useCan } from '../auth/session-context';
import { AddPartnerDialog } from './AddPartnerDialog';
import { displayDayOfStamp } from './exchange-view';
import { AddKeyDialog, RevokeKeyDialog } from './PartnerKeyDialogs';

const t = vi.exchange.partners;
const MONO = { fontFamily: 'Consolas, "Courier New", monospace' } as const;

type Dialog =
  | { kind: 'add'; role: PartnerRole }
  | { kind: 'addKey'; partner: ExchangePartner }
  | { kind: 'revoke'; partnerKey: PartnerKey };

function KeyLine({ k, canRevoke, onRevoke }: { k: PartnerKey; canRevoke: boolean; onRevoke(): void }) {
  return (
    <Flex gap={8} align="center" wrap>
      <Typography.Text style={MONO} delete={k.revokedAt !== null}>
        {k.fingerprint}
      </Typography.Text>
      {k.revokedAt ? (
        <Tag>{format(t.keyRevoked, { date: displayDayOfStamp(k.revokedAt), reason: k.revokeReason ?? '' })}</Tag>
      ) : (
        <Tag color="green">{t.keyActive}</Tag>
      )}
      {canRevoke && !k.revokedAt && (
        <Button size="small" danger onClick={onRevoke}>
          {t.revokeKey}
        </Button>
      )}
    </Flex>
  );
}

/** "Đơn vị trao đổi": the offices that send here and the one this office reports to, with their keys. */
export function PartnersPanel() {
  const can = useCan();
  const [includeRemoved, setIncludeRemoved] = useState(false);
  const list = useApiQuery('exchange.partners.list', { includeRemoved });
  const { dialog, open, close } = useDialog<Dialog>(list.reload);
  const { run: act } = useApiAction((run: () => Promise<unknown>) => run(), {
    success: vi.common.saved,
    onSettled: list.reload,
  });
  const partners = list.data ?? [];
  const hasRecipient = partners.some((p) => p.role === 'recipient' && !p.removedAt);
  return (
    <>
      <PanelHeader title={t.title}>
        <Checkbox checked={includeRemoved} onChange={(e) => setIncludeRemoved(e.target.checked)}>
          {t.showRemoved}
        </Checkbox>
        {can.admin && (
          <>
            <Button onClick={() => open({ kind: 'add', role: 'recipient' })} disabled={hasRecipient}>
              {t.setRecipient}
            </Button>
            <Button type="primary" onClick={() => open({ kind: 'add', role: 'sender' })}>
              {t.addSender}
            </Button>
          </>
        )}
      </PanelHeader>
      {list.error && <Alert type="error" showIcon title={list.error.message} />}
      <ListTable<ExchangePartner>
        unit={t.unit}
        rowKey="id"
        loading={list.loading}
        dataSource={partners}
        locale={{ emptyText: t.empty }}
        columns={[
          {
            title: t.role,
            key: 'role',
            width: 200,
            render: (_, p) => (
              <>
                {t.roles[p.role]} {p.removedAt && <Tag>{t.removed}</Tag>}
              </>
            ),
          },
          { title: t.code, dataIndex: 'officeCode', key: 'code', width: 90 },
          { title: t.name, dataIndex: 'officeName', key: 'name' },
          { title: t.kind, key: 'kind', width: 180, render: (_, p) => vi.exchange.kinds[p.officeKind] },
          {
            title: t.keys,
            key: 'keys',
            render: (_, p) => (
              <Flex vertical gap={4}>
                {p.keys.map((k) => (
                  <KeyLine
                    key={k.id}
                    k={k}
                    canRevoke={can.admin && !p.removedAt}
                    onRevoke={() => open({ kind: 'revoke', partnerKey: k })}
                  />
                ))}
              </Flex>
            ),
          },
          {
            title: vi.common.actions,
            key: 'actions',
            width: 200,
            hidden: !can.admin,
            render: (_, p) =>
              p.removedAt ? null : (
                <Flex gap={8} wrap>
                  <Button size="small" onClick={() => open({ kind: 'addKey', partner: p })}>
                    {t.addKey}
                  </Button>
                  <ConfirmButton
                    size="small"
                    danger
                    confirm={t.removeConfirm}
                    onConfirm={() =>
                      void act(() => api('exchange.partners.remove', { partnerId: p.id, version: p.version }))
                    }
                  >
                    {t.remove}
                  </ConfirmButton>
                </Flex>
              ),
          },
        ]}
      />
      {dialog?.kind === 'add' && <AddPartnerDialog role={dialog.role} onClose={close} />}
      {dialog?.kind === 'addKey' && <AddKeyDialog partner={dialog.partner} onClose={close} />}
      {dialog?.kind === 'revoke' && <RevokeKeyDialog partnerKey={dialog.partnerKey} onClose={close} />}
    </>
  );
}
