import { Flex, Progress, Typography } from 'antd';
import { format, vi } from '../../messages/vi';
import type { LocalityProgress } from './record-labels';

const t = vi.conscription.dashboard;

function percentOf(part: number, whole: number): number {
  return whole > 0 ? Math.min(100, Math.round((part / whole) * 100)) : 0;
}

/**
 * One bar per ward/commune against its quota: the blue part is the official
 * list, the green part inside it those already handed over. Plain antd
 * Progress bars; the exact figures are written beside each bar.
 */
export function LocalityProgressChart({ localities }: { localities: readonly LocalityProgress[] }) {
  if (localities.length === 0) return <Typography.Text type="secondary">{t.empty}</Typography.Text>;
  return (
    <Flex vertical gap={10}>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {t.progressLegend}
      </Typography.Text>
      {localities.map((l) => {
        const quota = l.quotaArmy + l.quotaPolice;
        const handed = l.handedOverArmy + l.handedOverPolice;
        const label = format(t.progressValue, { official: l.officialList, handed, quota });
        return (
          <div key={l.localityId ?? ''} role="group" aria-label={l.localityName || t.noLocality}>
            <Flex justify="space-between" gap={8}>
              <Typography.Text strong>{l.localityName || t.noLocality}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {quota > 0 ? label : `${label} (${t.noQuota})`}
              </Typography.Text>
            </Flex>
            <Progress
              aria-label={label}
              percent={percentOf(l.officialList, quota)}
              success={{ percent: percentOf(handed, quota) }}
              format={() => `${percentOf(handed, quota)}%`}
            />
          </div>
        );
      })}
    </Flex>
  );
}
