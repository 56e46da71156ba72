import { importFieldLabels } from '../../../vocabulary/import-fields';
/** The import / export words (reachable as `vi.import`; part of the one catalogue in ./vi.ts). */
export const importText = {
  exportExcel: 'Xuất Excel',
  exported: 'Đã xuất {count} dòng ra tệp Excel.',

  open: 'Nhập từ Excel',
  title: 'Nhập danh sách từ tệp Excel',
  steps: { file: 'Chọn tệp', mapping: 'Ghép cột', check: 'Kiểm tra', commit: 'Nhập' },
  back: 'Quay lại',
  next: 'Tiếp tục',
  finish: 'Hoàn tất',
  working: 'Đang đọc tệp…',
  readFailed: 'Không đọc được tệp từ máy tính. Vui lòng chọn lại.',

  file: {
    pick: 'Chọn tệp Excel hoặc CSV',
    hint: 'Nhận tệp .xlsx (Excel) và .csv. Tệp .xls cũ cần mở bằng Excel và lưu lại dạng .xlsx.',
    sampleHint: 'Chưa biết cần những cột nào?',
    sample: 'Tải tệp mẫu (.xlsx)',
    chosen: 'Tệp đã chọn: {fileName}',
    sheet: 'Trang tính',
    sheetOption: '{name} — {count} dòng dữ liệu (tiêu đề cột ở dòng {header})',
    sheetNoHeader: '{name} — không thấy dòng tiêu đề cột',
    noSheetWithHeader:
      'Không trang tính nào có dòng tiêu đề cột (Họ và tên, Ngày sinh…) trong 30 dòng đầu. Hãy kiểm tra lại tệp.',
  },

  mapping: {
    remembered: 'Dùng cách ghép đã lưu cho mẫu bảng này.',
    proposed: 'Chương trình đề xuất cách ghép theo tên cột trong tệp. Hãy kiểm tra và sửa nếu cần.',
    headerRow: 'Dòng tiêu đề cột: dòng {row} của trang tính "{sheet}".',
    problems: 'Cần sửa cách ghép cột trước khi nhập',
    column: 'Cột',
    header: 'Tiêu đề trong tệp',
    field: 'Ghép vào',
    encoding: 'Bảng mã',
    detected: 'Chương trình nhận ra',
    skipColumn: '— Bỏ qua cột này —',
    fieldFor: 'Ghép cột "{header}" vào',
    encodingFor: 'Bảng mã của cột "{header}"',
  },

  encodings: { unicode: 'Unicode', tcvn3: 'TCVN3 (ABC)', vni: 'VNI', ascii: 'Không dấu (ASCII)' },

  /** One label for every field a column can be mapped to (person fields and each list's own fields). */
  fields: importFieldLabels,

  check: {
    summary: {
      rows: 'Số dòng',
      ok: 'Hợp lệ',
      withErrors: 'Có lỗi',
      withWarnings: 'Có cảnh báo',
      duplicatesInFile: 'Trùng trong tệp',
      duplicatesInDatabase: 'Đã có trong danh sách',
      toCreate: 'Sẽ thêm mới',
      toUpdate: 'Sẽ cập nhật',
      toSkip: 'Sẽ bỏ qua (trùng)',
      skippedByUser: 'Người dùng bỏ qua',
      peopleToCreate: 'Công dân thêm mới',
      peopleToUpdate: 'Công dân cập nhật',
      recordsExisting: 'Đã có hồ sơ',
    },
    filters: { all: 'Tất cả', errors: 'Có lỗi', warnings: 'Có cảnh báo', duplicates: 'Trùng' },
    duplicateMode: 'Khi trùng số định danh với công dân đã có',
    duplicateModes: { skip: 'Bỏ qua', fillEmpty: 'Chỉ điền ô còn trống', overwrite: 'Ghi đè' },
    columns: {
      row: 'Dòng',
      name: 'Họ và tên',
      birthDate: 'Ngày sinh',
      citizenId: 'Số định danh',
      locality: 'Địa bàn',
      outcome: 'Kết quả',
      messages: 'Lỗi, cảnh báo',
      skip: 'Bỏ qua',
      person: 'Công dân',
      /** The conscription record's state once imported (its other values are titled like their fields). */
      state: 'Trạng thái',
    },
    /** What happens to the row's person when the rows go to another list than Công dân. */
    personActions: { create: 'Thêm mới', update: 'Cập nhật', keep: 'Dùng hồ sơ có sẵn' },
    skipRow: 'Bỏ qua dòng {row}',
    outcomes: {
      create: 'Thêm mới',
      update: 'Cập nhật',
      skip: 'Bỏ qua (trùng)',
      userSkip: 'Bỏ qua',
      error: 'Lỗi',
    },
    converted: '{before} → {after}',
    columnMessage: '{header}: {message}',
    empty: 'Không có dòng nào.',
    createLocality: 'Tạo địa bàn "{name}"',
    skipAllErrors: 'Bỏ qua mọi dòng có lỗi ({count})',
    skippedAllErrors: 'Đã đánh dấu bỏ qua {count} dòng có lỗi. Các dòng còn lại sẽ được nhập.',
    unskipAll: 'Bỏ chọn mọi dòng đã bỏ qua',
  },

  /** "Các lần nhập": earlier imports of this list, each of which can be undone as a whole. */
  batches: {
    title: 'Các lần nhập',
    hint: 'Hoàn tác một lần nhập xóa mọi hồ sơ lần đó đã thêm và trả lại dữ liệu đã cập nhật, nếu chưa ai sửa hay gắn thêm gì vào chúng.',
    empty: 'Chưa có lần nhập nào.',
    columns: { at: 'Thời điểm', actor: 'Người nhập', file: 'Tệp', counts: 'Kết quả', status: 'Trạng thái' },
    counts: '{created} thêm mới, {updated} cập nhật, {skipped} bỏ qua',
    undone: 'Đã hoàn tác {at} ({actor})',
    active: 'Đang có hiệu lực',
    undo: 'Hoàn tác lần nhập',
    undoOk: 'Hoàn tác',
    undoConfirm: 'Xóa mọi hồ sơ lần nhập tệp "{file}" đã thêm và trả lại dữ liệu đã cập nhật?',
    undoDone: 'Đã hoàn tác lần nhập tệp "{file}".',
  },

  locality: {
    title: 'Tạo địa bàn mới',
    created: 'Đã tạo địa bàn "{name}". Đã kiểm tra lại tệp.',
  },

  commit: {
    button: 'Nhập {count} dòng',
    plan: 'Sẽ thêm mới {create} người, cập nhật {update} người, bỏ qua {skip} dòng.',
    hasErrors:
      'Còn {count} dòng có lỗi. Hãy quay lại bước Kiểm tra, đánh dấu "Bỏ qua" cho các dòng đó hoặc sửa tệp rồi chọn lại.',
    nothing: 'Không có dòng nào để nhập.',
    allOrNothing: 'Nhập tất cả các dòng trên trong một lần: nếu có lỗi, không dòng nào được ghi.',
    done: 'Đã nhập: {created} mới, {updated} cập nhật, {skipped} bỏ qua',
    /** The other lists: records added, then what happened to the people. */
    planTarget:
      'Sẽ thêm {create} {records}; công dân: thêm mới {peopleCreate}, cập nhật {peopleUpdate}; bỏ qua {skip} dòng.',
    doneTarget: 'Đã thêm {created} {records}',
    donePeople:
      'Công dân: thêm mới {peopleCreated}, cập nhật {peopleUpdated}. Không thêm hồ sơ cho {notAdded} dòng (đã có hoặc bỏ qua).',
    records: {
      people: 'công dân',
      conscription: 'công dân vào đợt tuyển quân',
      militia: 'thành viên dân quân tự vệ',
      reservists: 'quân nhân dự bị',
    },
    saveReport: 'Lưu báo cáo nhập (.xlsx)',
  },
};
