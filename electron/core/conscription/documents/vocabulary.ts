import type { Campaign } from '../campaigns/schema';
import { documentText } from './text';
import { listArea, residenceText, sortByLocalityThenName, type ListedPerson } from '../../docs/person-order';
import type { CampaignReportData } from '../report/report-data';
import type { ConscriptionRecordView } from '../records/view';
import type { Person } from '../../people';
import { peopleListText } from '../../docs/list-text';
import { formatDisplayDate } from '../../shared/dates';
import type { DocumentSnapshot } from '../../documents/generate-schema';
import type { KindVocabulary, SnapshotRow } from '../../documents/templates/vocabulary/types';

import type { ConscriptionDocumentKind } from './kinds';

const PERSON_COLUMNS = ['stt', 'ho_ten', 'ngay_sinh', 'gioi_tinh', 'so_cccd', 'dia_chi', 'xa_phuong'] as const;
const RECORD_COLUMNS = [
  ...PERSON_COLUMNS,
  'dan_toc',
  'ton_giao',
  'trinh_do_van_hoa',
  'nghe_nghiep',
  'loai_suc_khoe',
  'don_vi',
  'quan_chung',
  'diem_luat',
  'ly_do',
  'so_lenh',
  'ngay_lenh',
  'ngay_co_mat',
  'gio_co_mat',
  'noi_co_mat',
] as const;
const CAMPAIGN_FIELDS = ['nam', 'tong_so', 'ngay_giao_quan', 'chi_tieu', 'chi_tieu_quan_doi', 'chi_tieu_cong_an'];
const listVocabulary: KindVocabulary = { fields: CAMPAIGN_FIELDS, tables: { danh_sach: RECORD_COLUMNS } };
/** The per-citizen papers add what they print beyond the record: the exam, the registration, the posting period. */
export const EXAM_FIELDS = ['ngay_kham', 'gio_kham', 'noi_kham'] as const;
export const REGISTRATION_COLUMNS = ['ngay_dang_ky', 'so_dang_ky'] as const;
export const NOTICE_FIELDS = [
  'ngay_quyet_dinh',
  'niem_yet_tu_ngay',
  'niem_yet_den_ngay',
  'so_tam_hoan',
  'so_mien',
] as const;

export const conscriptionVocabulary: Record<ConscriptionDocumentKind, KindVocabulary> = {
  'conscription.calledUpList': listVocabulary,
  'conscription.deferredList': listVocabulary,
  'conscription.exemptedList': listVocabulary,
  'conscription.callUpOrders': listVocabulary,
  'conscription.examSummons': { fields: [...CAMPAIGN_FIELDS, ...EXAM_FIELDS], tables: { danh_sach: RECORD_COLUMNS } },
  'conscription.registrationCertificates': {
    fields: CAMPAIGN_FIELDS,
    tables: { danh_sach: [...RECORD_COLUMNS, ...REGISTRATION_COLUMNS] },
  },
  'conscription.deferralDecisions': listVocabulary,
  'conscription.exemptionDecisions': listVocabulary,
  'conscription.listNotice': { fields: [...CAMPAIGN_FIELDS, ...NOTICE_FIELDS], tables: { danh_sach: RECORD_COLUMNS } },
  'conscription.age17List': { fields: ['nam', 'nam_sinh', 'tong_so'], tables: { danh_sach: PERSON_COLUMNS } },
  'conscription.resultReport': {
    fields: [
      ...CAMPAIGN_FIELDS,
      'da_giao',
      'giao_quan_doi',
      'giao_cong_an',
      'ty_le_hoan_thanh',
      'so_kham',
      'tong_tam_hoan',
      'tong_mien',
    ],
    tables: {
      dia_phuong: [
        'stt',
        'ten',
        'chi_tieu_quan_doi',
        'chi_tieu_cong_an',
        'chi_tieu',
        'giao_quan_doi',
        'giao_cong_an',
        'da_giao',
        'ty_le',
      ],
      suc_khoe: ['loai', 'so_kham', 'so_giao'],
      tam_hoan: ['diem', 'so_nguoi'],
      mien: ['diem', 'so_nguoi'],
    },
  },
};

const display = (date: string | null) => (date ? formatDisplayDate(date) : '');
/** The law's point "đ" is stored as "dd". */
const pointText = (point: string | null) => (point === 'dd' ? 'đ' : (point ?? ''));
/** Handed over against the quota, in per cent with one decimal and a decimal comma ("100", "87,5"). */
function percentText(part: number, whole: number): string {
  if (whole <= 0) return '';
  return String(Math.round((part / whole) * 1000) / 10).replace('.', ',');
}

function personRow(index: number, person: ListedPerson & Pick<Person, 'sex'>): SnapshotRow {
  return {
    stt: index,
    ho_ten: person.fullName,
    ngay_sinh: display(person.birthDate),
    gioi_tinh: person.sex === 'M' ? peopleListText.male : peopleListText.female,
    so_cccd: person.citizenId ?? '',
    dia_chi: residenceText(person),
    xa_phuong: listArea(person) ?? '',
  };
}

function recordRow(index: number, r: ConscriptionRecordView): SnapshotRow {
  return {
    ...personRow(index, r),
    dan_toc: r.ethnicity,
    ton_giao: r.religion,
    trinh_do_van_hoa: r.education,
    nghe_nghiep: r.occupation,
    loai_suc_khoe: r.healthClass,
    don_vi: r.receivingUnit,
    quan_chung: r.branch === 'army' ? documentText.army : r.branch === 'police' ? documentText.police : '',
    diem_luat: pointText(r.legalPoint),
    ly_do: r.reason,
    so_lenh: r.orderNumber,
    ngay_lenh: display(r.orderDate),
    ngay_co_mat: display(r.reportDate),
    gio_co_mat: r.reportTime,
    noi_co_mat: r.reportPlace,
  };
}

function campaignFields(campaign: Campaign, count: number) {
  return {
    nam: campaign.year,
    tong_so: count,
    ngay_giao_quan: display(campaign.handoverStart),
    chi_tieu: campaign.totals.total,
    chi_tieu_quan_doi: campaign.totals.army,
    chi_tieu_cong_an: campaign.totals.police,
  };
}

function reportSnapshot(data: CampaignReportData): DocumentSnapshot {
  const t = data.totals;
  return {
    fields: {
      ...campaignFields(data.campaign, t.handedOver),
      chi_tieu: t.quota,
      chi_tieu_quan_doi: t.quotaArmy,
      chi_tieu_cong_an: t.quotaPolice,
      da_giao: t.handedOver,
      giao_quan_doi: t.handedOverArmy,
      giao_cong_an: t.handedOverPolice,
      ty_le_hoan_thanh: percentText(t.handedOver, t.quota),
      so_kham: data.health.examined,
      tong_tam_hoan: data.deferred.total,
      tong_mien: data.exempted.total,
    },
    tables: {
      dia_phuong: data.localities.map((l, i) => ({
        stt: i + 1,
        ten: l.localityName,
        chi_tieu_quan_doi: l.quotaArmy,
        chi_tieu_cong_an: l.quotaPolice,
        chi_tieu: l.quotaArmy + l.quotaPolice,
        giao_quan_doi: l.handedOverArmy,
        giao_cong_an: l.handedOverPolice,
        da_giao: l.handedOverArmy + l.handedOverPolice,
        ty_le: percentText(l.handedOverArmy + l.handedOverPolice, l.quotaArmy + l.quotaPolice),
      })),
      suc_khoe: data.health.classes.map((c) => ({ loai: c.healthClass, so_kham: c.examined, so_giao: c.handedOver })),
      tam_hoan: data.deferred.points.map((p) => ({ diem: pointText(p.point), so_nguoi: p.count })),
      mien: data.exempted.points.map((p) => ({ diem: pointText(p.point), so_nguoi: p.count })),
    },
  };
}

export interface ConscriptionPrepared {
  campaign: Campaign | null;
  rows: readonly ConscriptionRecordView[];
  people: readonly Person[];
  report: CampaignReportData | null;
  count: number;
}

/** The snapshot of a conscription document, in the built-in's order (orders by number, lists by area then name). */
export function conscriptionSnapshot(
  kind: ConscriptionDocumentKind,
  prepared: ConscriptionPrepared,
  year: number,
): DocumentSnapshot {
  if (kind === 'conscription.resultReport') return reportSnapshot(prepared.report!);
  if (kind === 'conscription.age17List') {
    const people = sortByLocalityThenName(prepared.people);
    return {
      fields: { nam: year, nam_sinh: year - 17, tong_so: people.length },
      tables: { danh_sach: people.map((p, i) => personRow(i + 1, p)) },
    };
  }
  const records =
    kind === 'conscription.callUpOrders'
      ? [...prepared.rows].sort((a, b) => (a.orderNumber ?? 0) - (b.orderNumber ?? 0))
      : sortByLocalityThenName(prepared.rows);
  return {
    fields: campaignFields(prepared.campaign!, records.length),
    tables: { danh_sach: records.map((r, i) => recordRow(i + 1, r)) },
  };
}
