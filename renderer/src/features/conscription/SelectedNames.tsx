import { Typography } from 'antd';
import { vi } from '../../messages/vi';

/** The citizens a dialog acts on, named, so the clerk sees who is affected before saving. */
export function SelectedNames({ names }: { names: readonly string[] }) {
  return (
    <div style={{ marginBottom: 12 }}>
      <Typography.Text type="secondary">{vi.conscription.step.who}: </Typography.Text>
      <Typography.Paragraph
        ellipsis={{ rows: 2, expandable: true, symbol: vi.common.more }}
        style={{ display: 'inline' }}
      >
        {names.join(', ')}
      </Typography.Paragraph>
    </div>
  );
}
