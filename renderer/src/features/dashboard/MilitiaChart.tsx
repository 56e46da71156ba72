import { Bar } from 'recharts';
import type { Overview } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { BarChartCard } from './BarChartCard';

const t = vi.overview.charts;

/** Militia and self-defence members per ward/commune (agencies' self-defence counts in the total only). */
export function MilitiaChart({ militia }: { militia: Overview['militia'] }) {
  const data = militia.perLocality.map((l) => ({ name: l.localityName, members: l.members }));
  return (
    <BarChartCard
      title={t.militia}
      more={{ href: '#/dan-quan-tu-ve/tong-hop' }}
      data={data}
      empty={militia.members === 0}
      emptyText={t.noMilitia}
      labelWidth={150}
      scale="count"
    >
      <Bar dataKey="members" name={t.members} fill="#13c2c2" />
    </BarChartCard>
  );
}
