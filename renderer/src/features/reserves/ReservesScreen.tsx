import { Tabs, Typography } from 'antd';
import { vi } from '../../messages/vi';
import { useHashSubPath } from '../../shell/use-hash-section';
import { useCan } from '../auth/session-context';
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
  // The documents tab only produces numbered documents (officer): a read-only account does not get it.
  const can = useCan();
  const active: TabKey = TABS.find((key) => key === path[0] && (can.edit || key !== 'van-ban')) ?? 'danh-sach';
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
          ...(can.edit ? [{ key: 'van-ban', label: t.documents, children: <ReservesDocuments /> }] : []),
        ]}
      />
    </>
  );
}
