import { Card, Flex, Tag, Timeline, Typography } from 'antd';
import { vi } from '../../messages/vi';
import type { HelpLink } from '../../messages/vi-help';
import { HelpButton } from '../../shell/HelpButton';

const t = vi.help.page;

function Links({ links }: { links: readonly HelpLink[] }) {
  return (
    <Flex gap={12} wrap>
      {links.map((link) => (
        <a key={link.to} href={`#/${link.to}`}>
          {link.label}
        </a>
      ))}
    </Flex>
  );
}

/** "Hướng dẫn sử dụng": the office's year, period by period, each with links to the screens where it is done. */
export function HelpPage() {
  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t.title}
        </Typography.Title>
        <HelpButton helpKey="huong-dan" title={t.title} />
      </Flex>
      <Typography.Paragraph>{t.intro}</Typography.Paragraph>
      <Card size="small" title={t.startTitle} style={{ marginBottom: 16, maxWidth: 900 }}>
        <ol style={{ paddingInlineStart: 20, marginTop: 0 }}>
          {t.start.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <Links links={t.startLinks} />
      </Card>
      <Typography.Title level={4}>{t.yearTitle}</Typography.Title>
      <section aria-label={t.yearTitle} style={{ maxWidth: 900 }}>
        <Timeline
          items={t.periods.map((period) => ({
            key: period.title,
            content: (
              <>
                <Flex gap={8} align="center" wrap>
                  <Tag color="blue">{period.when}</Tag>
                  <Typography.Text strong>{period.title}</Typography.Text>
                </Flex>
                <Typography.Paragraph style={{ margin: '4px 0' }}>{period.text}</Typography.Paragraph>
                <Links links={period.links} />
              </>
            ),
          }))}
        />
      </section>
    </>
  );
}
