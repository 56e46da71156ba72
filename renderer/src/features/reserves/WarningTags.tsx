import { WarningOutlined } from '@ant-design/icons';
import { Flex, Tag, Tooltip } from 'antd';
import type { ReserveRuleWarning } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';

/** One tag per rule warning (past the age limit, specialty mismatch); the tooltip carries the rule's full text. */
export function WarningTags({ list }: { list: readonly ReserveRuleWarning[] }) {
  if (list.length === 0) return null;
  return (
    <Flex gap={4} wrap>
      {list.map((w) => (
        <Tooltip key={w.code} title={w.message}>
          <Tag color="warning" icon={<WarningOutlined />} style={{ marginInlineEnd: 0 }}>
            {vi.reserves.warningTags[w.code] ?? vi.reserves.warningOther}
          </Tag>
        </Tooltip>
      ))}
    </Flex>
  );
}
