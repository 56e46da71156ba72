import type { IsoDate } from '../shared/dates';

/** The kinds of legal text the program applies; their Vietnamese names are in the catalogue (vi.law.kinds). */
export type LegalTextKind = 'law' | 'decree' | 'circular' | 'jointCircular' | 'resolution' | 'decision';

/**
 * One legal text the program applies. Titles, short names and notes are Vietnamese and live in
 * the message catalogue (vi.law.texts[id]); this table holds what the rules compute with.
 * `verified: false` marks a date we took from secondary sources or assumed (see the note).
 */
export interface LegalText {
  id: string;
  kind: LegalTextKind;
  number: string;
  signedOn: IsoDate;
  effectiveFrom: IsoDate;
  /** The last day in force (replaced, expired); null while in force. */
  effectiveTo: IsoDate | null;
  /** Texts it amends in part (they stay in force, as amended). */
  amends: readonly string[];
  /** Texts it replaces (they leave force the day before it starts). */
  replaces: readonly string[];
  verified: boolean;
  /** Why an effective date precedes the signing date (the register test accepts only documented cases). */
  effectiveBeforeSigned?: true;
}

/*
 * Sources (December 2026): Law 98/2025 in force 01/07/2025 (its final article, reported by
 * VietnamPlus on Decision 1791/QĐ-TTg); Circular 68/2025 dated 03/07/2025 and "in force from
 * 01/07" (Soha, Báo Lâm Đồng); Circular 105/2023 dated 06/12/2023, applied from 01/01/2024 with
 * exams before that date under Joint Circular 16/2016 (LuatVietnam); Decree 220/2025 issued
 * 07/08/2025 and applied from that day (PLO). Dates marked verified: false are assumptions.
 */
export const LEGAL_TEXTS: readonly LegalText[] = [
  {
    id: 'law-78-2015',
    kind: 'law',
    number: '78/2015/QH13',
    signedOn: '2015-06-19',
    effectiveFrom: '2016-01-01',
    effectiveTo: null,
    amends: [],
    replaces: [],
    verified: true,
  },
  {
    id: 'law-48-2019',
    kind: 'law',
    number: '48/2019/QH14',
    signedOn: '2019-11-22',
    effectiveFrom: '2020-07-01',
    effectiveTo: null,
    // Art. 49 adds point h (standing militia) to Art. 41(1) of the Military Service Law.
    amends: ['law-78-2015'],
    replaces: [],
    verified: true,
  },
  {
    id: 'law-53-2019',
    kind: 'law',
    number: '53/2019/QH14',
    signedOn: '2019-11-26',
    effectiveFrom: '2020-07-01',
    effectiveTo: null,
    amends: [],
    replaces: [],
    verified: true,
  },
  {
    id: 'law-16-1999',
    kind: 'law',
    number: '16/1999/QH10',
    signedOn: '1999-12-21',
    effectiveFrom: '2000-04-01',
    effectiveTo: null,
    amends: [],
    replaces: [],
    verified: false,
  },
  {
    id: 'law-98-2025',
    kind: 'law',
    number: '98/2025/QH15',
    signedOn: '2025-06-27',
    effectiveFrom: '2025-07-01',
    effectiveTo: null,
    amends: ['law-78-2015', 'law-48-2019', 'law-53-2019', 'law-16-1999'],
    replaces: [],
    verified: true,
  },
  {
    id: 'law-26-2023',
    kind: 'law',
    number: '26/2023/QH15',
    signedOn: '2023-11-27',
    effectiveFrom: '2024-07-01',
    effectiveTo: null,
    amends: [],
    replaces: [],
    verified: true,
  },
  {
    id: 'decree-137-2015',
    kind: 'decree',
    number: '137/2015/NĐ-CP',
    signedOn: '2015-12-31',
    effectiveFrom: '2016-02-15',
    effectiveTo: '2024-06-30',
    amends: [],
    replaces: [],
    verified: false,
  },
  {
    id: 'decree-13-2016',
    kind: 'decree',
    number: '13/2016/NĐ-CP',
    signedOn: '2016-02-19',
    effectiveFrom: '2016-04-05',
    effectiveTo: null,
    amends: [],
    replaces: [],
    verified: false,
  },
  {
    id: 'decree-30-2020',
    kind: 'decree',
    number: '30/2020/NĐ-CP',
    signedOn: '2020-03-05',
    effectiveFrom: '2020-03-05',
    effectiveTo: null,
    amends: [],
    replaces: [],
    verified: true,
  },
  {
    id: 'decree-220-2025',
    kind: 'decree',
    number: '220/2025/NĐ-CP',
    signedOn: '2025-08-07',
    effectiveFrom: '2025-08-07',
    effectiveTo: null,
    // Its Art. on Decree 13/2014 (defence education) could not be read; listed in Dân Việt, 09/08/2025.
    amends: ['decree-13-2016', 'decree-13-2014'],
    replaces: [],
    verified: false,
  },
  {
    id: 'joint-circular-16-2016',
    kind: 'jointCircular',
    number: '16/2016/TTLT-BYT-BQP',
    signedOn: '2016-06-30',
    effectiveFrom: '2016-08-15',
    effectiveTo: '2023-12-31',
    amends: [],
    replaces: [],
    verified: false,
  },
  {
    id: 'joint-circular-50-2016',
    kind: 'jointCircular',
    number: '50/2016/TTLT-BQP-BCA',
    signedOn: '2016-04-15',
    effectiveFrom: '2016-06-01',
    effectiveTo: null,
    amends: [],
    replaces: [],
    verified: false,
  },
  {
    id: 'circular-148-2018',
    kind: 'circular',
    number: '148/2018/TT-BQP',
    signedOn: '2018-10-04',
    effectiveFrom: '2018-11-20',
    effectiveTo: null,
    amends: [],
    replaces: [],
    verified: false,
  },
  {
    id: 'circular-105-2023',
    kind: 'circular',
    number: '105/2023/TT-BQP',
    signedOn: '2023-12-06',
    effectiveFrom: '2024-01-01',
    effectiveTo: null,
    amends: [],
    replaces: ['joint-circular-16-2016'],
    verified: true,
  },
  {
    id: 'circular-68-2025',
    kind: 'circular',
    number: '68/2025/TT-BQP',
    signedOn: '2025-07-03',
    // Reported in force from 01/07/2025, two days before its date: aligned on Law 98/2025 and the
    // two-tier local government. The program applies it from 01/07/2025.
    effectiveFrom: '2025-07-01',
    effectiveBeforeSigned: true,
    effectiveTo: null,
    amends: ['circular-148-2018'],
    replaces: [],
    verified: true,
  },
  {
    id: 'decision-2786-2025',
    kind: 'decision',
    number: '2786/QĐ-BQP',
    signedOn: '2025-06-14',
    effectiveFrom: '2025-06-14',
    effectiveTo: null,
    amends: [],
    replaces: [],
    verified: false,
  },
  {
    id: 'resolution-66-12-2026',
    kind: 'resolution',
    number: '66.12/2026/NQ-CP',
    signedOn: '2026-01-26',
    effectiveFrom: '2026-01-26',
    effectiveTo: '2027-02-28',
    amends: [],
    replaces: [],
    verified: false,
  },
  /*
   * Defence and security education. Dates from the Ministry of Justice's code (pháp điển, topic
   * "Giáo dục quốc phòng và an ninh", as mirrored on GitHub: diepxuan/diepxuan.github.io): Law
   * 30/2013 of 19/06/2013 in force 01/01/2014; Decree 13/2014 of 25/02/2014 in force 10/04/2014;
   * Decree 139/2020 (of 27/11/2020, Dân Việt) in force 15/01/2021.
   */
  {
    id: 'law-30-2013',
    kind: 'law',
    number: '30/2013/QH13',
    signedOn: '2013-06-19',
    effectiveFrom: '2014-01-01',
    effectiveTo: null,
    amends: [],
    replaces: [],
    verified: true,
  },
  {
    id: 'decree-13-2014',
    kind: 'decree',
    number: '13/2014/NĐ-CP',
    signedOn: '2014-02-25',
    effectiveFrom: '2014-04-10',
    effectiveTo: null,
    amends: [],
    replaces: [],
    verified: true,
  },
  {
    id: 'decree-139-2020',
    kind: 'decree',
    number: '139/2020/NĐ-CP',
    signedOn: '2020-11-27',
    effectiveFrom: '2021-01-15',
    effectiveTo: null,
    amends: ['decree-13-2014'],
    replaces: [],
    verified: true,
  },
];
