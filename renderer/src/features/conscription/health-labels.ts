import type { ConscriptionRecordView } from '../../../../electron/core/api/contract';
import { HEALTH_SPECIALTIES, measureText } from '../../../../vocabulary/health-exam';
import { format, vi } from '../../messages/vi';

const t = vi.conscription.health;

/** One eye's signed refraction in words: "cận 2,0 D", "viễn 0,25 D", "bình thường", '—' when not recorded. */
export function refractionLabel(dioptres: number | null): string {
  if (dioptres === null) return vi.common.none;
  if (dioptres === 0) return t.exam.emmetropia;
  return format(dioptres < 0 ? t.exam.myopia : t.exam.hyperopia, { value: measureText(Math.abs(dioptres)) });
}

const plain = (value: number | null) => (value === null ? vi.common.none : measureText(value).replace(/,0$/, ''));

/** The record page's lines for the exam's figures, only those recorded. */
export function measureRows(r: ConscriptionRecordView): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  if (r.heightCm !== null || r.weightKg !== null) {
    rows.push([
      t.facts.measures,
      format(t.facts.measuresValue, {
        height: plain(r.heightCm),
        weight: plain(r.weightKg),
        bmi: r.bmi === null ? vi.common.none : measureText(r.bmi),
      }),
    ]);
  }
  if (r.refractionRight !== null || r.refractionLeft !== null) {
    rows.push([
      t.facts.refraction,
      format(t.facts.refractionValue, {
        right: refractionLabel(r.refractionRight),
        left: refractionLabel(r.refractionLeft),
      }),
    ]);
  }
  const notes = HEALTH_SPECIALTIES.flatMap((s) =>
    r.specialtyNotes[s] ? [`${t.specialties[s]}: ${r.specialtyNotes[s]}`] : [],
  );
  if (notes.length > 0) rows.push([t.facts.specialties, notes.join('; ')]);
  return rows;
}
