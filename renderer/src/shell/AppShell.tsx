import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Menu, Tooltip, Typography } from 'antd';
import type { OfficeProfile } from '../../../electron/core/api/contract';
import { ConscriptionScreen } from '../features/conscription/ConscriptionScreen';
import { OverviewScreen } from '../features/dashboard/OverviewScreen';
import { UserMenu } from '../features/auth/UserMenu';
import { DocumentsScreen } from '../features/documents/DocumentsScreen';
import { DrillsScreen } from '../features/drills/DrillsScreen';
import { ExchangeScreen } from '../features/exchange/ExchangeScreen';
import { HelpPage } from '../features/help/HelpPage';
import { MilitiaScreen } from '../features/militia/MilitiaScreen';
import { PoliticalScreen } from '../features/political/PoliticalScreen';
import { PeopleSection } from '../features/people/PeopleSection';
import { ReservesScreen } from '../features/reserves/ReservesScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { vi } from '../messages/vi';
import { KeyboardShortcuts } from './KeyboardShortcuts';
import { sections, type SectionKey } from './sections';
import { LAYOUT_CSS } from './layout-css';
import { sectionIcons } from './section-icons';
import { UnderConstruction } from './UnderConstruction';
import { useNavCollapsed } from './use-nav-collapsed';
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
    case 'trao-doi-du-lieu':
      return <ExchangeScreen />;
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
  const [collapsed, setCollapsed] = useNavCollapsed();
  const toggle = collapsed ? vi.layout.expandNav : vi.layout.collapseNav;
  return (
    <Layout hasSider style={{ minHeight: '100vh' }}>
      <style>{LAYOUT_CSS}</style>
      {/* Fixed beside the page: a long list scrolls, the navigation stays in view. */}
      <Layout.Sider
        width={220}
        collapsedWidth={64}
        collapsed={collapsed}
        theme="light"
        style={{
          borderRight: '1px solid #f0f0f0',
          position: 'sticky',
          top: 0,
          height: '100vh',
          overflowY: 'auto',
          alignSelf: 'flex-start',
        }}
      >
        <Flex vertical gap={2} style={{ padding: collapsed ? '12px 8px 4px' : '12px 16px 4px' }}>
          <Flex justify="space-between" align="center">
            {!collapsed && (
              <Typography.Title level={4} style={{ margin: 0 }}>
                {vi.app.shortTitle}
              </Typography.Title>
            )}
            <Tooltip title={toggle} placement="right">
              <Button
                type="text"
                aria-label={toggle}
                aria-expanded={!collapsed}
                icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
                onClick={() => setCollapsed(!collapsed)}
                style={collapsed ? { width: '100%' } : undefined}
              />
            </Tooltip>
          </Flex>
          {!collapsed && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {office.name}
            </Typography.Text>
          )}
          <div>
            <UserMenu compact={collapsed} />
            <KeyboardShortcuts />
          </div>
        </Flex>
        <nav aria-label={vi.app.title}>
          <Menu
            mode="inline"
            selectedKeys={[section]}
            items={sections.map((s) => ({ key: s.key, label: s.label, icon: sectionIcons[s.key] }))}
            onClick={({ key }) => navigate(key as SectionKey)}
          />
        </nav>
      </Layout.Sider>
      {/* minWidth 0: a wide table scrolls inside itself instead of stretching the page sideways. */}
      <Layout.Content style={{ padding: '12px 20px', background: '#fff', minWidth: 0 }}>
        <SectionScreen section={section} office={office} onOfficeChanged={onOfficeChanged} />
      </Layout.Content>
    </Layout>
  );
}
