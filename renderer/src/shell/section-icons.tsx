import {
  AimOutlined,
  DashboardOutlined,
  FileTextOutlined,
  FlagOutlined,
  IdcardOutlined,
  QuestionCircleOutlined,
  ReadOutlined,
  SafetyOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { SectionKey } from './sections';

/** Each section's icon: what the navigation still shows when it is collapsed to a narrow strip. */
export const sectionIcons: Record<SectionKey, ReactNode> = {
  'tong-quan': <DashboardOutlined />,
  'cong-dan': <TeamOutlined />,
  'tuyen-quan': <FlagOutlined />,
  'dan-quan-tu-ve': <SafetyOutlined />,
  'quan-nhan-du-bi': <IdcardOutlined />,
  'dien-tap-huan-luyen': <AimOutlined />,
  'chinh-tri-chinh-sach': <ReadOutlined />,
  'van-ban-bao-cao': <FileTextOutlined />,
  'cai-dat': <SettingOutlined />,
  'huong-dan': <QuestionCircleOutlined />,
};
