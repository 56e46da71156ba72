import { Tabs, Typography } from 'antd';
import { vi } from '../../messages/vi';
import { DutyTab } from '../duty/DutyTab';
import { ExercisesTab } from '../exercises/ExercisesTab';
import { TrainingTab } from '../training/TrainingTab';
import { DrillsDocuments } from './DrillsDocuments';
import { YearPlanTab } from './YearPlanTab';

/** Diễn tập – Huấn luyện: the year's plan and figures, exercises, training courses, readiness duty, documents. */
export function DrillsScreen() {
  const t = vi.drills;
  return (
    <>
      <Typography.Title level={3}>{vi.nav.drills}</Typography.Title>
      <Tabs
        items={[
          { key: 'ke-hoach', label: t.tabs.plan, children: <YearPlanTab /> },
          { key: 'dien-tap', label: t.tabs.exercises, children: <ExercisesTab /> },
          { key: 'huan-luyen', label: t.tabs.training, children: <TrainingTab /> },
          { key: 'truc-sscd', label: t.tabs.duty, children: <DutyTab /> },
          { key: 'van-ban', label: t.tabs.documents, children: <DrillsDocuments /> },
        ]}
      />
    </>
  );
}
