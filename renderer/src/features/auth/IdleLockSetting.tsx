import { App, Button, Flex, Form, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { useApiQuery } from '../../shared/use-api-query';

/** The office's idle-lock time (minutes; 0 = never), applied by every window at its next login. */
export function IdleLockSetting() {
  const current = useApiQuery('accounts.security.get', {});
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();
  const t = vi.auth.security;
  if (!current.data) return null;

  async function save({ idleLockMinutes }: { idleLockMinutes: number }) {
    setSaving(true);
    try {
      await api('accounts.security.update', { idleLockMinutes });
      void message.success(t.saved);
      current.reload();
    } catch (e) {
      void message.error((e as Error).message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <div style={{ marginTop: 24 }}>
      <Typography.Title level={5}>{t.title}</Typography.Title>
      <Form layout="inline" initialValues={current.data} onFinish={save}>
        <Flex gap={8} align="end">
          <Form.Item
            name="idleLockMinutes"
            label={t.idleLockMinutes}
            rules={[{ required: true, message: vi.common.required }]}
          >
            <InputNumber min={0} max={480} precision={0} />
          </Form.Item>
          <Button htmlType="submit" loading={saving}>
            {vi.common.save}
          </Button>
        </Flex>
      </Form>
    </div>
  );
}
