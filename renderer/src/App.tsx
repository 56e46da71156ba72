import { Alert, Spin } from 'antd';
import { AuthGate } from './features/auth/AuthGate';
import { FirstRunScreen } from './features/office/FirstRunScreen';
import { vi } from './messages/vi';
import { AppShell } from './shell/AppShell';
import { useApiQuery } from './shared/use-api-query';

/** Nothing opens before a login; then the first run asks for the office profile, afterwards the shell opens. */
export function App() {
  return (
    <AuthGate>
      <OfficeApp />
    </AuthGate>
  );
}

function OfficeApp() {
  const office = useApiQuery('office.get', {});
  if (office.error) return <Alert type="error" showIcon title={office.error.message} style={{ margin: 24 }} />;
  if (office.data === undefined) return <Spin fullscreen description={vi.app.loading} />;
  if (office.data === null) return <FirstRunScreen onSaved={office.reload} />;
  return <AppShell office={office.data} onOfficeChanged={office.reload} />;
}
