import { vi } from '../../messages/vi';
import { SectionTabs } from '../../shell/SectionTabs';
import { ReservesDocuments } from './ReservesDocuments';
import { ReservistsTab } from './ReservistsTab';
import { SummaryTab } from './SummaryTab';
import { UnitsTab } from './UnitsTab';

/** Quân nhân dự bị: reservists, reserve units and slots, assignments, summary and documents (#/quan-nhan-du-bi/don-vi). */
export function ReservesScreen() {
  const t = vi.reserves.tabs;
  return (
    <SectionTabs
      section="quan-nhan-du-bi"
      title={vi.reserves.title}
      titleStyle={{ margin: 0 }}
      tabs={[
        { key: 'danh-sach', label: t.list, content: <ReservistsTab /> },
        { key: 'don-vi', label: t.units, content: <UnitsTab /> },
        { key: 'tong-hop', label: t.summary, content: <SummaryTab /> },
        { key: 'van-ban', label: t.documents, content: <ReservesDocuments />, editorsOnly: true },
      ]}
    />
  );
}
