import { fill } from '../../../vocabulary/text';
import type { ApiContext } from '../kernel/context';
import { statement } from '../db/statements';
import { listLocalities, TOP_LEVEL_KINDS } from '../localities';
import { vi } from '../messages/vi';
import { policeNoticeFigures } from '../police-notices';
import { formatDisplayDate, type IsoDate } from '../shared/dates';
import { countFigure, countText, rangeValues } from './format';
import { reviewLinks } from './figures-groups';
import type { ReviewFigure, ReviewFigureGroup } from './public-types';

type Range = { from: IsoDate; to: IsoDate };
const t = () => vi.reviews.figures;
const u = () => vi.reviews.units;

/** The routes of the records behind the situation and leadership figures. */
const links = {
  localities: '#/cai-dat',
  policeNotices: '#/cong-dan/thong-bao-cong-an',
  register: '#/van-ban-bao-cao/so-van-ban',
};

/**
 * "Tình hình chung": the wards and communes of the area on the last day (by kind), and the commune
 * police's notices received in the range, by kind of line. The duty incidents handled are the duty
 * group's; the draft reads them there.
 */
export function situationGroup(ctx: ApiContext, range: Range): ReviewFigureGroup {
  const values = rangeValues(range);
  const date = formatDisplayDate(range.to);
  // Wards, communes and towns (not villages or residential groups below them), in the catalogue's order.
  const names: Record<string, string> = vi.reviews.localityKinds;
  const localities = listLocalities(ctx.db, range.to, false);
  const counted = TOP_LEVEL_KINDS.map((kind) => ({ kind, n: localities.filter((l) => l.kind === kind).length }));
  const present = counted.filter((c) => c.n > 0);
  const list = present.map((c) => `${countText(c.n)} ${names[c.kind]}`).join(', ');
  const total = present.reduce((sum, c) => sum + c.n, 0);
  // One line for the area, shown by kind ("6 phường, 2 xã") as the situation sentence says it.
  const area = countFigure(
    'situation.localities',
    t().localities,
    total,
    '',
    { date, list: list || '0' },
    links.localities,
  );
  const figures: ReviewFigure[] = [{ ...area, display: list || area.display }];
  const police = policeNoticeFigures(ctx, range);
  figures.push(
    countFigure('situation.policeNotices', t().policeNotices, police.notices, u().notice, values, links.policeNotices),
  );
  for (const [kind, n] of Object.entries(police.lines)) {
    if (n === 0) continue;
    const name = vi.reviews.policeKinds[kind as keyof typeof police.lines];
    figures.push(
      countFigure(
        `situation.police.${kind}`,
        t().policeLines,
        n,
        u().line,
        { ...values, kind: name },
        links.policeNotices,
      ),
    );
  }
  return { key: 'situation', label: vi.reviews.groups.situation, figures };
}

/**
 * "Lãnh đạo, chỉ đạo": the numbered documents of the register (sổ văn bản đi) issued in the range, by
 * type code, leaving out an entry a correction replaced (the correction counts instead); and the plans
 * attached to exercises dated in the range (often issued by the People's Committee on the office's
 * advice, so not in the office's own register). Read-only SQL on the register's table: the register
 * (documents/) sits above the features and offers no face for it.
 */
export function leadershipGroup(ctx: ApiContext, range: Range): ReviewFigureGroup {
  const values = rangeValues(range);
  const byCode = statement(
    ctx.db,
    `SELECT r.type_code AS code, COUNT(*) AS n FROM document_register r
      WHERE r.issued_on BETWEEN @from AND @to AND r.number IS NOT NULL AND r.type_code IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM document_register c WHERE c.replaces_id = r.id AND c.issued_on <= @to)
      GROUP BY r.type_code ORDER BY COUNT(*) DESC, r.type_code`,
  ).all(range) as Array<{ code: string; n: number }>;
  const plans = (
    statement(
      ctx.db,
      `SELECT COUNT(DISTINCT document_number) AS n FROM exercise_attachments
        WHERE document_date BETWEEN @from AND @to`,
    ).get(range) as { n: number }
  ).n;
  const total = byCode.reduce((sum, r) => sum + r.n, 0);
  const figures: ReviewFigure[] = [
    countFigure('leadership.documents', t().documents, total, u().document, values, links.register),
  ];
  for (const { code, n } of byCode) {
    const name = typeCodeName(code);
    figures.push(
      countFigure(`leadership.type.${code}`, t().documentType, n, name, { ...values, code, name }, links.register),
    );
  }
  figures.push(
    countFigure('leadership.exercisePlans', t().exercisePlans, plans, u().document, values, reviewLinks.exercises),
  );
  return { key: 'leadership', label: vi.reviews.groups.leadership, figures };
}

/** "kế hoạch" for KH; an unknown code is named by itself. */
export function typeCodeName(code: string): string {
  return vi.reviews.typeCodes[code] ?? fill(vi.reviews.typeCodeOther, { code });
}
