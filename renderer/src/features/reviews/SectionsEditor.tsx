import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Typography } from 'antd';
import type { ReviewSectionDef, ReviewSectionKey } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';

const t = vi.reviews;
const PARTS = ['results', 'tasks', 'proposals'] as const;

interface Props {
  defs: readonly ReviewSectionDef[];
  textOf(key: ReviewSectionKey): string;
  readOnly: boolean;
  redrafting: ReviewSectionKey | null;
  onEdit(key: ReviewSectionKey, text: string): void;
  onRedraft(key: ReviewSectionKey, heading: string): void;
}

/** Nội dung báo cáo: each narrative section as a heading and a free text the officer edits, by part. */
export function SectionsEditor({ defs, textOf, readOnly, redrafting, onEdit, onRedraft }: Props) {
  // Part I numbers its sections (1. Tình hình chung …); Parts II and III are one section each.
  const results = defs.filter((d) => d.part === 'results').map((d) => d.key);
  const headingOf = (def: ReviewSectionDef) =>
    def.part === 'results' ? `${results.indexOf(def.key) + 1}. ${def.heading}` : def.heading;
  return (
    <Card size="small" title={t.sectionsTitle} role="region" aria-label={t.sectionsTitle}>
      {PARTS.map((part) => {
        const inPart = defs.filter((d) => d.part === part);
        if (inPart.length === 0) return null;
        return (
          <section key={part} aria-label={t.parts[part]}>
            <Typography.Title level={5}>{t.parts[part]}</Typography.Title>
            {inPart.map((def) => {
              const heading = headingOf(def);
              const inputId = `review-section-${def.key}`;
              return (
                <div key={def.key} style={{ marginBottom: 16 }}>
                  <Flex gap={8} align="center" justify="space-between" style={{ marginBottom: 4 }}>
                    <label htmlFor={inputId} style={{ fontWeight: 600 }}>
                      {heading}
                    </label>
                    {!readOnly && (
                      <Button
                        size="small"
                        icon={<ReloadOutlined />}
                        loading={redrafting === def.key}
                        disabled={redrafting !== null && redrafting !== def.key}
                        aria-label={format(t.redraftOf, { heading: def.heading })}
                        onClick={() => onRedraft(def.key, def.heading)}
                      >
                        {t.redraft}
                      </Button>
                    )}
                  </Flex>
                  <Input.TextArea
                    id={inputId}
                    value={textOf(def.key)}
                    readOnly={readOnly}
                    autoSize={{ minRows: 3, maxRows: 24 }}
                    onChange={(e) => onEdit(def.key, e.target.value)}
                  />
                </div>
              );
            })}
          </section>
        );
      })}
    </Card>
  );
}
