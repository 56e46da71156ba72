import { deferralPointLabel, exemptionPointLabel, isDeferralPoint, isExemptionPoint, pointLetter } from '../points';
import { type CampaignReportData, type PointCount } from '../report/report-data';
import { type FigureRow, type FigureTable } from '../../docs/figure-table';
import { documentText, reportText } from './text';
import { fill } from '../../../../vocabulary/text';

/** The result report's tables as plain data: the .docx prints them, the .xlsx takes the first. */

const col = reportText.columns;
const percentFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** "62,5" (Vietnamese decimal comma); '' when there is nothing to divide by. */
export function percentText(part: number, whole: number): string {
  return whole > 0 ? percentFormat.format((part / whole) * 100) : '';
}

const count = (n: number) => String(n);

/** Quota against the handover per ward/commune, army and police, with a total row. */
export function localityTable(data: CampaignReportData): FigureTable {
  const rows: FigureRow[] = data.localities.map((l, i) => {
    const quota = l.quotaArmy + l.quotaPolice;
    const handed = l.handedOverArmy + l.handedOverPolice;
    return {
      kind: 'cells',
      cells: [
        String(i + 1),
        l.localityName || documentText.noLocality,
        ...[l.quotaArmy, l.quotaPolice, quota, l.handedOverArmy, l.handedOverPolice, handed].map(count),
        percentText(handed, quota),
      ],
    };
  });
  const t = data.totals;
  rows.push({
    kind: 'total',
    cells: [
      '',
      reportText.total,
      ...[t.quotaArmy, t.quotaPolice, t.quota, t.handedOverArmy, t.handedOverPolice, t.handedOver].map(count),
      percentText(t.handedOver, t.quota),
    ],
  });
  return {
    weights: [10, 45, 16, 16, 16, 16, 16, 16, 14],
    aligns: ['center', 'left', 'center', 'center', 'center', 'center', 'center', 'center', 'center'],
    header: [
      [
        { text: col.index, rowSpan: 2 },
        { text: col.locality, rowSpan: 2 },
        { text: col.quota, columnSpan: 3 },
        { text: col.handedOver, columnSpan: 3 },
        { text: col.reached, rowSpan: 2 },
      ],
      [col.army, col.police, col.sum, col.army, col.police, col.sum].map((text) => ({ text })),
    ],
    rows,
  };
}

/** Health classes 1–6: how many examined and how many handed over, with their shares. */
export function healthTable(data: CampaignReportData): FigureTable {
  const { classes, examined, handedOverUnclassed } = data.health;
  const handed = data.totals.handedOver;
  const rows: FigureRow[] = classes.map((c) => ({
    kind: 'cells',
    cells: [
      fill(reportText.healthClass, { class: c.healthClass }),
      count(c.examined),
      percentText(c.examined, examined),
      count(c.handedOver),
      percentText(c.handedOver, handed),
    ],
  }));
  if (handedOverUnclassed > 0) {
    rows.push({
      kind: 'cells',
      cells: [reportText.unclassed, '', '', count(handedOverUnclassed), percentText(handedOverUnclassed, handed)],
    });
  }
  rows.push({
    kind: 'total',
    cells: [reportText.total, count(examined), examined > 0 ? '100' : '', count(handed), handed > 0 ? '100' : ''],
  });
  return {
    weights: [45, 32, 24, 40, 24],
    aligns: ['left', 'center', 'center', 'center', 'center'],
    header: [[col.healthClass, col.examined, col.share, col.handedOverCount, col.share].map((text) => ({ text }))],
    rows,
  };
}

/** Education of those handed over, as typed, from the highest level down. */
export function educationTable(data: CampaignReportData): FigureTable {
  const { groups, total } = data.education;
  const rows: FigureRow[] = groups.map((g, i) => ({
    kind: 'cells',
    cells: [String(i + 1), g.label ?? reportText.unknownEducation, count(g.count), percentText(g.count, total)],
  }));
  rows.push({ kind: 'total', cells: ['', reportText.total, count(total), total > 0 ? '100' : ''] });
  return {
    weights: [12, 83, 35, 35],
    aligns: ['center', 'left', 'center', 'center'],
    header: [[col.index, col.education, col.citizens, col.share].map((text) => ({ text }))],
    rows,
  };
}

function pointRows(points: readonly PointCount[], label: (point: string) => string | null): FigureRow[] {
  return points.map((p) => {
    const known = p.point === null ? null : label(p.point);
    return {
      kind: 'cells',
      cells: [
        known === null ? '' : fill(reportText.pointCell, { letter: pointLetter(p.point!) }),
        known ?? documentText.noPoint,
        count(p.count),
      ],
    };
  });
}

/** Those deferred (Art. 41(1)) and exempted (Art. 41(2)) by point, each group with its count. */
export function decisionsTable(data: CampaignReportData): FigureTable {
  const rows: FigureRow[] = [];
  if (data.deferred.total > 0) {
    rows.push({ kind: 'group', text: fill(reportText.deferredGroup, { count: data.deferred.total }) });
    rows.push(...pointRows(data.deferred.points, (p) => (isDeferralPoint(p) ? deferralPointLabel(p) : null)));
  }
  if (data.exempted.total > 0) {
    rows.push({ kind: 'group', text: fill(reportText.exemptedGroup, { count: data.exempted.total }) });
    rows.push(...pointRows(data.exempted.points, (p) => (isExemptionPoint(p) ? exemptionPointLabel(p) : null)));
  }
  rows.push({ kind: 'total', cells: ['', reportText.total, count(data.deferred.total + data.exempted.total)] });
  return {
    weights: [20, 117, 28],
    aligns: ['center', 'left', 'center'],
    header: [[col.point, col.pointCase, col.citizens].map((text) => ({ text }))],
    rows,
  };
}
