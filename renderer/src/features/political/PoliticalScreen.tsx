import { vi } from '../../messages/vi';
import { SectionTabs, type SectionTab } from '../../shell/SectionTabs';
import { DefenceEducationTab } from '../defence-education/DefenceEducationTab';
import { DisciplineTab } from '../discipline/DisciplineTab';
import { PolicyTab } from '../policy/PolicyTab';
import { PoliticalEducationTab } from '../political-education/PoliticalEducationTab';

const t = vi.politicalScreen.tabs;
export const TABS: readonly SectionTab[] = [
  { key: 'chinh-sach', label: t.policy, content: <PolicyTab /> },
  { key: 'giao-duc-qpan', label: t.defenceEducation, content: <DefenceEducationTab /> },
  { key: 'giao-duc-chinh-tri', label: t.politicalEducation, content: <PoliticalEducationTab /> },
  { key: 'ky-luat', label: t.discipline, content: <DisciplineTab /> },
];

/**
 * Chính trị – Chính sách: policy work, defence and security education, political education and
 * propaganda, military discipline (#/chinh-tri-chinh-sach/chinh-sach).
 */
export function PoliticalScreen() {
  return <SectionTabs section="chinh-tri-chinh-sach" tabs={TABS} />;
}
