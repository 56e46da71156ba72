import { Tabs, Typography } from 'antd';
import { vi } from '../../messages/vi';
import { useHashSubPath } from '../../shell/use-hash-section';
import { RegisterTab } from '../register/RegisterTab';
import { ReviewsTab } from '../reviews/ReviewsTab';
import { TemplatesTab } from '../templates/TemplatesTab';

/** The tabs' keys double as the address (#/van-ban-bao-cao/bao-cao/<report id>). */
const TABS = ['bao-cao', 'so-van-ban', 'mau-van-ban'] as const;
type TabKey = (typeof TABS)[number];

/** Văn bản – Báo cáo: the review reports, the register of documents sent, the office's own templates. */
export function DocumentsScreen() {
  const [path, navigate] = useHashSubPath('van-ban-bao-cao');
  const active: TabKey = TABS.find((key) => key === path[0]) ?? 'bao-cao';
  const t = vi.documentsScreen;
  const sub = path.slice(1);
  const within = (tab: TabKey) => (parts: string[]) => navigate([tab, ...parts]);
  return (
    <>
      <Typography.Title level={3}>{vi.nav.documents}</Typography.Title>
      <Tabs
        activeKey={active}
        onChange={(key) => navigate([key])}
        destroyOnHidden
        items={[
          {
            key: 'bao-cao',
            label: t.tabs.reviews,
            children: <ReviewsTab path={sub} navigate={within('bao-cao')} />,
          },
          {
            key: 'so-van-ban',
            label: t.tabs.register,
            children: <RegisterTab path={sub} navigate={within('so-van-ban')} />,
          },
          {
            key: 'mau-van-ban',
            label: t.tabs.templates,
            children: <TemplatesTab />,
          },
        ]}
      />
    </>
  );
}
