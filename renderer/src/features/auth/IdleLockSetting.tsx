import { Button, Flex, Form, InputNumber, Typography } from 'antd';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { useApiAction } from '../../shared/use-api-action';
import { useApiQuery } from '../../shared/use-api-query';

/** The office's idle-lock time (minutes; 0 = never), applied by every window at its next login. */
export function IdleLockSetting() {
  const current = useApiQuery('accounts.security.get', {});
  const t = vi.auth.security;
  const save = useApiAction(
    ({ idleLockMinutes }: { idleLockMinutes: number }) => api('accounts.security.update', { idleLockMinutes }),
    { success: t.saved, onSuccess: current.reload },
  );
  if (!current.data) return null;

  return (
    <div style={{ marginTop: 24 }}>
      <Typography.Title level={5}>{t.title}</Typography.Title>
      <Form layout="inline" initialValues={current.data} onFinish={(values) => void save.run(values)}>
        <Flex gap={8} align="end">
          <Form.Item
            name="idleLockMinutes"
            label={t.idleLockMinutes}
            rules={[{ required: true, message: vi.common.required }]}
          >
            <InputNumber min={0} max={480} precision={0} />
          </Form.Item>
          <Button htmlType="submit" loading={save.busy}>
            {vi.common.save}
          </Button>
        </Flex>
      </Form>
    </div>
  );
}
