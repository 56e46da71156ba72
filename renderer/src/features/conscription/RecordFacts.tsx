import { Descriptions, Tag } from 'antd';
import type { ReactNode } from 'react';
import type { ConscriptionRecordView } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { ageOfBirthDate, ageText } from '../../shared/age';
import { displayDate } from '../../shared/dates';
import { measureRows } from './health-labels';
import { legalPointOf, localityLabel, stateColor, stateLabelOf } from './record-labels';

const t = vi.conscription.record;

/** Joins the non-empty parts of a fact: "Số 3, ngày 12/02/2027". */
const join = (...parts: Array<string | false | null | undefined>) => parts.filter(Boolean).join(', ');

/** What the record holds now: the person (from the register) and the facts gathered along the year. */
export function RecordFacts({
  record: r,
  handoverDate,
  deliveryAction,
}: {
  record: ConscriptionRecordView;
  handoverDate: string;
  /** A button to record the order's delivery day, shown beside it while the campaign is open. */
  deliveryAction?: ReactNode;
}) {
  const point = r.legalPoint ? legalPointOf({ state: r.state, legalPoint: r.legalPoint }) : null;
  const rows: Array<[string, ReactNode]> = [
    [
      t.state,
      <>
        <Tag color={stateColor(r.state)}>{stateLabelOf(r)}</Tag>
        {format(t.since, { date: displayDate(r.stateSince) })}
      </>,
    ],
    [t.birthDate, displayDate(r.birthDate)],
    [t.ageOnHandover, ageText(ageOfBirthDate(r.birthDate, handoverDate))],
    [t.citizenId, r.citizenId ?? vi.common.none],
    [t.locality, localityLabel(r)],
    [t.address, r.address || vi.common.none],
    [t.ethnicityReligion, join(r.ethnicity, r.religion) || vi.common.none],
    [t.education, r.education || vi.common.none],
    [t.occupation, r.occupation || vi.common.none],
  ];
  if (r.registeredOn) {
    rows.push([
      t.registered,
      join(
        displayDate(r.registeredOn),
        r.registrationCertificate && format(t.certificate, { number: r.registrationCertificate }),
        r.registrationMethod &&
          format(t.registeredMethod, {
            method: vi.conscription.registrationMethods[r.registrationMethod].toLocaleLowerCase('vi'),
          }),
      ),
    ]);
  }
  if (r.healthClass !== null) {
    rows.push([
      t.health,
      join(format(vi.conscription.healthClassShort, { healthClass: r.healthClass }), r.healthNotes),
    ]);
  }
  rows.push(...measureRows(r));
  if (point) {
    rows.push([
      t.legalPoint,
      join(
        `${point.short} (${point.text})`,
        r.deferralYear !== null && format(t.deferralYear, { year: r.deferralYear }),
        r.studyDeferral && t.studyDeferral,
      ),
    ]);
  }
  if (r.orderNumber !== null) {
    rows.push([
      r.branch === 'police' ? t.orderPolice : t.order,
      format(t.orderValue, { number: r.orderNumber, date: displayDate(r.orderDate) }),
    ]);
    rows.push([
      t.orderDelivered,
      <>
        {r.orderDeliveredOn ? displayDate(r.orderDeliveredOn) : <Tag color="orange">{t.notDelivered}</Tag>}
        {deliveryAction}
      </>,
    ]);
    rows.push([t.report, join(displayDate(r.reportDate), r.reportTime, r.reportPlace)]);
  }
  if (r.handedOverOn) {
    rows.push([
      t.handover,
      join(displayDate(r.handedOverOn), r.receivingUnit, r.branch && vi.conscription.branches[r.branch]),
    ]);
  }
  if (r.reason) rows.push([t.reason, r.reason]);

  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      styles={{ label: { width: 200 } }}
      items={rows.map(([label, children], i) => ({ key: i, label, children }))}
    />
  );
}
