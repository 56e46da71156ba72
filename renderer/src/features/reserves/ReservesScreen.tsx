import { Tabs, Typography } from 'antd';
import { vi } from '../../messages/vi';
import { useHashSubPath } from '../../shell/use-hash-section';
import { ReservesDocuments } from './ReservesDocuments';
import { ReservistsTab } from './ReservistsTab';
import { SummaryTab } from './SummaryTab';
import { UnitsTab } from './UnitsTab';

/** The tabs' keys double as the last part of the address (#/quan-nhan-du-bi/don-vi). */
const TABS = ['danh-sach', 'don-vi', 'tong-hop', 'van-ban'] as const;
type TabKey = (typeof TABS)[number];

/** Quân nhân dự bị: reservists, reserve units and slots, assignments, summary and documents. */
export function ReservesScreen() {
  const [path, navigate] = useHashSubPath('quan-nhan-du-bi');
  const active: TabKey = TABS.find((key) => key === path[0]) ?? 'danh-sach';
  const t = vi.reserves.tabs;
  return (
    <>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {vi.reserves.title}
      </Typography.Title>
      <Tabs
        activeKey={active}
        onChange={(key) => navigate([key])}
        destroyOnHidden
        items={[
          { key: 'danh-sach', label: t.list, children: <ReservistsTab /> },
          { key: 'don-vi', label: t.units, children: <UnitsTab /> },
          { key: 'tong-hop', label: t.summary, children: <SummaryTab /> },
          { key: 'van-ban', label: t.documents, children: <ReservesDocuments /> },
        ]}
      />
    </>
  );
}
