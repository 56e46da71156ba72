import { Segmented, Typography } from 'antd';
import { vi } from '../../messages/vi';
import { useRemembered } from '../../shared/remembered';
import { CasesPanel } from './CasesPanel';
import { ReturneesPanel } from './ReturneesPanel';
import { SupportsPanel } from './SupportsPanel';

type View = 'supports' | 'returnees' | 'cases';
const t = vi.policy;
const VIEWS: readonly View[] = ['supports', 'returnees', 'cases'];

/**
 * Chính trị – Chính sách › Chính sách (#/chinh-tri-chinh-sach/chinh-sach): support to the families
 * of serving soldiers, soldiers back from service, other policy cases — one list at a time.
 */
export function PolicyTab() {
  const [view, setView] = useRemembered<View>('policy.view', 'supports', (v) => VIEWS.includes(v));
  return (
    <>
      <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
      <Segmented<View>
        aria-label={t.viewsLabel}
        value={view}
        onChange={setView}
        options={VIEWS.map((v) => ({ value: v, label: t.views[v] }))}
        style={{ marginBottom: 12 }}
      />
      {view === 'supports' && <SupportsPanel />}
      {view === 'returnees' && <ReturneesPanel />}
      {view === 'cases' && <CasesPanel />}
    </>
  );
}
