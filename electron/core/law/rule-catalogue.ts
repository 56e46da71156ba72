import type { IsoDate } from '../shared/dates';

/** Where a rule comes from: a text, optionally its article / clause / point, and the text that amended it. */
export interface RuleSource {
  text: string;
  /** "30", or "5, 6" for a rule spread over articles. */
  article?: string;
  clause?: number;
  /** The point's letter as printed ("a", "đ"). */
  point?: string;
  amendedBy?: string;
}

/** One version of a rule: its sources and the days it applies (to = null: still applies). */
export interface RuleVersion {
  from: IsoDate;
  to: IsoDate | null;
  sources: readonly RuleSource[];
}

/**
 * A rule the program enforces (or a duty it prints), with every version it has had. The one-line
 * Vietnamese summary of each version is in the catalogue: vi.law.rules[`${id}@${from}`].
 */
export interface LegalRule {
  id: string;
  versions: readonly RuleVersion[];
}

const NVQS = 'law-78-2015';
const DQTV = 'law-48-2019';
const LLDBDV = 'law-53-2019';
const AMENDING_2025 = 'law-98-2025';

/*
 * Each rule's versions follow one another without gap or overlap (a register test checks it). A
 * version starts when the text that changed the rule took effect; the one before ends the day
 * before. Where we could not read the amended article itself, the version still cites the
 * amending text (it is what changed the rule) and the text's entry says verified: false.
 */
export const LEGAL_RULES: readonly LegalRule[] = [
  {
    id: 'conscription.age',
    versions: [{ from: '2016-01-01', to: null, sources: [{ text: NVQS, article: '30' }] }],
  },
  {
    // Art. 31 (standards) with the health classes of the ministry's text in force on the exam.
    id: 'conscription.health-class',
    versions: [
      {
        from: '2016-08-15',
        to: '2023-12-31',
        sources: [{ text: NVQS, article: '31' }, { text: 'joint-circular-16-2016' }],
      },
      {
        from: '2024-01-01',
        to: '2025-06-30',
        sources: [
          { text: NVQS, article: '31' },
          { text: 'circular-105-2023', article: '5, 6' },
        ],
      },
      {
        from: '2025-07-01',
        to: null,
        sources: [
          { text: 'circular-148-2018', article: '4', clause: 3, point: 'a', amendedBy: 'circular-68-2025' },
          { text: 'circular-105-2023', article: '5, 6' },
        ],
      },
    ],
  },
  {
    // Enforced by conscription/health-standards.ts (BMI, dioptres; the health slice's own constant).
    id: 'health.circular68-exclusions',
    versions: [
      {
        from: '2025-07-01',
        to: null,
        sources: [{ text: 'circular-148-2018', article: '4', clause: 3, point: 'c', amendedBy: 'circular-68-2025' }],
      },
    ],
  },
  {
    id: 'conscription.exemption',
    versions: [{ from: '2016-01-01', to: null, sources: [{ text: NVQS, article: '41', clause: 2 }] }],
  },
  {
    // Point h (standing militia) was added by Art. 49 of the Militia Law 2019.
    id: 'conscription.deferral-points',
    versions: [
      { from: '2016-01-01', to: '2020-06-30', sources: [{ text: NVQS, article: '41', clause: 1 }] },
      { from: '2020-07-01', to: null, sources: [{ text: NVQS, article: '41', clause: 1, amendedBy: DQTV }] },
    ],
  },
  {
    id: 'conscription.call-up-notice',
    versions: [{ from: '2016-01-01', to: null, sources: [{ text: NVQS, article: '34', clause: 6 }] }],
  },
  {
    // Who decides the call-up of each citizen: the district chair, then the commune chair.
    id: 'conscription.call-up-decision',
    versions: [
      { from: '2016-01-01', to: '2025-06-30', sources: [{ text: NVQS, article: '34' }] },
      { from: '2025-07-01', to: null, sources: [{ text: NVQS, article: '34', amendedBy: AMENDING_2025 }] },
    ],
  },
  {
    id: 'conscription.first-registration',
    versions: [
      {
        from: '2016-01-01',
        to: '2025-06-30',
        sources: [
          { text: NVQS, article: '12', clause: 1 },
          { text: NVQS, article: '16' },
        ],
      },
      {
        from: '2025-07-01',
        to: null,
        sources: [
          { text: NVQS, article: '12', clause: 1 },
          { text: NVQS, article: '16', amendedBy: AMENDING_2025 },
        ],
      },
    ],
  },
  {
    // Who signs the call to register and the registration certificate.
    id: 'conscription.registration-signer',
    versions: [
      { from: '2016-04-05', to: '2025-08-06', sources: [{ text: 'decree-13-2016' }] },
      { from: '2025-08-07', to: null, sources: [{ text: 'decree-13-2016', amendedBy: 'decree-220-2025' }] },
    ],
  },
  {
    // The commune police report detentions and moves of citizens to the commune command each quarter.
    id: 'registration.police-quarterly-notice',
    versions: [{ from: '2025-08-07', to: null, sources: [{ text: 'decree-13-2016', amendedBy: 'decree-220-2025' }] }],
  },
  {
    id: 'conscription.list-posting',
    versions: [
      { from: '2016-01-01', to: '2025-06-30', sources: [{ text: NVQS, article: '41', clause: 4 }] },
      {
        from: '2025-07-01',
        to: null,
        sources: [{ text: 'circular-148-2018', article: '5', clause: 4, amendedBy: 'circular-68-2025' }],
      },
    ],
  },
  {
    id: 'conscription.political-standards',
    versions: [{ from: '2016-06-01', to: null, sources: [{ text: 'joint-circular-50-2016' }] }],
  },
  {
    id: 'militia.age',
    versions: [{ from: '2020-07-01', to: null, sources: [{ text: DQTV, article: '8' }] }],
  },
  {
    id: 'militia.term',
    versions: [{ from: '2020-07-01', to: null, sources: [{ text: DQTV, article: '8' }] }],
  },
  {
    id: 'militia.selection-standards',
    versions: [{ from: '2020-07-01', to: null, sources: [{ text: DQTV, article: '10' }] }],
  },
  {
    id: 'militia.deferral-exemption',
    versions: [{ from: '2020-07-01', to: null, sources: [{ text: DQTV, article: '11' }] }],
  },
  {
    id: 'militia.training-days',
    versions: [{ from: '2020-07-01', to: null, sources: [{ text: DQTV, article: '28' }] }],
  },
  {
    id: 'reserves.soldier-age',
    versions: [{ from: '2016-01-01', to: null, sources: [{ text: NVQS, article: '37' }] }],
  },
  {
    id: 'reserves.officer-age',
    versions: [{ from: '2016-01-01', to: null, sources: [{ text: 'law-16-1999', article: '38' }] }],
  },
  {
    id: 'reserves.unit-surplus',
    versions: [{ from: '2020-07-01', to: null, sources: [{ text: LLDBDV, article: '15' }] }],
  },
  {
    id: 'reserves.specialty-match',
    versions: [{ from: '2020-07-01', to: null, sources: [{ text: LLDBDV, article: '16' }] }],
  },
  {
    id: 'people.citizen-id',
    versions: [
      { from: '2016-02-15', to: '2024-06-30', sources: [{ text: 'decree-137-2015', article: '7' }] },
      { from: '2024-07-01', to: null, sources: [{ text: 'law-26-2023', article: '12' }] },
    ],
  },
  {
    id: 'documents.format',
    versions: [{ from: '2020-03-05', to: null, sources: [{ text: 'decree-30-2020' }] }],
  },
  {
    id: 'office.district-command-dissolved',
    versions: [{ from: '2025-07-01', to: null, sources: [{ text: 'decision-2786-2025' }] }],
  },
  {
    id: 'office.commune-command-under-province',
    versions: [{ from: '2026-01-26', to: '2027-02-28', sources: [{ text: 'resolution-66-12-2026' }] }],
  },
  {
    // The learner categories (đối tượng 1–4 and the others) of Art. 2 Decree 13/2014; amended by
    // Decree 139/2020 (read in full) and by Decree 220/2025 (its wording not read: see texts.ts).
    id: 'defence-education.categories',
    versions: [
      { from: '2014-04-10', to: '2021-01-14', sources: [{ text: 'decree-13-2014', article: '2' }] },
      {
        from: '2021-01-15',
        to: '2025-08-06',
        sources: [{ text: 'decree-13-2014', article: '2', amendedBy: 'decree-139-2020' }],
      },
      {
        from: '2025-08-07',
        to: null,
        sources: [{ text: 'decree-13-2014', article: '2', amendedBy: 'decree-139-2020' }, { text: 'decree-220-2025' }],
      },
    ],
  },
  {
    // "Người hoàn thành chương trình bồi dưỡng kiến thức quốc phòng và an ninh được cấp giấy chứng nhận."
    id: 'defence-education.certificate',
    versions: [{ from: '2014-01-01', to: null, sources: [{ text: 'law-30-2013', article: '18', clause: 4 }] }],
  },
];
