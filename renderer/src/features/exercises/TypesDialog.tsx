import { Alert, Button, Flex, Form, Input, List, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ExerciseType } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { submitOnEnter } from '../../shared/submit-on-enter';

const t = vi.exercises.types;

interface Props {
  types: readonly ExerciseType[];
  onChanged(): void;
  onClose(): void;
}

/** The list of exercise types: the four built in and the office's own; rename, add, retire, restore. */
export function TypesDialog({ types, onChanged, onClose }: Props) {
  const [form] = Form.useForm<{ name: string }>();
  const [error, setError] = useState<string | null>(null);

  async function run(work: () => Promise<unknown>) {
    try {
      await work();
      setError(null);
      onChanged();
      return true;
    } catch (err) {
      setError((err as Error).message);
      return false;
    }
  }

  async function add(values: { name: string }) {
    if (await run(() => api('exercises.type.create', { name: values.name }))) form.resetFields();
  }

  return (
    <Modal
      open
      title={t.title}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{vi.common.close}</Button>}
      width={640}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <List
        size="small"
        dataSource={[...types]}
        renderItem={(type) => (
          <List.Item
            actions={[
              type.retiredOn ? (
                <Button
                  key="restore"
                  size="small"
                  onClick={() => void run(() => api('exercises.type.restore', { id: type.id, version: type.version }))}
                >
                  {t.restore}
                </Button>
              ) : (
                <Button
                  key="retire"
                  size="small"
                  onClick={() => void run(() => api('exercises.type.retire', { id: type.id, version: type.version }))}
                >
                  {t.retire}
                </Button>
              ),
            ]}
          >
            <Flex gap={8} align="center">
              <Typography.Text
                delete={type.retiredOn !== null}
                editable={{
                  triggerType: ['icon'],
                  onChange: (name) => {
                    if (name.trim() && name !== type.name)
                      void run(() => api('exercises.type.update', { id: type.id, version: type.version, name }));
                  },
                }}
              >
                {type.name}
              </Typography.Text>
              {type.builtin && <Tag>{t.builtin}</Tag>}
              {type.retiredOn && <Tag>{t.retired}</Tag>}
            </Flex>
          </List.Item>
        )}
      />
      <Form
        form={form}
        name="exerciseType"
        layout="inline"
        onFinish={add}
        onKeyDown={submitOnEnter(() => form.submit(), form)}
        style={{ marginTop: 12 }}
      >
        <Form.Item name="name" label={t.name} rules={[{ required: true, message: vi.common.required }]}>
          <Input style={{ width: 280 }} />
        </Form.Item>
        <Button htmlType="submit">{t.add}</Button>
      </Form>
    </Modal>
  );
}
