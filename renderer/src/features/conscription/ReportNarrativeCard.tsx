import { Button, Card, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import type { Campaign } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { useApiAction } from '../../shared/use-api-action';
import { useCan } from '../auth/session-context';

/** Same limit as the core's `NARRATIVE_MAX`. */
const MAX_LENGTH = 5000;

interface Props {
  campaign: Campaign;
  /** After a save: the campaign has a new version. */
  onSaved(): void;
}

/** "Nhận định, đánh giá": the office's own words for the result report, editable while the campaign is open. */
export function ReportNarrativeCard({ campaign, onSaved }: Props) {
  const [text, setText] = useState(campaign.reportNarrative);
  const can = useCan();
  const open = campaign.status === 'open';
  const changed = text.trim() !== campaign.reportNarrative;

  const { run: save, busy: saving } = useApiAction(
    () =>
      api('conscription.campaign.setNarrative', {
        id: campaign.id,
        version: campaign.version,
        reportNarrative: text,
      }),
    { success: vi.common.saved, onSuccess: onSaved },
  );

  return (
    <Card size="small" title={vi.conscription.narrative.title}>
      {/* How to write it is for those who may; a closed campaign says why it cannot change. */}
      {(!open || can.edit) && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {open ? vi.conscription.narrative.hint : vi.conscription.narrative.closed}
        </Typography.Paragraph>
      )}
      {open && can.edit ? (
        <Flex vertical gap={8} align="flex-start">
          <Input.TextArea
            aria-label={vi.conscription.narrative.title}
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={vi.conscription.narrative.placeholder}
            autoSize={{ minRows: 3, maxRows: 12 }}
            maxLength={MAX_LENGTH}
            showCount
          />
          <Button type="primary" loading={saving} disabled={!changed} onClick={() => void save()}>
            {vi.conscription.narrative.save}
          </Button>
        </Flex>
      ) : (
        <Typography.Paragraph style={{ whiteSpace: 'pre-line', marginBottom: 0 }}>
          {campaign.reportNarrative || vi.conscription.narrative.empty}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
