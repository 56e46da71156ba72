import { Button, Flex, Typography } from 'antd';
import type { AuditEntryView } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';

const t = vi.audit;

/** The record's name; its code (shortened, in full on hover) only when the trail knows no name. */
export function AuditRecordName({ entry }: { entry: AuditEntryView }) {
  if (entry.recordName) return <Typography.Text>{entry.recordName}</Typography.Text>;
  return (
    <Typography.Text type="secondary" title={entry.entityId}>
      {format(t.unnamed, { id: entry.entityId.slice(0, 8) })}
    </Typography.Text>
  );
}

/** "Chi tiết": what changed in one line ("Địa bàn: Tổ 1 → Tổ 2; …"), and a button for the whole list. */
export function AuditDetails({
  entry,
  open,
  onToggle,
}: {
  entry: AuditEntryView;
  open: boolean;
  onToggle: () => void;
}) {
  return (
    <Flex gap={8} align="center" justify="space-between">
      <Typography.Text ellipsis={{ tooltip: entry.details }} style={{ minWidth: 0 }}>
        {entry.details}
      </Typography.Text>
      {entry.changes.length > 0 && (
        <Button size="small" aria-expanded={open} onClick={onToggle} style={{ flex: 'none' }}>
          {open ? t.hide : t.view}
        </Button>
      )}
    </Flex>
  );
}
