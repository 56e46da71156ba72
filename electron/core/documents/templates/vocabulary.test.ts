/**
 * Every built-in kind's snapshot against its vocabulary, generated on fixture offices through the
 * real generators: each field, table and column the snapshot holds is a tag the kind offers (so a
 * template can reach all of it), and each tag offered is filled (so none prints empty for ever).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Campaign } from '../../conscription/campaigns/schema';
import {
  createCampaign,
  enrolInCampaign,
  examine,
  REPORT_AT_STADIUM,
  TO_OFFICIAL_LIST,
  transition,
  transitionMany,
} from '../../conscription/test-steps';
import { createTestCore } from '../../db/test-helpers';
import { kindsByName, move } from '../../equipment/test-steps';
import { buildDrillsFixture, type DrillsFixture } from '../../../../test/docs/drills-fixture';
import { buildForcesFixture, type ForcesFixture } from '../../../../test/docs/forces-fixture';
import { createLocality } from '../../localities/test-steps';
import { setOffice } from '../../office/test-steps';
import { createPerson } from '../../people/test-steps';
import { buildReviewFixture, savedHalfYearReport } from '../../reviews/test-fixture';
import { prepareDocument } from '../produce';
import { documentKinds, generateInput, type DocumentKind, type DocumentSnapshot } from '../generate-schema';
import { templateVocabulary } from './vocabulary';
import { commonFields } from './vocabulary/common';

type TestCore = ReturnType<typeof createTestCore>;
const cores: TestCore[] = [];
let conscription: TestCore;
let campaign: Campaign;
let forces: TestCore;
let forcesFixture: ForcesFixture;
let drills: TestCore;
let drillsFixture: DrillsFixture;
let reviews: TestCore;
let reviewReportId: string;

type Step = { to: string; legalPoint?: string; deferralYear?: number };

/** A citizen enrolled in the campaign, examined (class 2), then taken through `steps`. */
async function enrol(fullName: string, birthDate: string, localityId: string, steps: Step[]) {
  const person = await createPerson(conscription, fullName, { birthDate, sex: 'M', localityId });
  const onDate = '2026-04-01';
  let record = await enrolInCampaign(conscription, { campaignId: campaign.id, personId: person.id, onDate });
  record = await examine(conscription, record, '2026-11-10', 2);
  for (const { to, ...extra } of steps) record = await transition(conscription, record, to, '2026-11-20', extra);
  return record;
}

beforeAll(async () => {
  conscription = createTestCore();
  forces = createTestCore();
  drills = createTestCore();
  reviews = createTestCore();
  cores.push(conscription, forces, drills, reviews);
  await setOffice(conscription);
  const ward = await createLocality(conscription, 'Phường Đức Xuân');
  const handover = { year: 2027, handoverStart: '2027-02-24' };
  campaign = await createCampaign(conscription, handover, [{ localityId: ward.id, army: 2, police: 1 }]);
  const listed = TO_OFFICIAL_LIST.map((to) => ({ to }));
  await enrol('Nguyễn Đức Anh', '2006-06-01', ward.id, listed);
  const ordered = await enrol('Lê Văn Ánh', '2004-04-01', ward.id, listed);
  await transitionMany(conscription, [ordered], 'call_up_ordered', '2027-02-01', REPORT_AT_STADIUM);
  await enrol('Trần Văn Ước', '2005-05-01', ward.id, [{ to: 'deferred', legalPoint: 'a', deferralYear: 2028 }]);
  await enrol('Hà Văn Bình', '2003-03-01', ward.id, [{ to: 'exempted', legalPoint: 'c' }]);
  await createPerson(conscription, 'Hà Đông', { birthDate: '2010-03-03', sex: 'M' });
  // The per-citizen papers: one past preliminary screening (the summons), one first-registered (the certificate).
  const screenedPerson = await createPerson(conscription, 'Lò Văn Phúc', { birthDate: '2007-01-20', sex: 'M' });
  const screened = await enrolInCampaign(conscription, {
    campaignId: campaign.id,
    personId: screenedPerson.id,
    onDate: '2026-09-01',
  });
  await transition(conscription, screened, 'screening_passed', '2026-10-20');
  const registrant = await createPerson(conscription, 'Bùi Văn Lâm', { birthDate: '2009-08-08', sex: 'M' });
  await enrolInCampaign(conscription, {
    campaignId: campaign.id,
    personId: registrant.id,
    onDate: '2026-04-10',
    state: 'first_registered',
  });

  forcesFixture = await buildForcesFixture(forces);
  const kinds = await kindsByName(forces);
  await move(forces, 'receive', '2026-10-01', [{ kindId: kinds['Súng tiểu liên AK']!.id, serial: 'AK-001' }]);
  drillsFixture = await buildDrillsFixture(drills);
  await buildReviewFixture(reviews);
  reviewReportId = await savedHalfYearReport(reviews, 2023, { situation: 'Tình hình ổn định.' });
}, 120_000);

afterAll(() => cores.forEach((core) => core.dispose()));

/** Where and from what each kind is generated in these fixtures. */
function fixtureInput(kind: DocumentKind): { core: TestCore; input: Record<string, unknown> } {
  const c = (input: Record<string, unknown>) => ({ core: conscription, input: { campaignId: campaign.id, ...input } });
  switch (kind) {
    case 'conscription.age17List':
      return { core: conscription, input: { year: 2027 } };
    case 'reserves.assignmentList':
      return { core: forces, input: { unitId: forcesFixture.company } };
    case 'exercises.plan':
      return { core: drills, input: { exerciseId: drillsFixture.plannedExercise } };
    case 'exercises.resultReport':
      return { core: drills, input: { exerciseId: drillsFixture.doneExercise } };
    case 'training.resultReport':
      return { core: drills, input: { courseId: drillsFixture.course } };
    case 'duty.monthRoster':
      return { core: drills, input: { year: 2026, month: 11 } };
    case 'review.report':
      return { core: reviews, input: { reviewReportId } };
    case 'conscription.examSummons':
      return c({ exam: { date: '2026-12-05', time: '07:30', place: 'Trạm Y tế phường Đức Xuân' } });
    case 'conscription.listNotice':
      return c({ decisionDate: '2026-12-21' });
  }
  if (kind.startsWith('conscription.')) return c({});
  return { core: forces, input: {} };
}

async function snapshotOf(kind: DocumentKind): Promise<DocumentSnapshot | undefined> {
  const fixture = fixtureInput(kind);
  const input = generateInput.parse({ kind, date: '2026-11-27', ...fixture.input });
  return prepareDocument(fixture.core.context, input).snapshot;
}

describe('snapshots and vocabularies', () => {
  const kinds = documentKinds;

  it('covers every kind', () => {
    for (const kind of kinds) expect(templateVocabulary(kind), kind).not.toBeNull();
  });

  it.each(kinds)('%s: the snapshot holds exactly the tags its vocabulary offers', async (kind) => {
    const snapshot = await snapshotOf(kind);
    const vocabulary = templateVocabulary(kind)!;
    expect(snapshot, kind).toBeDefined();
    const ownFields = vocabulary.fields.filter((f) => !(commonFields as readonly string[]).includes(f));
    expect(Object.keys(snapshot!.fields).sort()).toEqual([...ownFields].sort());
    expect(Object.keys(snapshot!.tables).sort()).toEqual(Object.keys(vocabulary.tables).sort());
    let rows = 0;
    for (const [table, tableRows] of Object.entries(snapshot!.tables)) {
      for (const row of tableRows) {
        rows++;
        for (const key of Object.keys(row)) expect(vocabulary.tables[table], `${table}.${key}`).toContain(key);
      }
    }
    // The fixture gives every kind some rows: a vocabulary checked against nothing proves nothing.
    expect(rows).toBeGreaterThan(0);
  });

  it('fills a list row with the clerk’s tags: dd/mm/yyyy birth dates, the citizen’s area and state', async () => {
    const snapshot = await snapshotOf('conscription.deferredList');
    expect(snapshot!.fields).toMatchObject({ nam: 2027, tong_so: 1, chi_tieu: 3, ngay_giao_quan: '24/02/2027' });
    expect(snapshot!.tables.danh_sach).toEqual([
      expect.objectContaining({
        stt: 1,
        ho_ten: 'Trần Văn Ước',
        ngay_sinh: '01/05/2005',
        xa_phuong: 'Phường Đức Xuân',
        diem_luat: 'a',
      }),
    ]);
  });
});
