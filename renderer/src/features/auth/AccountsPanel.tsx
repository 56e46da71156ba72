import { Alert, Button, Popconfirm, Space, Tag } from 'antd';
import { useState } from 'react';
import type { Account } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { PanelHeader } from '../../shared/PanelHeader';
import { useApiAction } from '../../shared/use-api-action';
import { useApiQuery } from '../../shared/use-api-query';
import { AccountDialog, ResetPasswordDialog } from './AccountDialogs';
import { IdleLockSetting } from './IdleLockSetting';
import { RecoveryCodeSection } from './RecoveryCodeDialog';
import { useSession } from './session-context';
import { ListTable } from '../../shared/ListTable';

type Dialog = { kind: 'add' } | { kind: 'edit'; account: Account } | { kind: 'reset'; account: Account };

function StatusTag({ account }: { account: Account }) {
  const t = vi.auth.accounts;
  if (account.disabled) return <Tag>{t.disabled}</Tag>;
  if (account.locked) return <Tag color="red">{format(t.locked, { count: account.failedCount })}</Tag>;
  return <Tag color="green">{t.active}</Tag>;
}

/** Cài đặt → Tài khoản (administrators): who may log in, with which role; unlock and reset; the idle lock. */
export function AccountsPanel() {
  const list = useApiQuery('accounts.list', {});
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const me = useSession()?.account;
  const t = vi.auth;

  const closeDialog = (changed: boolean) => {
    setDialog(null);
    if (changed) list.reload();
  };

  const { run: act } = useApiAction((run: () => Promise<unknown>, _done?: string) => run(), {
    success: (_result, [, done]) => done ?? null,
    onSettled: list.reload,
  });

  return (
    <>
      <PanelHeader title={t.accounts.tab}>
        <Button type="primary" onClick={() => setDialog({ kind: 'add' })}>
          {t.accounts.add}
        </Button>
      </PanelHeader>
      {list.error && <Alert type="error" showIcon title={list.error.message} />}
      <ListTable<Account>
        unit={vi.layout.units.accounts}
        rowKey="id"
        loading={list.loading}
        dataSource={list.data ?? []}
        columns={[
          {
            title: t.displayName,
            key: 'name',
            render: (_, a) => `${a.displayName}${a.id === me?.id ? ` ${t.accounts.you}` : ''}`,
          },
          { title: t.username, dataIndex: 'username' },
          { title: t.accounts.role, key: 'role', render: (_, a) => t.roles[a.role] },
          { title: t.accounts.status, key: 'status', render: (_, a) => <StatusTag account={a} /> },
          {
            title: vi.common.actions,
            key: 'actions',
            render: (_, a) => (
              <Space wrap>
                {a.locked && (
                  <Button
                    size="small"
                    onClick={() =>
                      void act(
                        () => api('accounts.unlock', { id: a.id }),
                        format(t.accounts.unlocked, { name: a.displayName }),
                      )
                    }
                  >
                    {t.accounts.unlock}
                  </Button>
                )}
                <Button size="small" onClick={() => setDialog({ kind: 'edit', account: a })}>
                  {vi.common.edit}
                </Button>
                <Button size="small" onClick={() => setDialog({ kind: 'reset', account: a })}>
                  {t.accounts.reset}
                </Button>
                {a.disabled ? (
                  <Button
                    size="small"
                    onClick={() =>
                      void act(() => api('accounts.disable', { id: a.id, version: a.version, disabled: false }))
                    }
                  >
                    {t.accounts.enable}
                  </Button>
                ) : (
                  a.id !== me?.id && (
                    <Popconfirm
                      title={format(t.accounts.disableConfirm, { name: a.displayName })}
                      onConfirm={() =>
                        act(() => api('accounts.disable', { id: a.id, version: a.version, disabled: true }))
                      }
                    >
                      <Button size="small" danger>
                        {t.accounts.disable}
                      </Button>
                    </Popconfirm>
                  )
                )}
              </Space>
            ),
          },
        ]}
      />
      <IdleLockSetting />
      <RecoveryCodeSection />
      {dialog?.kind === 'add' && <AccountDialog onClose={closeDialog} />}
      {dialog?.kind === 'edit' && <AccountDialog account={dialog.account} onClose={closeDialog} />}
      {dialog?.kind === 'reset' && <ResetPasswordDialog account={dialog.account} onClose={closeDialog} />}
    </>
  );
}
