/**
 * The legal register's part of the core catalogue (merged into `vi` in ./vi.ts): `text` is
 * reachable as `vi.law`. Titles of the texts the program applies, the one-line summary of each
 * version of each rule (key `${ruleId}@${from}`), and the pieces of a citation.
 */
export const lawMessages = {
  errors: {},
  text: {
    kinds: {
      law: 'Luật',
      decree: 'Nghị định',
      circular: 'Thông tư',
      jointCircular: 'Thông tư liên tịch',
      resolution: 'Nghị quyết',
      decision: 'Quyết định',
    },
    /** title: as printed; name: what a citation of a law says before "số …". */
    texts: {
      'law-78-2015': { title: 'Luật Nghĩa vụ quân sự', name: 'Luật Nghĩa vụ quân sự' },
      'law-48-2019': { title: 'Luật Dân quân tự vệ', name: 'Luật Dân quân tự vệ' },
      'law-53-2019': { title: 'Luật Lực lượng dự bị động viên', name: 'Luật Lực lượng dự bị động viên' },
      'law-16-1999': {
        title: 'Luật Sĩ quan Quân đội nhân dân Việt Nam (sửa đổi, bổ sung năm 2008, 2014, 2019, 2024)',
        name: 'Luật Sĩ quan Quân đội nhân dân Việt Nam',
      },
      'law-98-2025': {
        title: 'Luật sửa đổi, bổ sung một số điều của 11 luật về quân sự, quốc phòng',
        name: 'Luật',
      },
      'law-26-2023': { title: 'Luật Căn cước', name: 'Luật Căn cước' },
      'law-30-2013': {
        title: 'Luật Giáo dục quốc phòng và an ninh',
        name: 'Luật Giáo dục quốc phòng và an ninh',
      },
      'decree-13-2014': {
        title: 'Quy định chi tiết và biện pháp thi hành Luật Giáo dục quốc phòng và an ninh',
        name: '',
      },
      'decree-139-2020': {
        title:
          'Sửa đổi, bổ sung một số điều của Nghị định số 13/2014/NĐ-CP quy định chi tiết và biện pháp thi hành Luật Giáo dục quốc phòng và an ninh',
        name: '',
      },
      'decree-137-2015': {
        title: 'Quy định chi tiết một số điều và biện pháp thi hành Luật Căn cước công dân',
        name: '',
      },
      'decree-13-2016': {
        title:
          'Quy định trình tự, thủ tục đăng ký và chế độ, chính sách của công dân trong thời gian đăng ký, khám, kiểm tra sức khỏe nghĩa vụ quân sự',
        name: '',
      },
      'decree-30-2020': { title: 'Về công tác văn thư', name: '' },
      'decree-220-2025': {
        title:
          'Sửa đổi, bổ sung một số điều của các nghị định trong lĩnh vực quốc phòng, quân sự khi tổ chức chính quyền địa phương hai cấp',
        name: '',
      },
      'joint-circular-16-2016': { title: 'Quy định việc khám sức khỏe thực hiện nghĩa vụ quân sự', name: '' },
      'joint-circular-50-2016': {
        title: 'Quy định tiêu chuẩn chính trị tuyển chọn công dân vào phục vụ trong Quân đội nhân dân Việt Nam',
        name: '',
      },
      'circular-148-2018': { title: 'Quy định tuyển chọn và gọi công dân nhập ngũ', name: '' },
      'circular-105-2023': {
        title: 'Quy định tiêu chuẩn sức khỏe, khám sức khỏe cho các đối tượng thuộc phạm vi quản lý của Bộ Quốc phòng',
        name: '',
      },
      'circular-68-2025': {
        title:
          'Sửa đổi, bổ sung một số điều của Thông tư số 148/2018/TT-BQP quy định tuyển chọn và gọi công dân nhập ngũ',
        name: '',
      },
      'decision-2786-2025': {
        title: 'Về việc giải thể Ban Chỉ huy quân sự cấp huyện, thành lập Ban Chỉ huy Phòng thủ khu vực',
        name: '',
      },
      'resolution-66-12-2026': {
        title: 'Về Ban Chỉ huy quân sự cấp xã trực thuộc Bộ Chỉ huy quân sự cấp tỉnh',
        name: '',
      },
    } as Record<string, { title: string; name: string }>,
    /** Shown beside a text whose date or detail the program assumes. */
    unverified: 'Ngày, điều khoản chưa đối chiếu với văn bản gốc.',
    effectiveBeforeSigned: 'Có hiệu lực trước ngày ký (theo công bố của Bộ Quốc phòng).',
    /** Pieces of a citation: "điểm a khoản 3 Điều 4 Thông tư số 148/2018/TT-BQP (được sửa đổi, bổ sung bởi …)". */
    cite: {
      point: 'điểm {point}',
      clause: 'khoản {clause}',
      article: 'Điều {article}',
      namedText: '{name} số {number}',
      numberedText: '{kind} số {number}',
      amendedBy: '{source} (được sửa đổi, bổ sung bởi {amending})',
      separator: '; ',
    },
    rules: {
      'conscription.age@2016-01-01':
        'Gọi nhập ngũ công dân từ đủ 18 tuổi đến hết 25 tuổi; đến hết 27 tuổi nếu được đào tạo cao đẳng, đại học đã được tạm hoãn.',
      'conscription.health-class@2016-08-15':
        'Chỉ gọi nhập ngũ công dân có sức khỏe loại 1, 2, 3 theo tiêu chuẩn của Thông tư liên tịch 16/2016.',
      'conscription.health-class@2024-01-01':
        'Chỉ gọi nhập ngũ công dân có sức khỏe loại 1, 2, 3 theo Điều 5, 6 Thông tư 105/2023/TT-BQP.',
      'conscription.health-class@2025-07-01':
        'Tuyển chọn công dân sức khỏe loại 1, 2, 3 theo Thông tư 105/2023/TT-BQP (Thông tư 148/2018 sửa đổi năm 2025).',
      'health.circular68-exclusions@2025-07-01':
        'Không gọi nhập ngũ vào Quân đội công dân cận thị trên 1,5 diop, viễn thị mọi mức độ, BMI dưới 18,0 hoặc trên 29,9.',
      'conscription.exemption@2016-01-01':
        'Công dân thuộc diện miễn gọi nhập ngũ (khoản 2 Điều 41) không bị gọi nhập ngũ.',
      'conscription.deferral-points@2016-01-01': 'Tạm hoãn gọi nhập ngũ theo một trong các điểm a–g khoản 1 Điều 41.',
      'conscription.deferral-points@2020-07-01':
        'Tạm hoãn gọi nhập ngũ theo một trong các điểm a–h khoản 1 Điều 41 (điểm h: dân quân thường trực).',
      'conscription.call-up-notice@2016-01-01':
        'Lệnh gọi nhập ngũ phải đến tay công dân trước ngày giao nhận quân ít nhất 15 ngày.',
      'conscription.call-up-decision@2016-01-01':
        'Chủ tịch Ủy ban nhân dân cấp huyện quyết định gọi từng công dân nhập ngũ.',
      'conscription.call-up-decision@2025-07-01':
        'Chủ tịch Ủy ban nhân dân cấp xã quyết định gọi từng công dân nhập ngũ.',
      'conscription.first-registration@2016-01-01':
        'Nam đủ 17 tuổi trong năm đăng ký nghĩa vụ quân sự lần đầu vào tháng tư; Ban Chỉ huy quân sự cấp huyện gọi đăng ký.',
      'conscription.first-registration@2025-07-01':
        'Tháng một, Ban Chỉ huy quân sự cấp xã báo cáo danh sách nam đủ 17 tuổi; tháng tư, Chủ tịch UBND cấp xã gọi đăng ký (trực tiếp hoặc trực tuyến).',
      'conscription.registration-signer@2016-04-05':
        'Chỉ huy trưởng Ban Chỉ huy quân sự cấp huyện ký lệnh gọi đăng ký và Giấy chứng nhận đăng ký nghĩa vụ quân sự.',
      'conscription.registration-signer@2025-08-07':
        'Chủ tịch Ủy ban nhân dân cấp xã ký quyết định gọi đăng ký và Giấy chứng nhận đăng ký nghĩa vụ quân sự.',
      'registration.police-quarterly-notice@2025-08-07':
        'Công an cấp xã thông báo hằng quý cho Ban Chỉ huy quân sự cấp xã danh sách công dân bị tạm giữ, tạm giam và công dân chuyển đi, chuyển đến.',
      'conscription.list-posting@2016-01-01':
        'Danh sách tạm hoãn, miễn gọi nhập ngũ được niêm yết công khai tại trụ sở UBND cấp xã, cơ quan, tổ chức trong 20 ngày.',
      'conscription.list-posting@2025-07-01':
        'Danh sách tạm hoãn, miễn gọi nhập ngũ được công khai trên cổng thông tin cấp xã và niêm yết 20 ngày kể từ quyết định của Chủ tịch UBND cấp tỉnh.',
      'conscription.political-standards@2016-06-01': 'Tiêu chuẩn chính trị khi tuyển chọn công dân vào Quân đội.',
      'militia.age@2020-07-01':
        'Tham gia dân quân tự vệ: nam từ đủ 18 đến hết 45 tuổi, nữ đến hết 40 tuổi; tình nguyện đến 50 (nam), 45 (nữ).',
      'militia.term@2020-07-01':
        'Nhiệm kỳ dân quân tự vệ 4 năm, dân quân thường trực 2 năm; được kéo dài không quá 2 năm.',
      'militia.selection-standards@2020-07-01':
        'Tuyển chọn dân quân tự vệ: lý lịch rõ ràng, chấp hành đường lối của Đảng, pháp luật của Nhà nước, đủ sức khỏe.',
      'militia.deferral-exemption@2020-07-01':
        'Công dân đang được tạm hoãn (trong thời hạn) hoặc được miễn thì không tuyển chọn vào dân quân tự vệ.',
      'militia.training-days@2020-07-01':
        'Huấn luyện năm thứ nhất 15 ngày; các năm sau 12 ngày (cơ động, biển, chuyên trách), 7 ngày (tại chỗ); thường trực 60 ngày.',
      'reserves.soldier-age@2016-01-01':
        'Hạ sĩ quan, binh sĩ phục vụ trong ngạch dự bị đến hết 45 tuổi (nam), 40 tuổi (nữ).',
      'reserves.officer-age@2016-01-01': 'Hạn tuổi phục vụ của sĩ quan dự bị theo cấp bậc quân hàm.',
      'reserves.unit-surplus@2020-07-01': 'Đơn vị dự bị động viên được sắp xếp vượt biên chế từ 10% đến 15%.',
      'reserves.specialty-match@2020-07-01': 'Sắp xếp quân nhân dự bị đúng chuyên nghiệp quân sự của vị trí.',
      'people.citizen-id@2016-02-15':
        'Số định danh cá nhân gồm 12 chữ số: mã tỉnh, thế kỷ và giới tính, năm sinh, số ngẫu nhiên.',
      'people.citizen-id@2024-07-01':
        'Số định danh cá nhân (thẻ căn cước) gồm 12 chữ số: mã tỉnh, thế kỷ và giới tính, năm sinh, số ngẫu nhiên.',
      'defence-education.categories@2014-04-10':
        'Đối tượng bồi dưỡng kiến thức quốc phòng và an ninh: đối tượng 1, 2, 3, 4 và tương đương; chức sắc, chức việc tôn giáo; già làng, trưởng họ tộc.',
      'defence-education.categories@2021-01-15':
        'Đối tượng 4 gồm cán bộ, công chức cấp xã, người hoạt động không chuyên trách, trưởng thôn, tổ dân phố, trưởng đoàn thể ở thôn, đảng viên; cùng các đối tượng 1, 2, 3 và tương đương.',
      'defence-education.categories@2025-08-07':
        'Các đối tượng bồi dưỡng như Nghị định 139/2020/NĐ-CP; thẩm quyền của cấp huyện chuyển theo chính quyền địa phương hai cấp.',
      'defence-education.certificate@2014-01-01':
        'Người hoàn thành chương trình bồi dưỡng kiến thức quốc phòng và an ninh được cấp giấy chứng nhận.',
      'documents.format@2020-03-05': 'Văn bản trình bày đúng thể thức, kỹ thuật trình bày của Phụ lục I.',
      'office.district-command-dissolved@2025-07-01':
        'Không còn Ban Chỉ huy quân sự cấp huyện; thành lập Ban Chỉ huy Phòng thủ khu vực.',
      'office.commune-command-under-province@2026-01-26':
        'Ban Chỉ huy quân sự cấp xã trực thuộc Bộ Chỉ huy quân sự cấp tỉnh, có tư cách pháp nhân và con dấu riêng.',
    } as Record<string, string>,
  },
};
