import { vi } from '../../messages/vi';
import { SectionTabs } from '../../shell/SectionTabs';
import { MembersTab } from './MembersTab';
import { MilitiaDocuments } from './MilitiaDocuments';
import { SummaryTab } from './SummaryTab';
import { UnitsTab } from './UnitsTab';

/** Dân quân tự vệ: units, members, summary and documents (#/dan-quan-tu-ve/danh-sach). */
export function MilitiaScreen() {
  const t = vi.militia.tabs;
  return (
    <SectionTabs
      section="dan-quan-tu-ve"
      title={vi.militia.title}
      titleStyle={{ margin: 0 }}
      tabs={[
        { key: 'don-vi', label: t.units, content: <UnitsTab /> },
        { key: 'danh-sach', label: t.members, content: <MembersTab /> },
        { key: 'tong-hop', label: t.summary, content: <SummaryTab /> },
        { key: 'van-ban', label: t.documents, content: <MilitiaDocuments />, editorsOnly: true },
      ]}
    />
  );
}
