import { DownOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Typography } from 'antd';
import { useState } from 'react';
import { format, vi } from '../../messages/vi';
import { ChangePasswordDialog } from './ChangePasswordDialog';
import { useSession } from './session-context';

/** Who is logged in (name and role) with "Đổi mật khẩu" and "Đăng xuất", under the office's name. */
/** `compact`: only the icon (the navigation collapsed to a strip); the name stays the button's label. */
export function UserMenu({ compact = false }: { compact?: boolean }) {
  const session = useSession();
  const [changing, setChanging] = useState(false);
  if (!session) return null;
  const { account } = session;
  const t = vi.auth;
  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'password', label: t.changePassword, onClick: () => setChanging(true) },
            { key: 'logout', label: t.logout, onClick: () => void session.logout() },
          ],
        }}
      >
        <Button
          type="text"
          size="small"
          icon={<UserOutlined />}
          aria-label={format(t.userMenu, { name: account.displayName })}
          style={{ paddingInline: 4, marginTop: 4 }}
        >
          {!compact && (
            <>
              <Typography.Text style={{ fontSize: 12 }}>
                {account.displayName} · {t.roles[account.role]}
              </Typography.Text>
              <DownOutlined style={{ fontSize: 10 }} />
            </>
          )}
        </Button>
      </Dropdown>
      {changing && <ChangePasswordDialog onClose={() => setChanging(false)} />}
    </>
  );
}
