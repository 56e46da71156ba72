import { describe, expect, it } from 'vitest';
import { checkMilitiaDecisions, checkSelectionStandards, decisionInForce, type DecisionFacts } from './rules';

const person = { fullName: 'Lò Thị Mai' };
const deferral: DecisionFacts = {
  kind: 'deferral',
  point: '1-a',
  decidedOn: '2026-01-10',
  decidedBy: 'Chủ tịch UBND phường Đức Xuân',
  validUntil: '2026-12-31',
};
const exemption: DecisionFacts = {
  kind: 'exemption',
  point: '2-b',
  decidedOn: '2026-03-01',
  decidedBy: 'Chủ tịch UBND phường Đức Xuân',
  validUntil: null,
};

describe('Art. 11 Luật DQTV: deferral and exemption at admission', () => {
  it('refuses a start date on which a deferral holds, naming the decision and the article', () => {
    const r = checkMilitiaDecisions(person, [deferral], '2026-12-31');
    expect(r).toMatchObject({ ok: false, code: 'RULE_MILITIA_DEFERRED' });
    expect(!r.ok && r.message).toBe(
      'Công dân Lò Thị Mai đang được tạm hoãn tham gia dân quân tự vệ đến hết ngày 31/12/2026 theo quyết định ngày 10/01/2026 của Chủ tịch UBND phường Đức Xuân (điểm a khoản 1 Điều 11 Luật DQTV), nên chưa thể tham gia từ ngày 31/12/2026.',
    );
    expect(checkMilitiaDecisions(person, [deferral], '2026-01-10').ok).toBe(false);
  });

  it('admits from the day after the deferral’s last day, and before its decision', () => {
    expect(checkMilitiaDecisions(person, [deferral], '2027-01-01').ok).toBe(true);
    expect(checkMilitiaDecisions(person, [deferral], '2026-01-09').ok).toBe(true);
  });

  it('refuses an exempted person whatever the start date, citing khoản 2', () => {
    for (const on of ['2025-01-01', '2026-03-01', '2040-01-01']) {
      const r = checkMilitiaDecisions(person, [deferral, exemption], on);
      expect(r).toMatchObject({ ok: false, code: 'RULE_MILITIA_EXEMPT' });
      expect(!r.ok && r.message).toContain('(điểm b khoản 2 Điều 11 Luật DQTV)');
    }
  });

  it('holds a deferral on its first and last day only, an exemption from its date on', () => {
    expect(decisionInForce(deferral, '2026-01-09')).toBe(false);
    expect(decisionInForce(deferral, '2026-01-10')).toBe(true);
    expect(decisionInForce(deferral, '2026-12-31')).toBe(true);
    expect(decisionInForce(deferral, '2027-01-01')).toBe(false);
    expect(decisionInForce(exemption, '2099-01-01')).toBe(true);
  });
});

describe('Art. 10 Luật DQTV: the selection standards at admission', () => {
  it('warns (never refuses), naming the last military-service health class when the register holds one', () => {
    const none = checkSelectionStandards(null);
    expect(none).toMatchObject({ ok: false, severity: 'warning', code: 'RULE_MILITIA_SELECTION_STANDARDS' });
    expect(!none.ok && none.message).toContain('chưa có kết quả khám sức khỏe');
    const known = checkSelectionStandards({ healthClass: 2, year: 2025 });
    expect(!known.ok && known.message).toContain('(năm 2025) xếp loại 2');
    expect(!known.ok && known.message).toContain('Điều 10 Luật DQTV');
  });
});
