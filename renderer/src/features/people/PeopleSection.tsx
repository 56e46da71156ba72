import { vi } from '../../messages/vi';
import { SectionTabs, type SectionTab } from '../../shell/SectionTabs';
import { PoliceNoticesTab } from '../police-notices/PoliceNoticesTab';
import { PeopleScreen } from './PeopleScreen';

export const TABS: readonly SectionTab[] = [
  { key: 'danh-sach', label: vi.police.sectionTabs.people, content: <PeopleScreen /> },
  { key: 'thong-bao-cong-an', label: vi.police.sectionTabs.notices, content: <PoliceNoticesTab /> },
];

/** Công dân: the people register, and the commune police's quarterly notices (#/cong-dan/thong-bao-cong-an). */
export function PeopleSection() {
  return <SectionTabs section="cong-dan" tabs={TABS} />;
}
