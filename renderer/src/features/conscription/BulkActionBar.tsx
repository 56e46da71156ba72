import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Flex, Typography } from 'antd';
import { format, vi } from '../../messages/vi';
import { MAIN_ACTIONS, OTHER_ACTIONS, type StepAction } from './step-actions';

interface Props {
  selectedCount: number;
  onHealthExam(): void;
  onAction(action: StepAction): void;
  onClear(): void;
}

const t = vi.conscription.records;

/** The steps a clerk applies to the ticked citizens; disabled until someone is ticked. */
export function BulkActionBar({ selectedCount, onHealthExam, onAction, onClear }: Props) {
  const none = selectedCount === 0;
  return (
    <Flex vertical gap={6} style={{ marginBottom: 12 }}>
      <Flex gap={8} align="center">
        <Typography.Text strong={!none} type={none ? 'secondary' : undefined}>
          {none ? t.selectHint : format(t.selected, { count: selectedCount })}
        </Typography.Text>
        {!none && (
          <Button size="small" type="link" onClick={onClear}>
            {t.clearSelection}
          </Button>
        )}
      </Flex>
      <Flex gap={6} wrap role="toolbar" aria-label={vi.common.actions}>
        <Button size="small" disabled={none} onClick={onHealthExam}>
          {vi.conscription.actions.health_exam}
        </Button>
        {MAIN_ACTIONS.map((action) => (
          <Button key={action.to} size="small" disabled={none} onClick={() => onAction(action)}>
            {action.label}
          </Button>
        ))}
        <Dropdown
          trigger={['click']}
          disabled={none}
          menu={{
            items: OTHER_ACTIONS.map((a) => ({ key: a.to, label: a.label })),
            onClick: ({ key }) => onAction(OTHER_ACTIONS.find((a) => a.to === key)!),
          }}
        >
          <Button size="small" disabled={none}>
            {t.moreActions} <DownOutlined />
          </Button>
        </Dropdown>
      </Flex>
    </Flex>
  );
}
