import type { DocumentSnapshot } from '../documents/generate-schema';
import type { KindVocabulary } from '../documents/templates/vocabulary/types';
import { formatDisplayDate } from '../shared/dates';
import type { ReviewFigures, ReviewSectionKey, ReviewSections } from './public-types';

/** The snapshot field of each narrative section (ASCII snake_case Vietnamese, no diacritics). */
export const reviewSectionFields: Record<ReviewSectionKey, string> = {
  situation: 'muc_tinh_hinh',
  leadership: 'muc_lanh_dao',
  defenceZone: 'muc_khu_vuc_phong_thu',
  readiness: 'muc_san_sang_chien_dau',
  forceBuilding: 'muc_xay_dung_luc_luong',
  conscription: 'muc_tuyen_quan',
  training: 'muc_huan_luyen',
  defenceEducation: 'muc_giao_duc_quoc_phong',
  politicalEducation: 'muc_giao_duc_chinh_tri',
  policy: 'muc_chinh_sach',
  logistics: 'muc_hau_can_ky_thuat',
  discipline: 'muc_chinh_quy_ky_luat',
  assessment: 'muc_uu_khuyet_diem',
  tasks: 'muc_phuong_huong',
  proposals: 'muc_de_xuat',
};

/** The kind's own fields (the common ones — office, number, date, signer — come from the templates feature). */
export const reviewFieldNames = [
  'ky_bao_cao',
  'ky_tiep_theo',
  'tu_ngay',
  'den_ngay',
  'trich_yeu',
  'phien_ban',
  ...Object.values(reviewSectionFields),
] as const;

/** One row per figure. */
export const reviewFigureColumns = ['nhom', 'chi_tieu', 'gia_tri', 'cach_tinh'] as const;

/** The tags an office template of kind 'review.report' may use (a `KindVocabulary`). */
export const reviewVocabulary = {
  fields: reviewFieldNames,
  tables: { so_lieu: reviewFigureColumns },
} as const satisfies KindVocabulary;

/** The flat data the review report was printed from (kept in the register, filled into a template). */
export function reviewSnapshot(input: {
  title: string;
  nextTitle: string;
  summary: string;
  from: string;
  to: string;
  versionNo: number;
  sections: ReviewSections;
  figures: ReviewFigures;
}): DocumentSnapshot {
  const fields: DocumentSnapshot['fields'] = {
    ky_bao_cao: input.title,
    ky_tiep_theo: input.nextTitle,
    tu_ngay: formatDisplayDate(input.from),
    den_ngay: formatDisplayDate(input.to),
    trich_yeu: input.summary.replace(/\s*\n\s*/g, ' '),
    phien_ban: input.versionNo,
  };
  for (const [key, field] of Object.entries(reviewSectionFields))
    fields[field] = input.sections[key as ReviewSectionKey];
  const so_lieu = input.figures.groups.flatMap((g) =>
    g.figures.map((f) => ({ nhom: g.label, chi_tieu: f.label, gia_tri: f.display, cach_tinh: f.how })),
  );
  return { fields, tables: { so_lieu } };
}
