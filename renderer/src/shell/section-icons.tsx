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
  SwapOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { SectionKey } from './sections';

/**
 * Each section's icon: what the navigation still shows when it is collapsed to a narrow strip. Hidden
 * from screen readers (antd names icons in English: "dashboard"): the item is named by its label.
 */
export const sectionIcons: Record<SectionKey, ReactNode> = {
  'tong-quan': <DashboardOutlined aria-hidden />,
  'cong-dan': <TeamOutlined aria-hidden />,
  'tuyen-quan': <FlagOutlined aria-hidden />,
  'dan-quan-tu-ve': <SafetyOutlined aria-hidden />,
  'quan-nhan-du-bi': <IdcardOutlined aria-hidden />,
  'dien-tap-huan-luyen': <AimOutlined aria-hidden />,
  'chinh-tri-chinh-sach': <ReadOutlined aria-hidden />,
  'van-ban-bao-cao': <FileTextOutlined aria-hidden />,
  'trao-doi-du-lieu': <SwapOutlined aria-hidden />,
  'cai-dat': <SettingOutlined aria-hidden />,
  'huong-dan': <QuestionCircleOutlined aria-hidden />,
};
