import { vi } from '../../messages/vi';
import { SectionTabs, type SectionTab } from '../../shell/SectionTabs';
import { DutyTab } from '../duty/DutyTab';
import { ExercisesTab } from '../exercises/ExercisesTab';
import { ReadinessDocumentsTab } from '../readiness-documents/ReadinessDocumentsTab';
import { TrainingTab } from '../training/TrainingTab';
import { DrillsDocuments } from './DrillsDocuments';
import { YearPlanTab } from './YearPlanTab';

const t = vi.drills.tabs;
export const TABS: readonly SectionTab[] = [
  { key: 'ke-hoach', label: t.plan, content: <YearPlanTab /> },
  { key: 'dien-tap', label: t.exercises, content: <ExercisesTab /> },
  { key: 'huan-luyen', label: t.training, content: <TrainingTab /> },
  { key: 'truc-sscd', label: t.duty, content: <DutyTab /> },
  { key: 'van-kien-sscd', label: t.readinessDocuments, content: <ReadinessDocumentsTab /> },
  { key: 'van-ban', label: t.documents, content: <DrillsDocuments />, editorsOnly: true },
];

/**
 * Diễn tập – Huấn luyện: the year's plan and figures, exercises, training courses, readiness duty,
 * readiness documents and combat plan practice,
 * documents (#/dien-tap-huan-luyen/dien-tap).
 */
export function DrillsScreen() {
  return <SectionTabs section="dien-tap-huan-luyen" tabs={TABS} />;
}
