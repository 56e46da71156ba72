import { fill, lowerFirst } from '../../../vocabulary/text';
import { vi } from '../messages/vi';
import type { ReviewFigures } from './public-types';

const d = () => vi.reviews.draft;

/**
 * Training attendance at or above this share of the planned person-days reads as a target met.
 * [U] No text sets it: 95% is the share offices commonly report as "quân số tham gia đạt yêu cầu";
 * the officer judges the draft.
 */
export const ATTENDANCE_TARGET = 95;

/** Parts of a total that the total already judges (the exercises by type, the handover by branch). */
const PARTS = [/^exercises\.type\./, /^conscription\.\d{4}\.(army|police)$/];

/** The known targets' own wordings, by key (the campaign's year caught for the sentence). */
const TARGETS: Array<[RegExp, keyof typeof vi.reviews.draft.targets]> = [
  [/^conscription\.(\d{4})\.handedOver$/, 'handedOver'],
  [/^exercises\.done$/, 'exercisesDone'],
  [/^duty\.days$/, 'dutyDays'],
  [/^registration\.age17$/, 'age17'],
];

/**
 * "Ưu điểm, hạn chế" drafted from the figures themselves, for the officer to judge (its first line
 * says it is a draft): the known targets, and the first done-of-planned figure of any other group (this
 * file knows no topic by name, so a new topic's headline counts too), are a strength when the whole
 * was done and a limitation when not (a group with nothing recorded is left out);
 * training attendance against ATTENDANCE_TARGET; exercises cancelled are a limitation. The causes are
 * a neutral sentence: the figures cannot tell them.
 */
export function draftAssessment(figures: ReviewFigures): string {
  const strengths: string[] = [];
  const limitations: string[] = [];
  for (const group of figures.groups) {
    // A group with nothing recorded in the period (no roster at all, say) is not judged: the records
    // cannot tell a shortfall from a feature the office does not keep in the program.
    if (!group.figures.some((f) => (f.value ?? 0) > 0)) continue;
    let headlineJudged = false;
    for (const f of group.figures) {
      if (PARTS.some((p) => p.test(f.key)) || f.value === null) continue;
      const target = TARGETS.map(([re, key]) => [re.exec(f.key), key] as const).find(([m]) => m);
      // Of a topic's done-of-whole figures only its first (the headline: attendance, not each unit's;
      // passed, not each category's running total) is judged: the rest break it down.
      if (f.of !== null && f.of > 0 && (target || !headlineJudged)) {
        if (!target) headlineJudged = true;
        const met = f.value >= f.of;
        const text = target
          ? fill(met ? d().targets[target[1]].met : d().targets[target[1]].short, {
              display: f.display,
              year: target[0]![1] ?? '',
            })
          : fill(met ? d().ratioMet : d().ratioShort, {
              group: group.label,
              label: lowerFirst(f.label),
              display: f.display,
            });
        (met ? strengths : limitations).push(text);
      } else if (f.key === 'training.attendanceRate') {
        const values = { display: f.display, threshold: ATTENDANCE_TARGET };
        if (f.value >= ATTENDANCE_TARGET) strengths.push(fill(d().attendanceMet, values));
        else limitations.push(fill(d().attendanceShort, values));
      } else if (f.key === 'exercises.cancelled' && f.value > 0) {
        limitations.push(fill(d().exercisesCancelled, { count: f.value }));
      }
    }
  }
  return [
    d().assessmentNote,
    strengths.length > 0
      ? fill(d().strengths, { list: strengths.join('; ') })
      : limitations.length > 0
        ? d().strengthsShort
        : d().strengthsNone,
    limitations.length > 0 ? fill(d().limitations, { list: limitations.join('; ') }) : d().limitationsNone,
    limitations.length > 0 ? d().causes : d().causesNone,
  ].join('\n');
}
