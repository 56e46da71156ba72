import { Segmented, Typography } from 'antd';
import { vi } from '../../messages/vi';
import { useRemembered } from '../../shared/remembered';
import { DocumentsView } from './DocumentsView';
import { PracticesView } from './PracticesView';

const t = vi.readinessDocuments;
type View = 'documents' | 'practices';
const VIEWS: readonly View[] = ['documents', 'practices'];

/**
 * Diễn tập – Huấn luyện → Văn kiện SSCĐ (#/dien-tap-huan-luyen/van-kien-sscd): each agency and
 * unit's readiness documents with their state, reviews and history; the on-the-spot practices.
 */
export function ReadinessDocumentsTab() {
  const [view, setView] = useRemembered<View>('readiness.view', 'documents', (v) => VIEWS.includes(v));
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t.intro}
      </Typography.Paragraph>
      <Segmented<View>
        aria-label={t.viewsLabel}
        style={{ marginBottom: 12 }}
        value={view}
        onChange={setView}
        options={[
          { value: 'documents', label: t.views.documents },
          { value: 'practices', label: t.views.practices },
        ]}
      />
      {view === 'documents' ? <DocumentsView /> : <PracticesView />}
    </>
  );
}
