/**
 * Drafts, previews and issuing of documents (issue 19 §1), reachable as `vi.documentIssue`; part of
 * the one catalogue in ./vi.ts. A draft is printed freely; issuing takes the number and registers it.
 */
export const documentIssueText = {
  preview: 'Xem trước',
  previewOf: 'Xem trước: {title}',
  draft: 'Tải bản nháp',
  draftOf: 'Tải bản nháp: {title}',
  issue: 'Cấp số và phát hành…',
  issueOf: 'Cấp số và phát hành: {title}',
  draftSaved: 'Đã tải bản nháp "{fileName}" (chưa cấp số, chưa vào sổ văn bản đi).',
  previewTitle: 'Xem trước bản nháp: {title}',
  previewNote: 'Bản nháp: chưa cấp số, chưa ghi vào sổ văn bản đi. Kiểm tra nội dung rồi tải bản nháp hoặc cấp số.',
  previewLoading: 'Đang dựng các trang…',
  previewFailed: 'Không hiển thị được bản xem trước. Hãy tải bản nháp và mở bằng Word.',
  page: 'Trang {page}/{pages}',
  close: 'Đóng',
  chooseHint:
    'Xem trước hoặc tải bản nháp (in bao nhiêu lần cũng được, chưa cấp số). Khi văn bản đã đúng, chọn "Cấp số và phát hành…" để lấy số và ghi vào sổ văn bản đi.',
  dialogTitle: 'Cấp số và phát hành văn bản',
  willTake: 'Văn bản sẽ được cấp số {reference}.',
  willTakeBlock: 'Văn bản sẽ được cấp các số từ {reference} đến {last} (mỗi trang một số).',
  willTakeNone: 'Loại văn bản này không lấy số của sổ (số in trên từng văn bản có sẵn trong hồ sơ).',
  summary: 'Trích yếu: {summary}',
  date: 'Ngày văn bản: {date}',
  signer: 'Người ký: {signer}',
  registered: 'Văn bản được ghi vào sổ văn bản đi và lưu nguyên tệp đã phát hành.',
  final: 'Không hủy được việc cấp số; nếu phát hành nhầm, vào Sổ văn bản đi để thu hồi (số đã cấp không dùng lại).',
  ok: 'Cấp số và phát hành',
  issued: 'Đã cấp số {reference} và ghi vào sổ văn bản đi: "{fileName}".',
  issuedNoNumber: 'Đã phát hành và ghi vào sổ văn bản đi: "{fileName}".',
};
