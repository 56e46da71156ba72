import { Layout, Menu, Typography } from 'antd';
import type { OfficeProfile } from '../../../electron/core/api/contract';
import { ConscriptionScreen } from '../features/conscription/ConscriptionScreen';
import { OverviewScreen } from '../features/dashboard/OverviewScreen';
import { UserMenu } from '../features/auth/UserMenu';
import { DocumentsScreen } from '../features/documents/DocumentsScreen';
import { DrillsScreen } from '../features/drills/DrillsScreen';
import { HelpPage } from '../features/help/HelpPage';
import { MilitiaScreen } from '../features/militia/MilitiaScreen';
import { PoliticalScreen } from '../features/political/PoliticalScreen';
import { PeopleSection } from '../features/people/PeopleSection';
import { ReservesScreen } from '../features/reserves/ReservesScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { vi } from '../messages/vi';
import { KeyboardShortcuts } from './KeyboardShortcuts';
import { sections, type SectionKey } from './sections';
import { UnderConstruction } from './UnderConstruction';
import { useHashSection } from './use-hash-section';

interface Props {
  office: OfficeProfile;
  onOfficeChanged(): void;
}

function SectionScreen({ section, office, onOfficeChanged }: Props & { section: SectionKey }) {
  switch (section) {
    case 'tong-quan':
      return <OverviewScreen office={office} />;
    case 'cong-dan':
      return <PeopleSection />;
    case 'tuyen-quan':
      return <ConscriptionScreen />;
    case 'dan-quan-tu-ve':
      return <MilitiaScreen />;
    case 'quan-nhan-du-bi':
      return <ReservesScreen />;
    case 'dien-tap-huan-luyen':
      return <DrillsScreen />;
    case 'chinh-tri-chinh-sach':
      return <PoliticalScreen />;
    case 'van-ban-bao-cao':
      return <DocumentsScreen />;
    case 'cai-dat':
      return <SettingsScreen office={office} onOfficeChanged={onOfficeChanged} />;
    case 'huong-dan':
      return <HelpPage />;
    default:
      return <UnderConstruction title={sections.find((s) => s.key === section)!.label} />;
  }
}

export function AppShell({ office, onOfficeChanged }: Props) {
  const [section, navigate] = useHashSection();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={230} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <div style={{ padding: '16px 16px 8px' }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {vi.app.shortTitle}
          </Typography.Title>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {office.name}
          </Typography.Text>
          <div>
            <UserMenu />
            <KeyboardShortcuts />
          </div>
        </div>
        <nav aria-label={vi.app.title}>
          <Menu
            mode="inline"
            selectedKeys={[section]}
            items={sections.map((s) => ({ key: s.key, label: s.label }))}
            onClick={({ key }) => navigate(key as SectionKey)}
          />
        </nav>
      </Layout.Sider>
      <Layout.Content style={{ padding: 24, background: '#fff' }}>
        <SectionScreen section={section} office={office} onOfficeChanged={onOfficeChanged} />
      </Layout.Content>
    </Layout>
  );
}
