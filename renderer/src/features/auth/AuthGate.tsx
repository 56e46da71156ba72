import { Alert, Button, Card, Modal, Spin, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Account, SessionState } from '../../../../electron/core/api/contract';
import { api, LOGIN_REQUIRED_EVENT } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { bindMemoryTo } from '../../shared/remembered';
import { HOME_HASH } from '../../shell/sections';
import { LoginForm } from './LoginForm';
import { RecoveryCodeReminder } from './RecoveryCodeDialog';
import { SessionContext, type SessionInfo } from './session-context';
import { SetupAdminForm } from './SetupAdminForm';
import { useIdle } from './use-idle';

/** Why the screen is locked over the user's work (which stays as it was underneath). */
type LockReason = 'idle' | 'ended';

function CenteredCard({ title, hint, children }: { title: string; hint: string; children: ReactNode }) {
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: 48, background: '#f5f5f5', minHeight: '100vh' }}>
      <Card style={{ maxWidth: 440, width: '100%', alignSelf: 'flex-start' }}>
        <Typography.Title level={2}>{title}</Typography.Title>
        <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
        {children}
      </Card>
    </div>
  );
}

/**
 * Nothing of the office opens before a login (the server refuses every other call anyway). The
 * first run creates the administrator; afterwards the login screen. After the office's idle
 * time, or when the server says the session ended, the screen locks over the user's work: the
 * same user's password unlocks it with nothing lost; another user starts afresh.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState | undefined>();
  const [error, setError] = useState<string | null>(null);
  /** Whose work is on screen (kept while locked). */
  const [shown, setShown] = useState<Account | null>(null);
  const [lock, setLock] = useState<LockReason | null>(null);
  const t = vi.auth;

  useEffect(() => {
    api('accounts.me', {}).then(
      (me) => {
        setState(me);
        setShown(me.account);
      },
      (e: Error) => setError(e.message),
    );
  }, []);

  const loggedIn = useCallback(
    (account: Account) => {
      // A login (not the same user unlocking a locked screen) opens at the home screen: the address
      // still holds the previous user's screen, which is none of this user's business.
      if (shown?.id !== account.id) window.location.hash = HOME_HASH;
      setShown(account);
      setLock(null);
      setState((s) => (s ? { ...s, account, needsSetup: false } : s));
    },
    [shown],
  );

  const logout = useCallback(async () => {
    await api('accounts.logout', { reason: 'user' }).catch(() => undefined);
    setShown(null);
    setLock(null);
    setState((s) => (s ? { ...s, account: null } : s));
  }, []);

  const lockNow = useCallback((reason: LockReason) => {
    if (reason === 'idle') void api('accounts.logout', { reason: 'idle' }).catch(() => undefined);
    setLock((current) => current ?? reason);
  }, []);

  useEffect(() => {
    const onRequired = () => lockNow('ended');
    window.addEventListener(LOGIN_REQUIRED_EVENT, onRequired);
    return () => window.removeEventListener(LOGIN_REQUIRED_EVENT, onRequired);
  }, [lockNow]);

  const idleMinutes = state?.security.idleLockMinutes ?? 0;
  const stillHere = useCallback(() => void api('accounts.me', {}).catch(() => undefined), []);
  useIdle(idleMinutes, shown !== null && lock === null, () => lockNow('idle'), stillHere);

  const session = useMemo<SessionInfo | null>(() => (shown ? { account: shown, logout } : null), [shown, logout]);

  // The screens below read and write this account's remembered filters and tabs, nobody else's.
  bindMemoryTo(session?.account.id ?? null);

  if (error) return <Alert type="error" showIcon title={error} style={{ margin: 24 }} />;
  if (!state) return <Spin fullscreen description={vi.app.loading} />;
  if (state.needsSetup && !shown) {
    return (
      <CenteredCard title={t.setupTitle} hint={t.setupHint}>
        <SetupAdminForm onCreated={loggedIn} />
      </CenteredCard>
    );
  }
  if (!session) {
    return (
      <CenteredCard title={vi.app.title} hint={t.loginHint}>
        <LoginForm onLoggedIn={loggedIn} />
      </CenteredCard>
    );
  }
  return (
    <SessionContext.Provider value={session}>
      {/* Another user's login remounts the screens, so nothing of the previous user's work remains. */}
      {session.account.role === 'admin' && <RecoveryCodeReminder key={session.account.id} />}
      <div key={session.account.id}>{children}</div>
      <Modal
        open={lock !== null}
        title={t.lockedTitle}
        footer={null}
        closable={false}
        mask={{ closable: false }}
        keyboard={false}
      >
        <Typography.Paragraph>
          {lock === 'idle'
            ? format(t.lockedHint, { minutes: idleMinutes, name: session.account.displayName })
            : t.sessionEndedHint}
        </Typography.Paragraph>
        <LoginForm username={session.account.username} onLoggedIn={loggedIn} />
        <Button type="link" onClick={() => void logout()} style={{ paddingLeft: 0, marginTop: 8 }}>
          {t.otherAccount}
        </Button>
      </Modal>
    </SessionContext.Provider>
  );
}
