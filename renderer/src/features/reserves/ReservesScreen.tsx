import { vi } from '../../messages/vi';
import { SectionTabs, type SectionTab } from '../../shell/SectionTabs';
import { ReservesDocuments } from './ReservesDocuments';
import { ReservistsTab } from './ReservistsTab';
import { SummaryTab } from './SummaryTab';
import { UnitsTab } from './UnitsTab';

export const TABS: readonly SectionTab[] = [
  { key: 'danh-sach', label: vi.reserves.tabs.list, content: <ReservistsTab /> },
  { key: 'don-vi', label: vi.reserves.tabs.units, content: <UnitsTab /> },
  { key: 'tong-hop', label: vi.reserves.tabs.summary, content: <SummaryTab /> },
  { key: 'van-ban', label: vi.reserves.tabs.documents, content: <ReservesDocuments />, editorsOnly: true },
];

/** Quân nhân dự bị: reservists, reserve units and slots, assignments, summary and documents (#/quan-nhan-du-bi/don-vi). */
export function ReservesScreen() {
  return <SectionTabs section="quan-nhan-du-bi" tabs={TABS} />;
}
