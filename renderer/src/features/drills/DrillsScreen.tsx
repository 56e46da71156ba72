import { Tabs, Typography } from 'antd';
import { vi } from '../../messages/vi';
import { useHashSubPath } from '../../shell/use-hash-section';
import { useCan } from '../auth/session-context';
import { DutyTab } from '../duty/DutyTab';
import { ExercisesTab } from '../exercises/ExercisesTab';
import { TrainingTab } from '../training/TrainingTab';
import { DrillsDocuments } from './DrillsDocuments';
import { YearPlanTab } from './YearPlanTab';

/** The tabs' keys double as the last part of the address (#/dien-tap-huan-luyen/dien-tap). */
const TABS = ['ke-hoach', 'dien-tap', 'huan-luyen', 'truc-sscd', 'van-ban'] as const;
type TabKey = (typeof TABS)[number];

/** Diễn tập – Huấn luyện: the year's plan and figures, exercises, training courses, readiness duty, documents. */
export function DrillsScreen() {
  const [path, navigate] = useHashSubPath('dien-tap-huan-luyen');
  // The documents tab only produces numbered documents (officer): a read-only account does not get it.
  const can = useCan();
  const active: TabKey = TABS.find((key) => key === path[0] && (can.edit || key !== 'van-ban')) ?? 'ke-hoach';
  const t = vi.drills;
  return (
    <>
      <Typography.Title level={3}>{vi.nav.drills}</Typography.Title>
      <Tabs
        activeKey={active}
        onChange={(key) => navigate([key])}
        destroyOnHidden
        items={[
          { key: 'ke-hoach', label: t.tabs.plan, children: <YearPlanTab /> },
          { key: 'dien-tap', label: t.tabs.exercises, children: <ExercisesTab /> },
          { key: 'huan-luyen', label: t.tabs.training, children: <TrainingTab /> },
          { key: 'truc-sscd', label: t.tabs.duty, children: <DutyTab /> },
          ...(can.edit ? [{ key: 'van-ban', label: t.tabs.documents, children: <DrillsDocuments /> }] : []),
        ]}
      />
    </>
  );
}
