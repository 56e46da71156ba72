import { Tabs, Typography } from 'antd';
import { vi } from '../../messages/vi';
import { useHashSubPath } from '../../shell/use-hash-section';
import { useCan } from '../auth/session-context';
import { MembersTab } from './MembersTab';
import { MilitiaDocuments } from './MilitiaDocuments';
import { SummaryTab } from './SummaryTab';
import { UnitsTab } from './UnitsTab';

/** The tabs' keys double as the last part of the address (#/dan-quan-tu-ve/danh-sach). */
const TABS = ['don-vi', 'danh-sach', 'tong-hop', 'van-ban'] as const;
type TabKey = (typeof TABS)[number];

/** Dân quân tự vệ: units, members, summary and documents. */
export function MilitiaScreen() {
  const [path, navigate] = useHashSubPath('dan-quan-tu-ve');
  // The documents tab only produces numbered documents (officer): a read-only account does not get it.
  const can = useCan();
  const active: TabKey = TABS.find((key) => key === path[0] && (can.edit || key !== 'van-ban')) ?? 'don-vi';
  const t = vi.militia.tabs;
  return (
    <>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {vi.militia.title}
      </Typography.Title>
      <Tabs
        activeKey={active}
        onChange={(key) => navigate([key])}
        destroyOnHidden
        items={[
          { key: 'don-vi', label: t.units, children: <UnitsTab /> },
          { key: 'danh-sach', label: t.members, children: <MembersTab /> },
          { key: 'tong-hop', label: t.summary, children: <SummaryTab /> },
          ...(can.edit ? [{ key: 'van-ban', label: t.documents, children: <MilitiaDocuments /> }] : []),
        ]}
      />
    </>
  );
}
