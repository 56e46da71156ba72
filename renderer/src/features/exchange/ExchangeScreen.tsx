import { vi } from '../../messages/vi';
import { SectionTabs, type SectionTab } from '../../shell/SectionTabs';
import { IdentityPanel } from './IdentityPanel';
import { PartnersPanel } from './PartnersPanel';

const t = vi.exchange.tabs;

/**
 * The section's tabs, in order. The slices still to come (Gửi dữ liệu, Nhận dữ liệu, Tổng hợp,
 * Xung đột, Đề nghị sửa) each add one entry here, and its help in vi-help-screens.ts.
 */
export const TABS: readonly SectionTab[] = [
  { key: 'thong-tin-don-vi', label: t.identity, content: <IdentityPanel /> },
  { key: 'don-vi-trao-doi', label: t.partners, content: <PartnersPanel /> },
];

/** Trao đổi dữ liệu (issue 20): exchange with the levels above and below, by file (#/trao-doi-du-lieu/<tab>). */
export function ExchangeScreen() {
  return <SectionTabs section="trao-doi-du-lieu" tabs={TABS} />;
}
