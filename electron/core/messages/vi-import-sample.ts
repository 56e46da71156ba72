/**
 * The sample workbook of each import target ("Tải tệp mẫu"), reachable as `vi.import.sample`
 * (spread into ./vi-import.ts): headers the program's own header finder recognises, the
 * "Hướng dẫn" sheet's words, and invented example rows typed the way offices type them.
 */
export const importSampleText = {
  fileName: 'Mẫu nhập {target}.xlsx',
  sheet: 'Danh sách',
  titles: {
    people: 'Mẫu danh sách công dân để nhập vào QSĐP',
    conscription: 'Mẫu danh sách công dân trong đợt tuyển quân để nhập vào QSĐP',
    militia: 'Mẫu danh sách dân quân tự vệ để nhập vào QSĐP',
    reservists: 'Mẫu danh sách quân nhân dự bị để nhập vào QSĐP',
  },
  note: 'Mỗi dòng một người, ghi từ dòng 5. Hai dòng ví dụ cần xóa trước khi nhập. Cách ghi từng cột: xem trang "Hướng dẫn".',
  /** Column headers: each is one of the names mapping.ts recognises for its field. */
  headers: {
    fullName: 'Họ và tên',
    birthDate: 'Ngày sinh',
    sex: 'Giới tính',
    citizenId: 'Số CCCD',
    village: 'Thôn/Tổ',
    commune: 'Xã/Phường',
    ethnicity: 'Dân tộc',
    religion: 'Tôn giáo',
    education: 'Trình độ văn hóa',
    occupation: 'Nghề nghiệp',
    phone: 'Số điện thoại',
    notes: 'Ghi chú',
    healthClass: 'Phân loại sức khỏe',
    partyMember: 'Đảng viên',
    unit: 'Đơn vị',
    position: 'Chức vụ',
    startedOn: 'Ngày vào',
    youthUnion: 'Đoàn viên',
    category: 'Đối tượng',
    grade: 'Hạng',
    rank: 'Cấp bậc',
    specialty: 'Chuyên nghiệp quân sự',
    formerUnit: 'Đơn vị cũ',
    serviceFrom: 'Ngày nhập ngũ',
    serviceTo: 'Ngày xuất ngũ',
    registeredOn: 'Ngày đăng ký',
  },
  guide: {
    sheet: 'Hướng dẫn',
    title: 'Hướng dẫn ghi mẫu nhập {target}',
    intro: [
      'Giữ nguyên dòng tiêu đề cột. Có thể đổi thứ tự các cột, bỏ cột không dùng, thêm dòng tiêu đề ở trên; chương trình nhận ra tên cột cả khi gõ không dấu.',
      'Mỗi dòng là một người. Xóa hai dòng ví dụ trước khi nhập.',
      'Cột số CCCD và số điện thoại nên định dạng là Văn bản (Text) để Excel không làm mất số 0 ở đầu.',
      'Tệp ghi bằng phông chữ cũ (TCVN3 .VnTime, VNI-Times) vẫn nhập được: chương trình tự chuyển sang Unicode.',
      'Khi nhập, chương trình cho xem trước và kiểm tra từng dòng; chưa ghi dữ liệu nào cho đến khi bấm Nhập.',
    ],
    columns: ['Cột', 'Tiêu đề cột: cách ghi'],
    fields: {
      fullName: 'Bắt buộc. Họ, tên đệm và tên trong một ô, ví dụ: Nguyễn Văn An.',
      birthDate:
        'Bắt buộc. Ô ngày của Excel, hoặc gõ ngày/tháng/năm: 05/02/2004, 5/2/2004, 05-02-2004, 05.02.2004 (năm đủ 4 chữ số). Chỉ có năm sinh thì chưa nhập được.',
      sex: 'Nam hoặc Nữ (gõ không dấu cũng được). Để trống thì lấy theo chữ số thứ 4 của số CCCD.',
      citizenId:
        'Số định danh cá nhân (CCCD) đủ 12 chữ số, khớp với năm sinh và giới tính; danh sách cũ có thể ghi số CMND 9 chữ số. Số trùng với công dân đã có thì được hỏi bỏ qua, bổ sung hay ghi đè.',
      village:
        'Thôn, tổ dân phố đã có trong danh sách địa bàn (không phân biệt chữ hoa, có dấu hay không). Tên chưa có sẽ được hỏi để thêm.',
      commune: 'Xã, phường, thị trấn: giúp phân biệt hai thôn cùng tên ở hai xã. Có thể để trống.',
      ethnicity: 'Ví dụ: Kinh, Tày, Mường.',
      religion: 'Ví dụ: Không, Phật giáo, Công giáo.',
      education: 'Ví dụ: 12/12, 9/12, Đại học.',
      occupation: 'Ví dụ: Làm ruộng, Công nhân, Học sinh.',
      phone: 'Gồm 10 chữ số, bắt đầu bằng số 0.',
      notes: 'Tùy ý.',
      healthClass:
        'Phân loại sức khỏe loại 1 đến loại 6: gõ 1, 2…, hoặc Loại 2, L2, loại II. Để trống nếu chưa khám. Có phân loại thì hồ sơ được ghi kết quả khám.',
      partyMember: 'Đảng viên thì đánh dấu x (hoặc Có); không phải thì để trống.',
      youthUnion: 'Đoàn viên thì đánh dấu x (hoặc Có); không phải thì để trống.',
      position:
        'Chiến sĩ, Tiểu đội trưởng, Trung đội trưởng, Chỉ huy trưởng, Chính trị viên… Để trống thì là chiến sĩ.',
      startedOn:
        'Bắt buộc. Ngày vào dân quân tự vệ, ghi như ngày sinh. Chỉ có tháng/năm hoặc năm thì lấy ngày đầu tháng, đầu năm và có nhắc.',
      category:
        'Sĩ quan, Quân nhân chuyên nghiệp, hoặc Hạ sĩ quan, binh sĩ (viết tắt SQ, QNCN, HSQ, BS). Để trống thì suy ra theo cấp bậc.',
      grade: 'Hạng 1 hoặc 2 (hoặc I, II). Để trống: đã phục vụ tại ngũ thì xếp hạng 1.',
      rank: 'Tên cấp bậc (Binh nhì, Binh nhất, Hạ sĩ, Trung sĩ, Thượng sĩ, Thiếu úy…) hoặc viết tắt: B2, B1, H1, H2, H3; 1/ đến 4/ là thiếu úy đến đại úy; 1// đến 4// là thiếu tá đến đại tá.',
      specialty:
        'Mã hoặc tên chuyên nghiệp quân sự đã có trong danh mục CNQS của chương trình, ví dụ: 121. Để trống nếu chưa có.',
      formerUnit: 'Nơi đã phục vụ khi còn tại ngũ, ví dụ: Sư đoàn 9.',
      serviceFrom: 'Ghi như ngày sinh, hoặc chỉ tháng/năm (02/2022: lấy ngày mùng 1, có nhắc).',
      serviceTo: 'Ghi như ngày nhập ngũ; không được trước ngày nhập ngũ.',
      registeredOn: 'Ngày đăng ký quân nhân dự bị. Để trống thì lấy ngày nhập vào chương trình.',
    },
    /** "Đơn vị" means a different thing in each list. */
    unit: {
      militia:
        'Bắt buộc. Tên đơn vị dân quân tự vệ đã tạo trong chương trình, ví dụ: Tiểu đội 1 (không phân biệt chữ hoa, có dấu hay không).',
      reservists:
        'Đơn vị dự bị động viên, nếu có: được ghi vào ghi chú; việc sắp xếp vào đơn vị làm trong chương trình.',
    },
  },
  /**
   * Two invented people, written as offices type them. Dates are dd/mm/yyyy: the sample stores
   * them as real date cells, except the first person's birth date, kept as typed text.
   */
  people: [
    {
      fullName: 'Nguyễn Văn An',
      birthDate: '05/02/2004',
      sex: 'Nam',
      citizenId: '001204012345',
      village: 'Thôn Đông',
      commune: 'Xã Tân Lập',
      ethnicity: 'Kinh',
      religion: 'Không',
      education: '12/12',
      occupation: 'Làm ruộng',
      phone: '0912345678',
      notes: 'Dòng ví dụ, xóa trước khi nhập',
    },
    {
      fullName: 'Trần Thị Bình',
      birthDate: '12/08/2005',
      sex: 'Nữ',
      citizenId: '001305006789',
      village: 'Thôn Đoài',
      commune: 'Xã Tân Lập',
      ethnicity: 'Tày',
      religion: 'Phật giáo',
      education: '12/12',
      occupation: 'Công nhân',
      phone: '0987654321',
      notes: 'Dòng ví dụ, xóa trước khi nhập',
    },
  ],
  /** Each list's own columns for the two people; the call-up and reserve lists take two men. */
  targets: {
    people: [{}, {}],
    conscription: [
      { healthClass: '2', partyMember: '' },
      {
        fullName: 'Trần Văn Bình',
        sex: 'Nam',
        citizenId: '001205006789',
        occupation: 'Học sinh',
        healthClass: 'Loại 1',
        partyMember: 'x',
      },
    ],
    militia: [
      { unit: 'Tiểu đội 1', position: 'Chiến sĩ', startedOn: '01/03/2024', partyMember: '', youthUnion: 'x' },
      { unit: 'Tiểu đội 1', position: 'Tiểu đội trưởng', startedOn: '15/09/2023', partyMember: 'x', youthUnion: '' },
    ],
    reservists: [
      {
        unit: '',
        category: 'Hạ sĩ quan, binh sĩ',
        grade: '1',
        rank: 'H1',
        specialty: '121',
        formerUnit: 'Sư đoàn 9',
        serviceFrom: '15/02/2022',
        serviceTo: '15/02/2024',
        registeredOn: '10/03/2024',
      },
      {
        fullName: 'Trần Văn Bình',
        sex: 'Nam',
        citizenId: '001205006789',
        unit: '',
        category: 'Hạ sĩ quan, binh sĩ',
        grade: '2',
        rank: 'Binh nhất',
        specialty: '',
        formerUnit: '',
        serviceFrom: '',
        serviceTo: '',
        registeredOn: '20/05/2024',
      },
    ],
  },
};
