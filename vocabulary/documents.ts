/**
 * The name of each kind of document the program prints, keyed by the kind's code (`documents.generate`'s
 * `kind`): the templates screen, the register of outgoing documents, exports and the print menus show it.
 * The core checks that its kinds and these names match one to one (electron/core/documents/kind-labels.ts).
 */
export const documentKindLabels = {
  'conscription.calledUpList': 'Danh sách công dân nhập ngũ',
  'conscription.deferredList': 'Danh sách tạm hoãn gọi nhập ngũ',
  'conscription.exemptedList': 'Danh sách miễn gọi nhập ngũ',
  'conscription.callUpOrders': 'Lệnh gọi nhập ngũ',
  'conscription.age17List': 'Danh sách nam đủ 17 tuổi',
  'conscription.resultReport': 'Báo cáo kết quả tuyển quân',
  'conscription.examSummons': 'Lệnh gọi khám sức khỏe nghĩa vụ quân sự',
  'conscription.registrationCertificates': 'Giấy chứng nhận đăng ký nghĩa vụ quân sự',
  'conscription.deferralDecisions': 'Quyết định tạm hoãn gọi nhập ngũ',
  'conscription.exemptionDecisions': 'Quyết định miễn gọi nhập ngũ',
  'conscription.listNotice': 'Thông báo niêm yết danh sách tạm hoãn, miễn gọi nhập ngũ',
  'militia.roster': 'Danh sách dân quân tự vệ',
  'militia.termEnding': 'Danh sách dân quân tự vệ hết nhiệm kỳ',
  'reserves.roster': 'Danh sách quân nhân dự bị',
  'reserves.assignmentList': 'Danh sách sắp xếp quân nhân dự bị',
  'forces.strengthSummary': 'Báo cáo số lượng lực lượng',
  'equipment.stockList': 'Danh sách vũ khí, trang bị của dân quân tự vệ',
  'exercises.plan': 'Kế hoạch diễn tập',
  'exercises.resultReport': 'Báo cáo kết quả diễn tập',
  'training.resultReport': 'Báo cáo kết quả huấn luyện',
  'duty.monthRoster': 'Lịch trực sẵn sàng chiến đấu tháng',
  'review.report': 'Báo cáo sơ kết, tổng kết nhiệm vụ quốc phòng, quân sự địa phương',
} as const;
export type DocumentKindCode = keyof typeof documentKindLabels;
