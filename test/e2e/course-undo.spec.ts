import { demoTest as test, expect } from './support/fixtures';
import { openScreen } from './support/office';
import { apiCall } from './support/page-api';

// Issue 19 §3: a course's status steps in its history, and the last one undone with a reason while
// nothing entered since depends on it — for training courses and defence-education courses.

type Versioned = { id: string; version: number };
const now = new Date();
const year = now.getFullYear();
/** Today on this machine's clock (the server's and the browser's too), as the core's localIsoDate reads it. */
const today = `${year}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

test('a training course: a step, its history, its undo with a reason, and an undo refused after attendance', async ({
  page,
  demo,
}) => {
  const api = <T>(method: string, input: unknown) => apiCall<T>(page, demo, method, input);
  const title = 'Tập huấn cán bộ phường về hoàn tác';
  const course = await api<Versioned>('training.course.create', {
    title,
    target: 'staff',
    startsOn: `${year}-01-05`,
    endsOn: `${year}-01-07`,
    plannedDays: 3,
  });
  const people = await api<{ rows: Array<{ id: string; fullName: string }> }>('people.list', { pageSize: 1 });
  const person = people.rows[0]!;
  await api('training.participant.add', { courseId: course.id, personIds: [person.id] });

  await openScreen(page, 'Diễn tập – Huấn luyện', 'Huấn luyện');
  await page.getByRole('button', { name: title }).click();
  const drawer = page.getByRole('dialog', { name: `Khóa huấn luyện – ${title}` });
  const history = drawer.getByRole('region', { name: 'Lịch sử trạng thái' });
  await expect(history).toContainText('Chưa có bước trạng thái nào');

  // The destructive action says what it does; its question closes on "Hủy bỏ" and changes nothing.
  await drawer.getByRole('button', { name: 'Hủy khóa huấn luyện' }).click();
  const question = page.getByRole('tooltip').filter({ hasText: 'Chuyển khóa huấn luyện sang "Đã hủy"?' });
  await question.getByRole('button', { name: 'Hủy bỏ' }).click();
  await expect(question).toBeHidden();
  await expect(history).toContainText('Chưa có bước trạng thái nào');

  const start = async () => {
    await drawer.getByRole('button', { name: 'Bắt đầu huấn luyện' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: 'Xác nhận' }).click();
    await expect(drawer.getByRole('button', { name: 'Bắt đầu huấn luyện' })).toBeHidden();
  };
  await start();
  await expect(history).toContainText('Chuyển trạng thái: Kế hoạch → Đang huấn luyện');

  await drawer.getByRole('button', { name: 'Hoàn tác bước cuối' }).click();
  const undo = page.getByRole('dialog', { name: 'Hoàn tác bước "Kế hoạch → Đang huấn luyện"' });
  await undo.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(undo.getByText('Không được để trống.')).toBeVisible();
  await undo.getByLabel('Lý do hoàn tác').fill('Bấm nhầm khóa');
  await undo.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(undo).toBeHidden();
  await expect(drawer.getByRole('button', { name: 'Bắt đầu huấn luyện' })).toBeVisible();
  await expect(history).toContainText('Đã hoàn tác');
  await expect(history).toContainText('Hoàn tác: Đang huấn luyện → Kế hoạch');
  await expect(history).toContainText('Lý do: Bấm nhầm khóa');
  await expect(page.getByRole('row', { name: new RegExp(title) })).toContainText('Kế hoạch');

  // Started again and attendance entered: going back to "Kế hoạch" is refused, naming whose.
  await start();
  await drawer.getByLabel(`Số ngày tham gia của ${person.fullName}`).fill('2');
  await drawer.getByRole('button', { name: 'Lưu điểm danh' }).click();
  await expect(page.getByText('Đã lưu điểm danh')).toBeVisible();
  await drawer.getByRole('button', { name: 'Hoàn tác bước cuối' }).click();
  await undo.getByLabel('Lý do hoàn tác').fill('Thử hoàn tác');
  await undo.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(undo).toContainText(`Sau bước "Đang huấn luyện" đã ghi điểm danh của ${person.fullName}.`);
  await undo.getByRole('button', { name: 'Hủy bỏ' }).click();
  await expect(undo).toBeHidden();
  await expect(drawer.getByRole('button', { name: 'Hoàn thành' })).toBeVisible();
});

test('a defence-education course: held, undone with a reason, and an undo refused while results are recorded', async ({
  page,
  demo,
}) => {
  const api = <T>(method: string, input: unknown) => apiCall<T>(page, demo, method, input);
  const title = 'Bồi dưỡng kiến thức QP-AN đối tượng 4 (thử hoàn tác)';
  const course = await api<Versioned>('defenceEducation.course.create', {
    title,
    category: 'group4',
    organiser: 'Ban CHQS phường',
    // Held (its last day not after today, or "Ghi đã thực hiện" is refused) and in this year's list
    // (the list opens on the year the course starts in), whatever day of the year the test runs.
    startsOn: `${year}-01-01`,
    endsOn: today,
  });
  const people = await api<{ rows: Array<{ id: string; fullName: string }> }>('people.list', { pageSize: 1 });
  const person = people.rows[0]!;
  await api('defenceEducation.participant.add', {
    courseId: course.id,
    rows: [{ personId: person.id, category: 'group4' }],
  });

  await openScreen(page, 'Chính trị – Chính sách', 'Giáo dục QP-AN');
  await page.getByRole('button', { name: title }).click();
  const drawer = page.getByRole('dialog', { name: `Khóa bồi dưỡng: ${title}` });
  const history = drawer.getByRole('region', { name: 'Lịch sử trạng thái' });
  await expect(drawer.getByRole('button', { name: 'Hủy khóa bồi dưỡng' })).toBeVisible();

  const markDone = async () => {
    await drawer.getByRole('button', { name: 'Ghi đã thực hiện' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: 'Xác nhận' }).click();
    await expect(drawer.getByRole('button', { name: 'Ghi đã thực hiện' })).toBeHidden();
  };
  await markDone();
  await expect(history).toContainText('Chuyển trạng thái: Kế hoạch → Đã thực hiện');
  await drawer.getByRole('button', { name: 'Hoàn tác bước cuối' }).click();
  const undo = page.getByRole('dialog', { name: 'Hoàn tác bước "Kế hoạch → Đã thực hiện"' });
  await undo.getByLabel('Lý do hoàn tác').fill('Khóa chưa tổ chức');
  await undo.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(undo).toBeHidden();
  await expect(history).toContainText('Hoàn tác: Đã thực hiện → Kế hoạch');
  await expect(history).toContainText('Lý do: Khóa chưa tổ chức');
  await expect(drawer.getByRole('button', { name: 'Ghi đã thực hiện' })).toBeVisible();

  // Held again and a result recorded: the undo is refused, naming whose result stands.
  await markDone();
  const [participant] = await api<Versioned[]>('defenceEducation.participant.list', { id: course.id });
  await api('defenceEducation.participant.setResults', {
    courseId: course.id,
    rows: [{ participantId: participant!.id, version: participant!.version, result: 'pass', certificateNo: '' }],
  });
  await drawer.getByRole('button', { name: 'Hoàn tác bước cuối' }).click();
  await undo.getByLabel('Lý do hoàn tác').fill('Thử hoàn tác');
  await undo.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(undo).toContainText(`Đã ghi kết quả, giấy chứng nhận của ${person.fullName}.`);
  await undo.getByRole('button', { name: 'Hủy bỏ' }).click();
  await expect(undo).toBeHidden();
});
