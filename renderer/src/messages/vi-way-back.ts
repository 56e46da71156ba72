/** The words of the ways back from mistakes: corrections, undo of a status step (reachable as `vi.wayBack`). */
export const wayBackText = {
  undo: 'Hoàn tác bước cuối',
  undoOk: 'Hoàn tác',
  undoReason: 'Lý do hoàn tác',
  undoReasonPlaceholder: 'VD: ghi nhầm người, ghi nhầm ngày',
  undoneMark: 'Đã hoàn tác',
  undoneReason: 'Đã hoàn tác — lý do: {reason}',
  correct: 'Đính chính',
  correctReason: 'Lý do đính chính',
  correctReasonPlaceholder: 'VD: nhập nhầm ngày, cấp trên đánh giá lại',
  exercise: {
    undoTitle: 'Hoàn tác bước "{from} → {to}"',
    undoHint:
      'Cuộc diễn tập trở lại trạng thái "{to}" với các thông tin như trước bước này. Bước vẫn được giữ trong lịch sử, ghi rõ đã hoàn tác.',
    doneFromPlanned:
      'Cuộc diễn tập đang ở trạng thái "Kế hoạch": khi lưu, chương trình ghi luôn bước "Đang chuẩn bị" rồi "Đã thực hiện".',
    correctDoneTitle: 'Đính chính kết quả cuộc diễn tập',
    correctCancelTitle: 'Đính chính lý do hủy cuộc diễn tập',
    history: 'Lịch sử trạng thái',
    noHistory: 'Chưa có bước trạng thái nào.',
    kinds: { step: 'Chuyển trạng thái', correction: 'Đính chính', undo: 'Hoàn tác' },
    line: '{when} · {kind}: {from} → {to}',
    before: 'Trước đó: {values}',
  },
  /** Training and defence-education courses: the status history and the undo of its last step. */
  course: {
    undoTitle: 'Hoàn tác bước "{from} → {to}"',
    undoHint:
      'Khóa trở lại trạng thái "{to}". Bước vẫn được giữ trong lịch sử, ghi rõ đã hoàn tác; điểm danh, kết quả đã ghi không thay đổi.',
    history: 'Lịch sử trạng thái',
    noHistory: 'Chưa có bước trạng thái nào (các bước chuyển trước khi có lịch sử trạng thái không được ghi lại).',
    kinds: { step: 'Chuyển trạng thái', undo: 'Hoàn tác' },
    line: '{when} · {kind}: {from} → {to}',
    reason: 'Lý do: {reason}',
  },
  conscription: {
    undoTitle: 'Hoàn tác bước "{to}" của {name}',
    undoHint:
      'Hồ sơ trở lại trạng thái "{from}" với các thông tin như trước bước này. Bước vẫn được giữ trong lịch sử, ghi rõ đã hoàn tác.',
  },
} as const;
