import { Alert, Button, Descriptions, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import type { PoliceNotice, PoliceNoticeLine } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { DetailDrawer } from '../../shared/DetailDrawer';
import { useApiQuery } from '../../shared/use-api-query';
import { useCan } from '../auth/session-context';
import { quarterLabel } from './police-labels';

const t = vi.police;

function citizen(line: PoliceNoticeLine) {
  const who = [line.fullName, line.birthDate && displayDate(line.birthDate), line.idNumber].filter(Boolean).join(' – ');
  return line.personId ? (
    who
  ) : (
    <>
      {who} <Typography.Text type="secondary">({t.details.notInRegister})</Typography.Text>
    </>
  );
}

interface Props {
  noticeId: string;
  onEdit(notice: PoliceNotice): void;
  onClose(): void;
}

/** One notice: its quarter, sender and reference, its citizens, and what a moved-away line asks of the office. */
export function NoticeDrawer({ noticeId, onEdit, onClose }: Props) {
  const query = useApiQuery('policeNotices.get', { id: noticeId });
  const can = useCan();
  const n = query.data;
  return (
    <DetailDrawer
      query={query}
      size={760}
      title={n ? format(t.details.title, { quarter: quarterLabel(n.year, n.quarter) }) : t.columns.quarter}
      onClose={onClose}
      extra={n && can.edit && <Button onClick={() => onEdit(n)}>{vi.common.edit}</Button>}
    >
      {(notice) => (
        <Flex vertical gap={12}>
          {notice.warnings.map((w) => (
            <Alert key={w} type="warning" showIcon title={w} />
          ))}
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={t.columns.quarter}>{quarterLabel(notice.year, notice.quarter)}</Descriptions.Item>
            <Descriptions.Item label={t.columns.receivedOn}>{displayDate(notice.receivedOn)}</Descriptions.Item>
            <Descriptions.Item label={t.columns.sender}>{notice.sender}</Descriptions.Item>
            <Descriptions.Item label={t.columns.reference}>{notice.reference || vi.common.none}</Descriptions.Item>
          </Descriptions>
          <Table<PoliceNoticeLine>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={notice.lines}
            locale={{ emptyText: t.details.noLines }}
            columns={[
              { key: 'citizen', title: t.fields.fullName, render: (_, l) => citizen(l) },
              { key: 'kind', title: t.fields.kind, render: (_, l) => t.kinds[l.kind] },
              { key: 'eventOn', title: t.fields.eventOn, render: (_, l) => displayDate(l.eventOn) },
              {
                key: 'note',
                title: t.fields.note,
                render: (_, l) => (
                  <Flex vertical gap={4}>
                    {l.note}
                    {l.flags.map((flag) => (
                      <Tooltip key={flag} title={t.flagsHint}>
                        <Tag color="orange">{t.flags[flag]}</Tag>
                      </Tooltip>
                    ))}
                  </Flex>
                ),
              },
            ]}
          />
        </Flex>
      )}
    </DetailDrawer>
  );
}
