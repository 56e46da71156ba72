import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A settings panel's title, its choices and buttons on the right (show retired, export, add). */
export function PanelHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      <Flex gap={12} align="center">
        {children}
      </Flex>
    </Flex>
  );
}
