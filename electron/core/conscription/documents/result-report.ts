import { type Document, type Paragraph, type Table } from 'docx';
import { type DataColumn } from '../../docs/data-table';
import { nameInText } from '../../docs/name-in-text';
import {
  TEXT_WIDTH,
  bodyParagraph,
  buildOfficialDocument,
  headingParagraph,
  signatureFromSigner,
} from '../../docs/official-format';
import { balancedLines } from '../../docs/text-width';
import { documentDateText } from '../../docs/vn-date';
import { type IsoDate } from '../../shared/dates';
import { type CampaignReportData } from '../report/report-data';
import { type ListSigning } from './called-up-list';
import { type IssuingOffice } from '../../docs/official-header';
import { figureTableDocx } from '../../docs/figure-table';
import { decisionsTable, educationTable, healthTable, localityTable, percentText } from './result-report-tables';
import { reportText } from './text';
import { fill } from '../../../../vocabulary/text';
import { tableToXlsx } from '../../docs/xlsx-tables';

const col = reportText.columns;

export interface ResultReportInput extends ListSigning {
  office: IssuingOffice;
  data: CampaignReportData;
  /** Registration number; null leaves the blank a draft needs. */
  number: number | null;
  date: IsoDate;
}

/**
 * The narrative's paragraphs: blank lines separate them, and so does a single line break. Clerks
 * press Enter once per paragraph, as in Word; and a manual line break inside a justified paragraph
 * would stretch the line before it across the page.
 */
export function narrativeParagraphs(narrative: string): string[] {
  return narrative
    .split(/\r\n?|\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function handoverDates(data: CampaignReportData): string {
  const { handoverStart, handoverEnd } = data.campaign;
  if (handoverStart === handoverEnd) return documentDateText(handoverStart);
  return fill(reportText.fromTo, { from: documentDateText(handoverStart), to: documentDateText(handoverEnd) });
}

/** "gọi công dân nhập ngũ", with the police service obligation when the campaign had police to call. */
function callUpWords(data: CampaignReportData): string {
  const { quotaPolice, handedOverPolice } = data.totals;
  return quotaPolice + handedOverPolice > 0 ? reportText.callUpBoth : reportText.callUpArmy;
}

/** What the report says when the office wrote nothing: the year's outcome in one or two sentences. */
export function standardNarrative(data: CampaignReportData): string {
  const { handedOver, quota } = data.totals;
  const outcome =
    handedOver === 0
      ? fill(reportText.standardNoHandover, { quota })
      : quota > 0
        ? fill(reportText.standardHandoverOfQuota, {
            dates: handoverDates(data),
            handedOver,
            quota,
            percent: percentText(handedOver, quota),
          })
        : fill(reportText.standardHandover, { dates: handoverDates(data), handedOver });
  return `${fill(reportText.standard, { year: data.campaign.year, callUp: callUpWords(data) })} ${outcome}`;
}

function resultsSection(data: CampaignReportData): (Paragraph | Table)[] {
  const t = data.totals;
  const reached = t.quota > 0 ? fill(reportText.reached, { percent: percentText(t.handedOver, t.quota) }) : '';
  const section: (Paragraph | Table)[] = [
    headingParagraph(fill(reportText.resultsHeading, { callUp: callUpWords(data).toLocaleUpperCase('vi') })),
    headingParagraph(reportText.localitiesHeading),
    bodyParagraph(fill(reportText.quotaLine, { quota: t.quota, army: t.quotaArmy, police: t.quotaPolice })),
    bodyParagraph(
      fill(reportText.handedOverLine, {
        handedOver: t.handedOver,
        army: t.handedOverArmy,
        police: t.handedOverPolice,
        share: reached,
      }),
    ),
    figureTableDocx(localityTable(data)),
    headingParagraph(reportText.healthHeading),
  ];
  const { examined } = data.health;
  if (examined === 0 && t.handedOver === 0) {
    section.push(bodyParagraph(reportText.healthNone));
  } else {
    const classes = data.health.classes
      .filter((c) => c.handedOver > 0)
      .map((c) => fill(reportText.healthClassCount, { class: c.healthClass, count: c.handedOver }))
      .join(', ');
    const lines = [fill(reportText.healthExamined, { examined })];
    if (classes) lines.push(fill(reportText.healthHandedOver, { classes }));
    section.push(bodyParagraph(lines.join(' ')), figureTableDocx(healthTable(data)));
  }
  section.push(headingParagraph(reportText.educationHeading));
  if (t.handedOver === 0) {
    section.push(bodyParagraph(reportText.nobodyHandedOver));
  } else {
    const { graduates } = data.education;
    section.push(
      bodyParagraph(
        graduates.total > 0
          ? fill(reportText.graduatesLine, { handedOver: t.handedOver, ...graduates, graduates: graduates.total })
          : fill(reportText.noGraduates, { handedOver: t.handedOver }),
      ),
      figureTableDocx(educationTable(data)),
    );
  }
  return section;
}

function decisionsSection(data: CampaignReportData): (Paragraph | Table)[] {
  const heading = headingParagraph(reportText.decisionsHeading);
  if (data.deferred.total + data.exempted.total === 0) return [heading, bodyParagraph(reportText.noDecisions)];
  return [
    heading,
    bodyParagraph(fill(reportText.decisionsLine, { deferred: data.deferred.total, exempted: data.exempted.total })),
    figureTableDocx(decisionsTable(data)),
  ];
}

export function resultReportSummary(data: CampaignReportData): string {
  return fill(reportText.summary, { year: data.campaign.year, callUp: callUpWords(data) });
}

/**
 * "BÁO CÁO Kết quả công tác tuyển chọn và gọi công dân nhập ngũ (và thực hiện nghĩa vụ tham gia Công an
 * nhân dân, when the campaign had police) năm 2027": a Decree 30 report on
 * A4 portrait. The opening, the office's narrative (or a standard sentence from the figures), the
 * results with their tables (per locality, health classes, education), those deferred and
 * exempted by legal point, a closing sentence, the recipients and the signature.
 */
export function buildResultReport(input: ResultReportInput): Document {
  const { data } = input;
  const year = data.campaign.year;
  const office = nameInText(input.office.name);
  const written = narrativeParagraphs(data.campaign.reportNarrative);
  const narrative = written.length > 0 ? written : [standardNarrative(data)];
  // A summary too long for one line is split evenly, not left with one word on the second line.
  const summary = balancedLines(resultReportSummary(data), 14, true, TEXT_WIDTH).join('\n');
  const callUp = callUpWords(data);
  return buildOfficialDocument({
    office: input.office,
    number: input.number,
    typeCode: reportText.typeCode,
    date: input.date,
    title: reportText.title,
    summary,
    body: [
      bodyParagraph(fill(reportText.opening, { office, year, callUp })),
      ...narrative.map((paragraph) => bodyParagraph(paragraph)),
      ...resultsSection(data),
      ...decisionsSection(data),
      // The signature never stands alone on a page: the closing sentence goes with it.
      bodyParagraph(fill(reportText.closing, { office, year, callUp }), { keepNext: true }),
    ],
    recipients: reportText.recipients,
    signature: signatureFromSigner(input.signer, input.authority),
  });
}

/** The per-locality table as .xlsx, flat headers ("Chỉ tiêu Quân đội" …) for a spreadsheet. */
export function resultReportXlsx(data: CampaignReportData): Promise<Buffer> {
  const table = localityTable(data);
  const headers = [
    col.index,
    col.locality,
    col.quotaArmy,
    col.quotaPolice,
    col.quotaSum,
    col.handedArmy,
    col.handedPolice,
    col.handedSum,
    col.reached,
  ];
  const columns: DataColumn[] = headers.map((header, i) => ({
    header,
    weight: Math.max(table.weights[i] ?? 16, 24),
    align: table.aligns[i],
  }));
  const t = data.totals;
  return tableToXlsx({
    title: fill(reportText.sheetTitle, { year: data.campaign.year }),
    sheetName: fill(reportText.sheet, { year: data.campaign.year }),
    notes: [fill(reportText.quotaLine, { quota: t.quota, army: t.quotaArmy, police: t.quotaPolice })],
    columns,
    rows: table.rows.map((row) => (row.kind === 'group' ? { group: row.text } : row.cells)),
  });
}
