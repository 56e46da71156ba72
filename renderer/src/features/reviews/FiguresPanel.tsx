import { QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import type { ReviewFigure, ReviewFigures } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';

const t = vi.reviews;

/** One figure: label, value, a "?" that unfolds how it was computed, and a link to its records. */
function FigureLine({ figure }: { figure: ReviewFigure }) {
  const [open, setOpen] = useState(false);
  const howId = `how-${figure.key.replace(/[^\w-]/g, '_')}`;
  return (
    <li role="group" aria-label={figure.label} style={{ listStyle: 'none', padding: '4px 0' }}>
      <Flex gap={8} align="center">
        <Typography.Text style={{ flex: 1, minWidth: 0 }}>{figure.label}</Typography.Text>
        <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
          {figure.display}
        </Typography.Text>
        {figure.previousDisplay !== undefined && (
          <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
            {format(t.previousYear, { value: figure.previousDisplay })}
          </Typography.Text>
        )}
        <Button
          size="small"
          type="text"
          icon={<QuestionCircleOutlined />}
          aria-label={format(t.howToggle, { label: figure.label })}
          aria-expanded={open}
          aria-controls={howId}
          onClick={() => setOpen((o) => !o)}
        />
        {/* A fixed slot, so the "?" buttons line up whether or not a figure has records to open. */}
        <span style={{ flex: 'none', width: 72, whiteSpace: 'nowrap' }}>
          {figure.link && (
            <a href={figure.link} aria-label={format(t.openRecordsOf, { label: figure.label })}>
              {t.openRecords}
            </a>
          )}
        </span>
      </Flex>
      {open && (
        <Typography.Paragraph id={howId} type="secondary" style={{ margin: '2px 0 0 12px', fontSize: 13 }}>
          {figure.how}
        </Typography.Paragraph>
      )}
    </li>
  );
}

/** Số liệu: the report's figures by group, each explained and linked to the records behind it. */
export function FiguresPanel({ figures, note }: { figures: ReviewFigures; note?: string | null }) {
  const groups = figures.groups.filter((g) => g.figures.length > 0);
  return (
    <Card size="small" title={t.figuresTitle} role="region" aria-label={t.figuresTitle}>
      <Typography.Paragraph type="secondary">{note ?? t.figuresHint}</Typography.Paragraph>
      {groups.length === 0 && <Empty description={t.figuresEmpty} />}
      {groups.map((group) => (
        <section key={group.key} aria-label={group.label} style={{ marginBottom: 12 }}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {group.label}
          </Typography.Title>
          <ul style={{ margin: 0, padding: 0 }}>
            {group.figures.map((figure) => (
              <FigureLine key={figure.key} figure={figure} />
            ))}
          </ul>
        </section>
      ))}
    </Card>
  );
}
