import { Flex, Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useCan } from '../features/auth/session-context';
import { HelpButton } from './HelpButton';
import { helpKey } from './help-key';
import { sections, type SectionKey } from './sections';
import { useHashSubPath } from './use-hash-section';

export interface SectionTab {
  /** The tab's part of the address (#/<section>/<key>/…). */
  key: string;
  label: string;
  /** The tab's content, given the rest of the address and a way to move within it. */
  content: ReactNode | ((path: string[], navigate: (parts: string[]) => void) => ReactNode);
  /**
   * Only for an account that may edit: a "Văn bản" tab produces numbered documents (officer), so
   * a read-only account does not get it.
   */
  editorsOnly?: boolean;
}

interface Props {
  section: SectionKey;
  /** The first tab is where the section opens. */
  tabs: readonly SectionTab[];
}

/**
 * A section's screen: its title (the section's name in the navigation) and tabs, the open tab kept
 * in the address so a reload stays on it.
 */
export function SectionTabs({ section, tabs }: Props) {
  const [path, navigate] = useHashSubPath(section);
  const can = useCan();
  const shown = tabs.filter((tab) => can.edit || !tab.editorsOnly);
  const active = shown.find((tab) => tab.key === path[0])?.key ?? shown[0]?.key;
  const rest = path.slice(1);
  const title = sections.find((s) => s.key === section)?.label ?? '';
  const tabLabel = shown.find((tab) => tab.key === active)?.label;
  return (
    // The title has its own short row (with the screen's help): beside the tabs it pushed tabs under
    // antd's "…" overflow menu at 125 % scaling, where a clerk no longer sees them.
    <>
      <Flex justify="space-between" align="center" gap={12} style={{ marginBottom: 4 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <HelpButton helpKey={helpKey(section, active)} title={tabLabel ? `${title} › ${tabLabel}` : title} />
      </Flex>
      <Tabs
        activeKey={active}
        onChange={(key) => navigate([key])}
        destroyOnHidden
        items={shown.map((tab) => ({
          key: tab.key,
          label: tab.label,
          children:
            typeof tab.content === 'function'
              ? tab.content(rest, (parts) => navigate([tab.key, ...parts]))
              : tab.content,
        }))}
      />
    </>
  );
}
