import { Tooltip } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  label: ReactNode;
  /** What the figure counts and how, in the clerk's words (from the catalogue, with the record's dates). */
  hint: string;
}

/**
 * A figure's or column's label that explains itself on hover and on keyboard focus (dotted
 * underline, as a clerk recognises an explained term), so the explanation is not mouse-only.
 */
export function HintLabel({ label, hint }: Props) {
  return (
    <Tooltip title={hint} trigger={['hover', 'focus']}>
      <span tabIndex={0} style={{ cursor: 'help', textDecoration: 'underline dotted', textUnderlineOffset: 3 }}>
        {label}
      </span>
    </Tooltip>
  );
}
