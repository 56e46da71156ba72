/** The audit trail screens' words (reachable as `vi.audit`; part of the one catalogue in ./vi.ts). */
export const auditText = {
  tab: 'Nhật ký',
  intro:
    'Nhật ký ghi mọi thay đổi dữ liệu: ai, lúc nào, thay đổi gì. Mỗi dòng mang mã kiểm tra của dòng trước, nên một dòng bị sửa hay bị xoá sẽ bị phát hiện khi "Kiểm tra nhật ký".',
  empty: 'Không có dòng nhật ký nào.',
  columns: {
    at: 'Thời gian',
    actor: 'Người thực hiện',
    action: 'Thao tác',
    entity: 'Loại bản ghi',
    record: 'Bản ghi',
    details: 'Chi tiết',
  },
  filters: {
    actor: 'Người thực hiện',
    entity: 'Loại bản ghi',
    from: 'Từ ngày',
    to: 'Đến ngày',
  },
  view: 'Xem',
  /** A record the trail cannot name (deleted, or a type without a name): its code, so it can still be found. */
  unnamed: 'Mã {id}',
  hide: 'Ẩn',
  check: 'Kiểm tra nhật ký',
  export: 'Xuất Excel',
  exported: 'Đã xuất {count} dòng nhật ký.',
  diff: {
    field: 'Trường',
    before: 'Trước',
    after: 'Sau',
    noChange: 'Không có trường nào thay đổi.',
  },
  history: {
    title: 'Lịch sử thay đổi',
    empty: 'Chưa có thay đổi nào được ghi.',
    by: '{action} – {actor}, {at}',
  },
};
