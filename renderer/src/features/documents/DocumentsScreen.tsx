import { vi } from '../../messages/vi';
import { SectionTabs, type SectionTab } from '../../shell/SectionTabs';
import { RegisterTab } from '../register/RegisterTab';
import { ReviewsTab } from '../reviews/ReviewsTab';
import { TemplatesTab } from '../templates/TemplatesTab';

const t = vi.documentsScreen.tabs;
export const TABS: readonly SectionTab[] = [
  { key: 'bao-cao', label: t.reviews, content: (path, navigate) => <ReviewsTab path={path} navigate={navigate} /> },
  {
    key: 'so-van-ban',
    label: t.register,
    content: (path, navigate) => <RegisterTab path={path} navigate={navigate} />,
  },
  { key: 'mau-van-ban', label: t.templates, content: <TemplatesTab /> },
];

/**
 * Văn bản – Báo cáo: the review reports, the register of documents sent, the office's own templates
 * (#/van-ban-bao-cao/bao-cao/<report id>).
 */
export function DocumentsScreen() {
  return <SectionTabs section="van-ban-bao-cao" tabs={TABS} />;
}
