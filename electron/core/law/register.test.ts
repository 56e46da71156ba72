import { describe, expect, it } from 'vitest';
import { call, refusal, type TestCore, useTestCore } from '../db/test-helpers';
import { vi } from '../messages/vi';
import { addDays } from '../shared/dates';
import { citeRule, legalText, ruleChangeDates, ruleVersionOn, textsInForce, versionKey } from './register';
import { LEGAL_RULES } from './rule-catalogue';
import type { LegalRegister } from './schema';
import { LEGAL_TEXTS } from './texts';

describe('the register of legal texts', () => {
  it('has one entry per text id and per number', () => {
    expect(new Set(LEGAL_TEXTS.map((t) => t.id)).size).toBe(LEGAL_TEXTS.length);
    expect(new Set(LEGAL_TEXTS.map((t) => t.number)).size).toBe(LEGAL_TEXTS.length);
  });

  it('names every text in the catalogue and points only at texts it holds', () => {
    for (const text of LEGAL_TEXTS) {
      expect(vi.law.texts[text.id]?.title, text.id).toBeTruthy();
      for (const other of [...text.amends, ...text.replaces]) expect(() => legalText(other), text.id).not.toThrow();
    }
  });

  it('starts every text on or after its signing date, except the documented ones', () => {
    const early = LEGAL_TEXTS.filter((t) => t.effectiveFrom < t.signedOn);
    // Circular 68/2025 (dated 03/07/2025) is applied from 01/07/2025, as the ministry announced.
    expect(early.map((t) => t.id)).toEqual(['circular-68-2025']);
    for (const text of early) expect(text.effectiveBeforeSigned, text.id).toBe(true);
    for (const text of LEGAL_TEXTS) if (text.effectiveTo) expect(text.effectiveTo >= text.effectiveFrom).toBe(true);
  });

  it('ends a replaced text the day before the one replacing it starts', () => {
    for (const text of LEGAL_TEXTS) {
      for (const replaced of text.replaces)
        expect(legalText(replaced).effectiveTo).toBe(addDays(text.effectiveFrom, -1));
    }
  });

  it('holds the texts the 2025 reforms brought, with their dates', () => {
    expect(legalText('law-98-2025')).toMatchObject({ signedOn: '2025-06-27', effectiveFrom: '2025-07-01' });
    expect(legalText('circular-68-2025')).toMatchObject({ signedOn: '2025-07-03', effectiveFrom: '2025-07-01' });
    expect(legalText('circular-105-2023')).toMatchObject({ effectiveFrom: '2024-01-01' });
  });

  it('lists the texts in force on a day: the health circular of 2016 in 2023, that of 2023 from 2024', () => {
    const numbers = (date: string) => textsInForce(date).map((t) => t.number);
    expect(numbers('2023-12-31')).toContain('16/2016/TTLT-BYT-BQP');
    expect(numbers('2023-12-31')).not.toContain('105/2023/TT-BQP');
    expect(numbers('2024-01-01')).toContain('105/2023/TT-BQP');
    expect(numbers('2024-01-01')).not.toContain('16/2016/TTLT-BYT-BQP');
    expect(numbers('2025-06-30')).not.toContain('98/2025/QH15');
    expect(numbers('2025-07-01')).toContain('98/2025/QH15');
    // Resolution 66.12/2026 applies until 28/02/2027.
    expect(numbers('2027-02-28')).toContain('66.12/2026/NQ-CP');
    expect(numbers('2027-03-01')).not.toContain('66.12/2026/NQ-CP');
  });
});

describe('the rules and their versions', () => {
  it('has unique rule ids, and versions that follow one another without overlap or gap', () => {
    expect(new Set(LEGAL_RULES.map((r) => r.id)).size).toBe(LEGAL_RULES.length);
    for (const rule of LEGAL_RULES) {
      rule.versions.forEach((version, i) => {
        if (version.to !== null) expect(version.to >= version.from, rule.id).toBe(true);
        const next = rule.versions[i + 1];
        if (next) expect(next.from, `${rule.id} after ${version.from}`).toBe(addDays(version.to ?? '9999-12-31', 1));
      });
    }
  });

  it('cites only texts the register holds, each in force when the version starts, and summarises every version', () => {
    for (const rule of LEGAL_RULES) {
      for (const version of rule.versions) {
        expect(vi.law.rules[versionKey(rule.id, version)], versionKey(rule.id, version)).toBeTruthy();
        for (const source of version.sources) {
          for (const id of [source.text, source.amendedBy].filter((x): x is string => x !== undefined)) {
            const text = legalText(id);
            expect(text.effectiveFrom <= version.from, `${rule.id}@${version.from} cites ${id}`).toBe(true);
          }
        }
      }
    }
  });

  it('holds the rule of Circular 68/2025 the health slice enforces, from its effective date', () => {
    expect(ruleVersionOn('health.circular68-exclusions', '2025-07-01').from).toBe(
      legalText('circular-68-2025').effectiveFrom,
    );
  });

  it('cites the text in force on the day, before and after each change', () => {
    expect(citeRule('conscription.age', '2023-02-15')).toBe('Điều 30 Luật Nghĩa vụ quân sự số 78/2015/QH13');
    expect(citeRule('conscription.call-up-notice', '2026-03-04')).toBe(
      'khoản 6 Điều 34 Luật Nghĩa vụ quân sự số 78/2015/QH13',
    );
    expect(citeRule('conscription.first-registration', '2025-06-30')).toBe(
      'khoản 1 Điều 12 Luật Nghĩa vụ quân sự số 78/2015/QH13; Điều 16 Luật Nghĩa vụ quân sự số 78/2015/QH13',
    );
    expect(citeRule('conscription.first-registration', '2025-07-01')).toBe(
      'khoản 1 Điều 12 Luật Nghĩa vụ quân sự số 78/2015/QH13; Điều 16 Luật Nghĩa vụ quân sự số 78/2015/QH13 (được sửa đổi, bổ sung bởi Luật số 98/2025/QH15)',
    );
    expect(citeRule('conscription.health-class', '2023-12-31')).toContain('Thông tư liên tịch số 16/2016/TTLT-BYT-BQP');
    expect(citeRule('conscription.health-class', '2024-01-01')).toBe(
      'Điều 31 Luật Nghĩa vụ quân sự số 78/2015/QH13; Điều 5, 6 Thông tư số 105/2023/TT-BQP',
    );
    expect(citeRule('conscription.health-class', '2025-07-01')).toBe(
      'điểm a khoản 3 Điều 4 Thông tư số 148/2018/TT-BQP (được sửa đổi, bổ sung bởi Thông tư số 68/2025/TT-BQP); Điều 5, 6 Thông tư số 105/2023/TT-BQP',
    );
    expect(ruleChangeDates('conscription.health-class')).toEqual(['2024-01-01', '2025-07-01']);
  });

  it('cites the nearest version for a date outside every version', () => {
    expect(ruleVersionOn('conscription.health-class', '2016-02-01').from).toBe('2016-08-15');
    expect(ruleVersionOn('office.commune-command-under-province', '2027-05-01').to).toBe('2027-02-28');
    expect(() => ruleVersionOn('no.such-rule', '2026-01-01')).toThrow(RangeError);
  });
});

describe('law.register', () => {
  let core: TestCore;
  useTestCore((c) => (core = c));

  it('shows each text with its dates and the version of each of its rules on the day asked', async () => {
    const register = await call<LegalRegister>(core, 'law.register', { date: '2023-02-15' });
    const circular105 = register.texts.find((t) => t.number === '105/2023/TT-BQP')!;
    expect(circular105).toMatchObject({
      kind: 'Thông tư',
      signedOn: '2023-12-06',
      effectiveFrom: '2024-01-01',
      inForce: false,
      replaces: [{ number: '16/2016/TTLT-BYT-BQP' }],
      amendedBy: [],
    });
    const health = circular105.rules.find((r) => r.id === 'conscription.health-class')!;
    expect(health.current?.from).toBe('2016-08-15');
    const later = await call<LegalRegister>(core, 'law.register', { date: '2026-03-04' });
    const again = later.texts.find((t) => t.number === '105/2023/TT-BQP')!.rules.find((r) => r.id === health.id)!;
    expect(again.current?.from).toBe('2025-07-01');
    expect(later.texts.find((t) => t.number === '148/2018/TT-BQP')!.amendedBy).toEqual([
      { id: 'circular-68-2025', number: '68/2025/TT-BQP' },
    ]);
  });

  it('takes today by default and refuses a date that is not one', async () => {
    expect((await call<LegalRegister>(core, 'law.register', {})).date).toBe('2026-11-27');
    const error = await refusal(core, 'law.register', { date: '31/02/2026' });
    expect(error.code).toBe('VALIDATION_FAILED');
  });
});
