import { WarningOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { vi } from '../../messages/vi';
import type { NamedMessage } from './run-steps';

/** The rules' warnings for one citizen (they do not block), as a badge whose tooltip says what they are. */
export function WarningBadge({ list }: { list: readonly NamedMessage[] | undefined }) {
  if (!list?.length) return null;
  return (
    <Tooltip title={list.map((w) => w.message).join(' ')}>
      <Tag color="warning" icon={<WarningOutlined />} style={{ marginInlineEnd: 0 }}>
        {vi.conscription.records.warnings}
      </Tag>
    </Tooltip>
  );
}
