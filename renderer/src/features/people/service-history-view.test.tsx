import { describe, expect, it } from 'vitest';
import { describeEntry, type HistoryEntry } from './service-history-view';

const handedOver: HistoryEntry = {
  kind: 'conscription',
  id: 'r1',
  from: '2025-04-01',
  to: '2026-03-04',
  campaignYear: 2026,
  campaignTitle: 'Tuyển quân năm 2026',
  state: 'handed_over',
  stateSince: '2026-03-04',
  registeredOn: '2025-04-01',
  healthClass: 1,
  legalPoint: null,
  deferralYear: null,
  orderNumber: 3,
  orderDate: '2026-02-05',
  handedOverOn: '2026-03-04',
  receivingUnit: 'Công an tỉnh Thái Nguyên',
  branch: 'police',
  reason: '',
};

describe('a conscription entry of the service history', () => {
  it("says the police service obligation for a citizen who went to the police, never 'nhập ngũ'", () => {
    const view = describeEntry(handedOver);
    const text = view.facts.map((f) => `${f.label}: ${f.value}`).join('\n');
    expect(text).toContain('Đã giao (thực hiện nghĩa vụ tham gia CAND)');
    expect(text).toContain('Lệnh gọi thực hiện nghĩa vụ tham gia CAND: Số 3, ngày 05/02/2026');
    expect(text).toContain('Lực lượng: Công an');
    expect(text.toLocaleLowerCase('vi')).not.toContain('nhập ngũ');
  });

  it('keeps the army wording for a citizen who went to the army', () => {
    const view = describeEntry({ ...handedOver, branch: 'army', receivingUnit: 'Sư đoàn 346' });
    const text = view.facts.map((f) => `${f.label}: ${f.value}`).join('\n');
    expect(text).toContain('Đã giao quân');
    expect(text).toContain('Lệnh gọi nhập ngũ: Số 3, ngày 05/02/2026');
  });
});
