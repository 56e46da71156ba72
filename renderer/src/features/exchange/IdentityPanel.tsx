import { Alert, Button, Descriptions, Flex, Typography } from 'antd';
import { useState } from 'react';
import type { ApiMethodName, ExchangeOfficeKind } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { PanelHeader } from '../../shared/PanelHeader';
import { saveFile } from '../../shared/save-file';
import { useApiAction } from '../../shared/use-api-action';
import { useApiQuery } from '../../shared/use-api-query';
import { useCan } from '../auth/session-context';
import { displayDayOfStamp } from './exchange-view';
import { IdentityForm } from './IdentityForm';
import { ReplaceKeyDialog } from './ReplaceKeyDialog';

const t = vi.exchange.identity;
const MONO = { fontFamily: 'Consolas, "Courier New", monospace', fontSize: 16 } as const;

/** "Thông tin đơn vị": who this office is in exchanges, its key, the enrolment sheet and file. */
export function IdentityPanel() {
  const can = useCan();
  const identity = useApiQuery('exchange.identity.get', {});
  const office = useApiQuery('office.get', {});
  const [replacing, setReplacing] = useState(false);
  const download = useApiAction(async (method: ApiMethodName & `exchange.enrolment.${string}`) =>
    saveFile(await api(method, {})),
  );
  if (identity.loading && !identity.data) return null;
  const current = identity.data ?? null;
  const kind = office.data?.kind;
  const defaults = {
    officeName: office.data?.name ?? '',
    ...(kind && kind in vi.exchange.kinds ? { officeKind: kind as ExchangeOfficeKind } : {}),
  };
  return (
    <>
      <PanelHeader title={t.title} />
      <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
      {identity.error && <Alert type="error" showIcon title={identity.error.message} />}
      {!current && <Alert type="info" showIcon title={t.notSetUp} style={{ marginBottom: 12 }} />}
      {(current || !office.loading) && (
        <IdentityForm
          key={current ? `${current.fingerprint}-${current.version}` : 'new'}
          identity={current}
          defaults={defaults}
          readOnly={!can.admin}
          onSaved={identity.reload}
        />
      )}
      {current && (
        <>
          <Descriptions column={1} bordered size="small" style={{ marginTop: 16, maxWidth: 900 }}>
            <Descriptions.Item label={t.fingerprint}>
              <Typography.Text strong style={MONO} copyable>
                {current.fingerprint}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t.publicKey}>
              <Typography.Text style={MONO}>{current.publicKey}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t.createdAt}>{displayDayOfStamp(current.createdAt)}</Descriptions.Item>
            {current.retiredKeys.length > 0 && (
              <Descriptions.Item label={t.retiredKeys}>
                {current.retiredKeys.map((k) => (
                  <div key={k.fingerprint}>
                    <Typography.Text style={MONO}>{k.fingerprint}</Typography.Text>
                    {` – ${t.retiredAt} ${displayDayOfStamp(k.retiredAt)}`}
                  </div>
                ))}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Flex gap={8} style={{ marginTop: 12 }} wrap>
            <Button type="primary" onClick={() => void download.run('exchange.enrolment.sheet')}>
              {t.printSheet}
            </Button>
            <Button onClick={() => void download.run('exchange.enrolment.file')}>{t.downloadFile}</Button>
            {can.admin && (
              <Button danger onClick={() => setReplacing(true)}>
                {t.replaceKey}
              </Button>
            )}
          </Flex>
        </>
      )}
      {replacing && current && (
        <ReplaceKeyDialog
          identity={current}
          onClose={(changed) => {
            setReplacing(false);
            if (changed) identity.reload();
          }}
        />
      )}
    </>
  );
}
