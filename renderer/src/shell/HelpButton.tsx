import { QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Drawer, Typography } from 'antd';
import { useState } from 'react';
import { format, vi } from '../messages/vi';
import { helpEntry } from './help-key';

const t = vi.help;

interface Props {
  /** The screen's key in the help catalogue (see `helpKey`). */
  helpKey: string;
  /** The screen's name, for the drawer's title. */
  title: string;
}

/** "Hướng dẫn" in a screen's header: what the screen is for, the steps and the legal basis, in a side drawer. */
export function HelpButton({ helpKey, title }: Props) {
  const [open, setOpen] = useState(false);
  const entry = helpEntry(helpKey);
  if (!entry) return null;
  return (
    <>
      <Button icon={<QuestionCircleOutlined />} aria-label={t.button} onClick={() => setOpen(true)}>
        {t.button}
      </Button>
      <Drawer
        open={open}
        size={440}
        title={format(t.drawerTitle, { title })}
        onClose={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Title level={5}>{t.purpose}</Typography.Title>
        <Typography.Paragraph>{entry.purpose}</Typography.Paragraph>
        <Typography.Title level={5}>{t.steps}</Typography.Title>
        <ol style={{ paddingInlineStart: 20 }}>
          {entry.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        {entry.basis && (
          <>
            <Typography.Title level={5}>{t.basis}</Typography.Title>
            <ul style={{ paddingInlineStart: 20 }}>
              {entry.basis.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </>
        )}
        <Typography.Paragraph style={{ marginTop: 16 }}>
          <a href="#/huong-dan" onClick={() => setOpen(false)}>
            {t.openGuide}
          </a>
        </Typography.Paragraph>
      </Drawer>
    </>
  );
}
