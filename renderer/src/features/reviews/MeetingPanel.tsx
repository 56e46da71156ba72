import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import { useState } from 'react';
import type { ReviewMeetingOfReport } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { MeetingDialog } from './MeetingDialog';

const t = vi.reviews.meeting;

interface Props {
  reportId: string;
  current: ReviewMeetingOfReport;
  canEdit: boolean;
  onSaved(): void;
}

/**
 * The review meeting (Hội nghị sơ kết / tổng kết) of the report's period, in short, with a button to
 * record or correct it. Its day becomes the document's default date; its conclusions open the next
 * period's report.
 */
export function MeetingPanel({ reportId, current, canEdit, onSaved }: Props) {
  const [open, setOpen] = useState(false);
  const { meeting } = current;
  const action = meeting ? t.edit : t.add;
  return (
    <Card
      size="small"
      title={t.title}
      role="region"
      aria-label={t.title}
      extra={
        canEdit && (
          <Button
            size="small"
            icon={meeting ? <EditOutlined /> : <PlusOutlined />}
            aria-label={action}
            onClick={() => setOpen(true)}
          >
            {action}
          </Button>
        )
      }
    >
      {meeting ? (
        <>
          <Typography.Paragraph style={{ marginBottom: 4 }}>
            {format(t.heldOnLine, { date: displayDate(meeting.heldOn), place: meeting.place })}
          </Typography.Paragraph>
          <Typography.Paragraph style={{ marginBottom: 4 }}>
            {format(t.chairLine, { name: meeting.chairName, position: meeting.chairPosition })}
          </Typography.Paragraph>
          <Typography.Text type="secondary">
            {format(t.guestsLine, { count: meeting.guests.length })}
            {' · '}
            {format(t.conclusionsLine, { count: meeting.conclusions.length })}
          </Typography.Text>
        </>
      ) : (
        <Typography.Text type="secondary">{t.none}</Typography.Text>
      )}
      {open && (
        <MeetingDialog
          reportId={reportId}
          current={current}
          onClose={(saved) => {
            setOpen(false);
            if (saved) onSaved();
          }}
        />
      )}
    </Card>
  );
}
