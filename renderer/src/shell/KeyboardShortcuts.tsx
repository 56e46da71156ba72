import { Button, Modal, Table, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { vi } from '../messages/vi';
import { useKeyboardShortcuts, useNoHiddenTabStops } from './use-keyboard-shortcuts';

const t = vi.keyboard;

/** The shortcuts at work in the whole window, and "Phím tắt": the list of them (also on "?"). */
export function KeyboardShortcuts() {
  const [open, setOpen] = useState(false);
  const show = useCallback(() => setOpen(true), []);
  useKeyboardShortcuts(show);
  useNoHiddenTabStops();
  return (
    <>
      <Button type="link" size="small" title={t.openHint} onClick={show} style={{ paddingInline: 4 }}>
        {t.open}
      </Button>
      <Modal open={open} title={t.title} footer={null} onCancel={() => setOpen(false)} width={560}>
        <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
        <Table
          size="small"
          pagination={false}
          rowKey="keys"
          dataSource={t.list}
          columns={[
            { title: t.keys, dataIndex: 'keys', width: 150, render: (keys: string) => <kbd>{keys}</kbd> },
            { title: t.action, dataIndex: 'action' },
          ]}
        />
      </Modal>
    </>
  );
}
