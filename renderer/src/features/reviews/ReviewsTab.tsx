import { ReportList } from './ReportList';
import { ReportPage } from './ReportPage';

/**
 * Văn bản – Báo cáo → Báo cáo sơ kết, tổng kết. The address holds the open report
 * (#/van-ban-bao-cao/bao-cao/<id>), so a reload stays on it.
 */
export function ReviewsTab({ path, navigate }: { path: string[]; navigate: (parts: string[]) => void }) {
  const id = path[0];
  if (id) return <ReportPage key={id} id={id} onBack={() => navigate([])} />;
  return <ReportList onOpen={(reportId) => navigate([reportId])} />;
}
