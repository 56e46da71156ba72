import { vi } from '../../messages/vi';
import { SectionTabs, type SectionTab } from '../../shell/SectionTabs';
import { EquipmentTab } from '../equipment/EquipmentTab';
import { DecisionsTab } from './DecisionsTab';
import { MembersTab } from './MembersTab';
import { MilitiaDocuments } from './MilitiaDocuments';
import { SummaryTab } from './SummaryTab';
import { UnitsTab } from './UnitsTab';

export const TABS: readonly SectionTab[] = [
  { key: 'don-vi', label: vi.militia.tabs.units, content: <UnitsTab /> },
  { key: 'danh-sach', label: vi.militia.tabs.members, content: <MembersTab /> },
  { key: 'tam-hoan-mien', label: vi.militia.tabs.decisions, content: <DecisionsTab /> },
  { key: 'vu-khi-trang-bi', label: vi.militia.tabs.equipment, content: <EquipmentTab /> },
  { key: 'tong-hop', label: vi.militia.tabs.summary, content: <SummaryTab /> },
  { key: 'van-ban', label: vi.militia.tabs.documents, content: <MilitiaDocuments />, editorsOnly: true },
];

/** Dân quân tự vệ: units, members, deferrals and exemptions, weapons and equipment, summary and documents (#/dan-quan-tu-ve/danh-sach). */
export function MilitiaScreen() {
  return <SectionTabs section="dan-quan-tu-ve" tabs={TABS} />;
}
