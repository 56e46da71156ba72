import { chooseOption, fillDate } from './support/antd';
import { COMBAT_EXERCISE, display, DRILL_WARDS, planExercisesInBothWards, RESCUE_EXERCISE } from './support/drills';
import { expect, test } from './support/fixtures';
import { addLocality, openNewOffice, openScreen, registerPerson } from './support/office';
import { apiCall } from './support/page-api';

// Issue 19 §3: a way back from mistakes.

test('an exercise recorded as done from "Kế hoạch" in one step, nothing typed lost; then corrected', async ({
  page,
  server,
}) => {
  const today = new Date();
  const yesterday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1);
  await openNewOffice(page, server);
  await openScreen(page, 'Cài đặt', 'Địa bàn');
  for (const ward of DRILL_WARDS) await addLocality(page, ward);
  await openScreen(page, 'Diễn tập – Huấn luyện', 'Diễn tập');
  await planExercisesInBothWards(page, display(yesterday));

  // Straight from "Kế hoạch": the dialog says the preparing step is recorded on the way.
  await page.getByRole('button', { name: RESCUE_EXERCISE }).click();
  await page.getByRole('button', { name: 'Hoàn thành' }).click();
  let done = page.getByRole('dialog', { name: 'Hoàn thành cuộc diễn tập' });
  await expect(done).toContainText('ghi luôn bước "Đang chuẩn bị"');
  await chooseOption(page, done.getByLabel('Kết quả đánh giá'), 'Khá');
  await done.getByLabel('Bài học kinh nghiệm').fill('Hiệp đồng giữa các lực lượng còn chậm.');
  // A refusal keeps the dialog and every value typed.
  await fillDate(page, done.getByLabel('Ngày bắt đầu thực hiện'), display(today));
  await fillDate(page, done.getByLabel('Ngày kết thúc thực hiện'), display(yesterday));
  await done.getByRole('button', { name: 'Lưu' }).click();
  await expect(done.getByText(`Ngày kết thúc không được trước ngày bắt đầu (${display(today)}).`)).toBeVisible();
  await expect(done.getByLabel('Bài học kinh nghiệm')).toHaveValue('Hiệp đồng giữa các lực lượng còn chậm.');
  // Closed and opened again: still there.
  await done.getByRole('button', { name: 'Hủy bỏ' }).click();
  await expect(done).toBeHidden();
  await page.getByRole('button', { name: 'Hoàn thành' }).click();
  done = page.getByRole('dialog', { name: 'Hoàn thành cuộc diễn tập' });
  await expect(done.getByLabel('Bài học kinh nghiệm')).toHaveValue('Hiệp đồng giữa các lực lượng còn chậm.');
  await expect(done.getByText('Khá')).toBeVisible();
  await fillDate(page, done.getByLabel('Ngày bắt đầu thực hiện'), display(yesterday));
  await done.getByRole('button', { name: 'Lưu' }).click();
  await expect(done).toBeHidden();

  const history = page.getByRole('region', { name: 'Lịch sử trạng thái' });
  await expect(history).toContainText('Chuyển trạng thái: Kế hoạch → Đang chuẩn bị');
  await expect(history).toContainText('Chuyển trạng thái: Đang chuẩn bị → Đã thực hiện');
  const drawer = page.getByRole('dialog', { name: RESCUE_EXERCISE });
  await expect(drawer).toContainText('Hiệp đồng giữa các lực lượng còn chậm.');

  // A recorded correction: reason required, the old rating kept in the history.
  await drawer.getByRole('button', { name: 'Đính chính' }).click();
  const correct = page.getByRole('dialog', { name: 'Đính chính kết quả cuộc diễn tập' });
  await chooseOption(page, correct.getByLabel('Kết quả đánh giá'), 'Giỏi');
  await correct.getByRole('button', { name: 'Lưu' }).click();
  await expect(correct.getByText('Không được để trống.')).toBeVisible();
  await correct.getByLabel('Lý do đính chính').fill('Cấp trên đánh giá lại');
  await correct.getByRole('button', { name: 'Lưu' }).click();
  await expect(correct).toBeHidden();
  await expect(history).toContainText('Đính chính: Đã thực hiện → Đã thực hiện');
  await expect(history).toContainText('Cấp trên đánh giá lại');
  await expect(history).toContainText('Trước đó: Kết quả đánh giá: Khá');
  await expect(drawer.getByRole('cell', { name: 'Giỏi' })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(RESCUE_EXERCISE) })).toContainText('Giỏi');
});

test('undo of an exercise step and of a conscription step, each with a reason, kept in the history', async ({
  page,
  server,
}) => {
  const today = new Date();
  await openNewOffice(page, server);
  await openScreen(page, 'Cài đặt', 'Địa bàn');
  for (const ward of DRILL_WARDS) await addLocality(page, ward);
  await openScreen(page, 'Diễn tập – Huấn luyện', 'Diễn tập');
  await planExercisesInBothWards(page, display(today));

  // The destructive action is named by what it does; the dialog closes with "Hủy bỏ".
  await page.getByRole('button', { name: COMBAT_EXERCISE }).click();
  const drawer = page.getByRole('dialog', { name: COMBAT_EXERCISE });
  await expect(drawer.getByRole('button', { name: 'Hủy cuộc diễn tập' })).toBeVisible();
  await drawer.getByRole('button', { name: 'Bắt đầu chuẩn bị' }).click();
  await expect(drawer.getByRole('button', { name: 'Bắt đầu chuẩn bị' })).toBeHidden();
  await drawer.getByRole('button', { name: 'Hoàn tác bước cuối' }).click();
  const undo = page.getByRole('dialog', { name: 'Hoàn tác bước "Kế hoạch → Đang chuẩn bị"' });
  await undo.getByLabel('Lý do hoàn tác').fill('Bấm nhầm');
  await undo.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(undo).toBeHidden();
  await expect(drawer.getByRole('button', { name: 'Bắt đầu chuẩn bị' })).toBeVisible();
  const history = page.getByRole('region', { name: 'Lịch sử trạng thái' });
  await expect(history).toContainText('Đã hoàn tác');
  await expect(history).toContainText('Hoàn tác: Đang chuẩn bị → Kế hoạch');
  await expect(history).toContainText('Bấm nhầm');
  await expect(page.getByRole('row', { name: new RegExp(COMBAT_EXERCISE) })).toContainText('Kế hoạch');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // A conscription record: its health exam undone; the delivery of an order refuses the undo.
  const year = today.getFullYear() + 1;
  const api = <T>(method: string, input: unknown) => apiCall<T>(page, server, method, input);
  type Versioned = { id: string; version: number };
  const [ward] = await api<Array<{ id: string; name: string }>>('localities.list', {});
  const campaign = await api<Versioned>('conscription.campaign.create', {
    year,
    handoverStart: `${year}-02-24`,
    handoverEnd: `${year}-02-25`,
  });
  const names = { familyName: 'Vũ', middleName: 'Văn', givenName: 'Thành', sex: 'M', localityId: ward!.id };
  const person = await api<Versioned>('people.create', { ...names, birthDate: `${year - 20}-05-01` });
  const record = await api<Versioned>('conscription.record.create', {
    campaignId: campaign.id,
    personId: person.id,
    state: 'pool',
    onDate: `${year - 1}-04-01`,
  });
  await api('conscription.record.healthExam', {
    recordId: record.id,
    version: record.version,
    onDate: `${year - 1}-04-02`,
    healthClass: 2,
  });

  await openScreen(page, 'Tuyển quân');
  await page.getByRole('button', { name: `Tuyển quân năm ${year}` }).click();
  await page.getByRole('tab', { name: 'Công dân' }).click();
  const row = page.getByRole('row', { name: /Vũ Văn Thành/ });
  await expect(row).toContainText('Khám sức khỏe đạt');
  await row.getByRole('button', { name: 'Vũ Văn Thành' }).click();
  const recordDrawer = page.getByRole('dialog', { name: /Vũ Văn Thành/ });
  await recordDrawer.getByRole('button', { name: 'Hoàn tác bước cuối' }).click();
  const undoStep = page.getByRole('dialog', { name: /^Hoàn tác bước "Khám sức khỏe đạt/ });
  await expect(undoStep).toContainText('Hồ sơ trở lại trạng thái');
  await undoStep.getByLabel('Lý do hoàn tác').fill('Nhập nhầm kết quả khám');
  await undoStep.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(undoStep).toBeHidden();
  await expect(recordDrawer).toContainText('Đã hoàn tác — lý do: Nhập nhầm kết quả khám');
  await expect(row).not.toContainText('Khám sức khỏe đạt');
});

test('a person saved onto another page of the register is shown there, highlighted', async ({ page, server }) => {
  await openNewOffice(page, server);
  // 21 people whose given names sort before "Yến": a new "Vũ Thị Yến" falls on page 2 of 20 a page.
  const given = 'An Bình Cường Dũng Đạt Giang Hà Hải Hùng Khánh Lâm Linh Minh Nam Ngọc Phong Quân Sơn Tâm Thảo Uyên';
  for (const name of given.split(' ')) {
    await apiCall(page, server, 'people.create', {
      familyName: 'Nguyễn',
      middleName: 'Văn',
      givenName: name,
      birthDate: '1990-01-01',
      sex: 'M',
    });
  }
  await openScreen(page, 'Công dân');
  await expect(page.getByRole('row', { name: /Nguyễn Văn An/ })).toBeVisible();
  await registerPerson(page, 'Vũ Thị Yến', '02/03/2001');
  const row = page.getByRole('row', { name: /Vũ Thị Yến/ });
  await expect(row).toBeVisible();
  await expect(row).toHaveClass(/qsdp-saved-row/);
  await expect(page.getByRole('listitem', { name: '2' })).toHaveClass(/ant-pagination-item-active/);
  await expect(page.getByRole('row', { name: /Nguyễn Văn An/ })).toBeHidden();
});
