import { conscriptionStateLabels, deferralPointLabels, exemptionPointLabels } from '../../../vocabulary/conscription';
import { militiaMessages } from './vi-militia';
import { reservesMessages } from './vi-reserves';
import { staffMessages } from './vi-staff';
import { exercisesMessages } from './vi-exercises';
import { trainingMessages } from './vi-training';
import { dutyMessages } from './vi-duty';
import { reviewsMessages } from './vi-reviews';
import { overviewMessages } from './vi-overview';
import { registerMessages } from './vi-register';
import { templatesMessages } from './vi-templates';
import { importMessages } from './vi-import';
import { backupMessages } from './vi-backup';
import { auditMessages } from './vi-audit';
import { auditFieldsMessages } from './vi-audit-fields';
import { filesMessages } from './vi-files';
import { accountsMessages } from './vi-accounts';
import { encryptionMessages } from './vi-encryption';
import { lawMessages } from './vi-law';
import { officeMessages } from './vi-office';
import { quotaMessages } from './vi-quota';
import { policeMessages } from './vi-police';
import { policyMessages } from './vi-policy';
import { defenceEducationMessages } from './vi-defence-education';
import { politicalEducationMessages } from './vi-political-education';
import { disciplineMessages } from './vi-discipline';
import { readinessDocumentsMessages } from './vi-readiness-documents';
import { equipmentMessages } from './vi-equipment';
import { exchangeMessages } from './vi-exchange';

/**
 * The core's user-facing messages, in Vietnamese. Every error the API returns
 * takes its text from here so wording stays consistent and reviewable in one place.
 */
export const vi = {
  errors: {
    ...exchangeMessages.errors,
    ...militiaMessages.errors,
    ...reservesMessages.errors,
    ...staffMessages.errors,
    ...exercisesMessages.errors,
    ...trainingMessages.errors,
    ...dutyMessages.errors,
    ...reviewsMessages.errors,
    ...overviewMessages.errors,
    ...registerMessages.errors,
    ...templatesMessages.errors,
    ...importMessages.errors,
    ...backupMessages.errors,
    ...auditMessages.errors,
    ...filesMessages.errors,
    ...accountsMessages.errors,
    ...encryptionMessages.errors,
    ...lawMessages.errors,
    ...officeMessages.errors,
    ...policeMessages.errors,
    ...policyMessages.errors,
    ...defenceEducationMessages.errors,
    ...politicalEducationMessages.errors,
    ...disciplineMessages.errors,
    ...readinessDocumentsMessages.errors,
    ...equipmentMessages.errors,
    RULE_UNDO_STEP: 'Không thể hoàn tác bước này.',
    VALIDATION_FAILED: 'Dữ liệu nhập chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu.',
    NOT_FOUND: 'Không tìm thấy bản ghi.',
    UNKNOWN_METHOD: 'Chức năng không tồn tại.',
    CONFLICT_VERSION: 'Bản ghi đã được người khác sửa. Vui lòng tải lại rồi sửa lại.',
    CONFLICT_CITIZEN_ID: 'Số định danh cá nhân đã có trong danh sách công dân.',
    DB_NEWER_VERSION:
      'Tệp dữ liệu được tạo bởi phiên bản QSĐP mới hơn (phiên bản dữ liệu {fileVersion}, phần mềm này hỗ trợ đến {supported}). Vui lòng cập nhật phần mềm. Tệp dữ liệu không bị thay đổi.',
    DB_DAMAGED:
      'Tệp dữ liệu bị hỏng và không thể mở an toàn ({detail}). Vui lòng khôi phục từ bản sao lưu. Tệp dữ liệu không bị thay đổi.',
    DB_UPGRADE_BACKUP_FAILED:
      'Không tạo được bản sao lưu trước khi nâng cấp dữ liệu. {detail} Dữ liệu chưa được nâng cấp và không bị thay đổi. Hãy kiểm tra dung lượng ổ đĩa rồi mở lại chương trình.',
    AUTH_REQUIRED: 'Phiên làm việc không hợp lệ. Vui lòng mở lại chương trình bằng đường dẫn được cấp.',
    FORBIDDEN: 'Yêu cầu bị từ chối.',
    INTERNAL: 'Đã xảy ra lỗi không mong muốn. Dữ liệu không bị thay đổi.',
    BAD_REQUEST: 'Yêu cầu không hợp lệ.',
    NOT_FOUND_PAGE: 'Không tìm thấy trang.',
    REQUEST_TOO_LARGE: 'Tệp hoặc dữ liệu gửi lên quá lớn (tối đa {max} MB). Dữ liệu không bị thay đổi.',
    DB_BUSY:
      'Dữ liệu đang được một chương trình khác ghi (có thể QSĐP đang mở ở cửa sổ hoặc máy khác dùng chung tệp). Vui lòng đợi giây lát rồi thử lại. Dữ liệu không bị thay đổi.',
    LOCALITY_PARENT_INVALID: 'Đơn vị hành chính cấp trên không hợp lệ.',
    LOCALITY_RETIRED: 'Địa bàn này đã ngừng sử dụng.',
    LOCALITY_RENAME_DATE: 'Ngày đổi tên phải sau ngày áp dụng của tên hiện tại ({since}).',
    OFFICE_NOT_SET: 'Chưa khai báo thông tin đơn vị.',
    DOCUMENT_EMPTY: 'Không có người hoặc số liệu nào để đưa vào văn bản này.',
    DOCUMENT_EXERCISE_NOT_DONE: 'Chỉ lập báo cáo kết quả cho cuộc diễn tập đã thực hiện xong.',
  },
  field: {
    required: 'Không được để trống.',
    tooLong: 'Quá dài (tối đa {max} ký tự).',
    invalid: 'Giá trị không hợp lệ.',
    invalidDate: 'Ngày không hợp lệ (định dạng dd/mm/yyyy).',
    dateInFuture: 'Ngày không được sau hôm nay.',
    notAnInteger: 'Phải là số nguyên.',
    tooSmall: 'Giá trị phải từ {min} trở lên.',
    tooBig: 'Giá trị không được lớn hơn {max}.',
    unknownField: 'Trường không được hỗ trợ: {name}.',
    hiddenCharacters:
      'Có ký tự điều khiển hoặc ký tự ẩn (ví dụ ký tự đảo chiều chữ, ký tự không có độ rộng). Vui lòng gõ lại ô này.',
    fullNameNeedsTwoWords: 'Họ và tên cần ít nhất họ và tên (hai từ).',
    birthYearRange: 'Năm sinh "từ" phải nhỏ hơn hoặc bằng năm sinh "đến".',
    signersRequired: 'Cần ít nhất một người ký (chỉ huy trưởng).',
  },
  citizenId: {
    length: 'Số định danh cá nhân phải gồm đúng 12 chữ số (đang có {length}); số CMND cũ thì gồm đúng 9 chữ số.',
    digitsOnly: 'Số định danh cá nhân chỉ gồm chữ số.',
    legacyLength: 'Số CMND cũ phải gồm đúng 9 chữ số (đang có {length}).',
    legacyDigitsOnly: 'Số CMND cũ chỉ gồm chữ số (đúng 9 chữ số).',
    centuryDigit: 'Chữ số thứ 4 ({digit}) chỉ thế kỷ sinh {centuryFromId}, nhưng năm sinh là {birthYear}.',
    sexDigit: 'Chữ số thứ 4 ({digit}) chỉ giới tính {sexFromId}, nhưng giới tính đã chọn là {sex}.',
    yearDigits: 'Chữ số thứ 5–6 ({digits}) phải là hai số cuối của năm sinh ({expected}).',
    duplicate: 'Số định danh này đã có ở công dân {name} (sinh {birthDate}){archived}.',
    duplicateLegacy: 'Số CMND này đã có ở công dân {name} (sinh {birthDate}){archived}.',
    duplicateArchived: ', hồ sơ đã lưu trữ',
  },
  phone: {
    format: 'Số điện thoại phải gồm 10 chữ số và bắt đầu bằng số 0.',
  },
  sex: { M: 'nam', F: 'nữ' },
  /** Conscription (tuyển quân): record states, legal points of Art. 41 and the rules' messages. */
  conscription: {
    campaign: {
      defaultTitle: 'Tuyển quân năm {year}',
      yearExists: 'Đã có đợt tuyển quân năm {year}. Mỗi năm giao nhận quân chỉ có một đợt.',
      dateOutsideYear: 'Ngày giao nhận quân phải thuộc năm của đợt tuyển quân.',
      endBeforeStart: 'Ngày kết thúc giao nhận quân không được trước ngày bắt đầu.',
      duplicateLocality: 'Địa bàn này đã có trong bảng chỉ tiêu.',
      rollOverOrder: 'Chỉ chuyển nguồn sang đợt tuyển quân của năm sau.',
    },
    record: {
      alreadyInCampaign: 'Công dân này đã có hồ sơ trong đợt tuyển quân này.',
      undo: {
        first:
          'Bước đầu tiên của hồ sơ không hoàn tác được. Nếu thêm nhầm công dân vào đợt, hãy ghi bước "Đưa ra khỏi danh sách".',
        noSnapshot:
          'Bước "{to}" được ghi trước khi có chức năng hoàn tác nên không hoàn tác được; hãy ghi một bước đính chính.',
        changedSince:
          'Hồ sơ đã có thay đổi sau bước "{to}" (ví dụ: ghi ngày giao lệnh), nên không hoàn tác được. Hãy ghi một bước đính chính.',
        orderIssued:
          'Đã phát hành lệnh gọi nhập ngũ cho công dân này ("{document}") sau bước "{to}", nên không hoàn tác được. Hãy ghi một bước đính chính.',
      },
      personArchived: 'Hồ sơ công dân đã lưu trữ; hãy khôi phục trước khi đưa vào đợt tuyển quân.',
      reasonRequired: 'Cần ghi rõ lý do.',
      correctionNoteRequired: 'Đính chính phải ghi rõ lý do đính chính.',
      healthClassRequired: 'Cần nhập phân loại sức khỏe (loại 1–6).',
      healthClassMismatch: 'Sức khỏe loại {healthClass} thì kết quả khám là "{expected}".',
      receivingUnitRequired: 'Cần nhập đơn vị nhận quân.',
      branchRequired: 'Cần chọn nhập ngũ Quân đội hay thực hiện nghĩa vụ Công an.',
      orderNumberTaken: 'Số lệnh {number} đã cấp cho công dân khác trong năm nay.',
      notEligible: 'Không thể đưa vào danh sách chính thức: {reasons}',
      /** The later steps towards the army re-check the law (Art. 30, 31, 41 Luật NVQS). */
      notEligibleForStep: {
        reserve_list: 'Không thể đưa vào danh sách dự bị: {reasons}',
        call_up_ordered: 'Không thể cấp lệnh gọi: {reasons}',
        handed_over: 'Không thể ghi nhận bàn giao: {reasons}',
      },
      dateBeforePrevious: 'Ngày này trước ngày của bước trước ({date}).',
      registrationMethodInvalid: 'Hình thức đăng ký phải là trực tiếp hoặc trực tuyến.',
      /** An online first registration dated before Law 98/2025/QH15 brought it in (a warning: see rules.ts). */
      onlineBeforeLaw:
        'Đăng ký nghĩa vụ quân sự lần đầu ngày {date} ghi hình thức trực tuyến, nhưng văn bản áp dụng ngày đó ({citation}) chưa quy định đăng ký trực tuyến; hình thức này có từ ngày {since} (Điều 16 Luật Nghĩa vụ quân sự được sửa đổi bởi Luật số 98/2025/QH15). Hãy kiểm tra lại ngày hoặc hình thức đăng ký.',
      /** A handover of a record that is no longer eligible: allowed only as a recorded exception. */
      exception: {
        refused:
          'Không thể ghi nhận bàn giao: {reasons} Nếu công dân vẫn được bàn giao, phải ghi nhận là ngoại lệ và ghi rõ lý do.',
        notNeeded: 'Hồ sơ đủ điều kiện gọi nhập ngũ nên không cần ghi ngoại lệ.',
        onlyHandover: 'Chỉ ghi ngoại lệ khi bàn giao công dân.',
      },
      /** Recording the day the call-up order reached the citizen. */
      delivery: {
        noOrder: 'Công dân chưa có lệnh gọi nhập ngũ nên chưa thể ghi ngày giao lệnh.',
        beforeOrder: 'Ngày giao lệnh không được trước ngày ký lệnh ({date}).',
        afterHandover: 'Ngày giao lệnh không được sau ngày giao nhận quân ({date}).',
      },
    },
    states: conscriptionStateLabels,
    campaignStatus: { open: 'Đang thực hiện', closed: 'Đã kết thúc' },
    branch: { army: 'Quân đội nhân dân', police: 'Công an nhân dân' },
    /** Khoản 1 Điều 41 Luật NVQS (point h added by Art. 49 of the Militia Law 2019). */
    deferralPoints: deferralPointLabels,
    /** Khoản 2 Điều 41 Luật NVQS. */
    exemptionPoints: exemptionPointLabels,
    age: {
      years: '{years} tuổi',
      months: '{months} tháng',
      days: '{days} ngày',
      tooYoung:
        'Vào ngày giao nhận quân {handoverDate}, công dân mới {age}, chưa đủ 18 tuổi. Độ tuổi gọi nhập ngũ là từ đủ 18 tuổi đến hết {maxAge} tuổi{studyNote} ({citation}), với công dân này là từ ngày {from} đến ngày {to}.',
      tooOld:
        'Vào ngày giao nhận quân {handoverDate}, công dân đã {age}, quá độ tuổi gọi nhập ngũ. Độ tuổi gọi nhập ngũ là từ đủ 18 tuổi đến hết {maxAge} tuổi{studyNote} ({citation}), với công dân này là từ ngày {from} đến ngày {to}.',
      studyNote: ' đối với công dân được đào tạo cao đẳng, đại học đã được tạm hoãn gọi nhập ngũ',
      notBorn: 'Ngày sinh ({birthDate}) sau ngày giao nhận quân ({handoverDate}).',
    },
    health: {
      missing: 'Chưa có kết quả phân loại sức khỏe. Chỉ gọi nhập ngũ công dân có sức khỏe loại 1, 2, 3 ({citation}).',
      notCallable: 'Sức khỏe loại {healthClass}: chỉ gọi nhập ngũ công dân có sức khỏe loại 1, 2, 3 ({citation}).',
      invalid: 'Loại sức khỏe "{healthClass}" không hợp lệ (chỉ có loại 1 đến 6).',
      /** Point c clause 3 Art. 4 Circular 68/2025/TT-BQP: who is not called up into the Army whatever the class. */
      circular68: {
        eyes: { right: 'phải', left: 'trái' },
        myopia:
          'Mắt {eye} cận thị {value} điốp, lớn hơn 1,5 điốp: không gọi nhập ngũ vào Quân đội (điểm c khoản 3 Điều 4 Thông tư 68/2025/TT-BQP).',
        hyperopia:
          'Mắt {eye} viễn thị {value} điốp: không gọi nhập ngũ vào Quân đội công dân viễn thị ở mọi mức độ (điểm c khoản 3 Điều 4 Thông tư 68/2025/TT-BQP).',
        bmiLow:
          'Chỉ số BMI {bmi} (cao {height} cm, nặng {weight} kg) nhỏ hơn 18,0: không gọi nhập ngũ vào Quân đội (điểm c khoản 3 Điều 4 Thông tư 68/2025/TT-BQP).',
        bmiHigh:
          'Chỉ số BMI {bmi} (cao {height} cm, nặng {weight} kg) lớn hơn 29,9: không gọi nhập ngũ vào Quân đội (điểm c khoản 3 Điều 4 Thông tư 68/2025/TT-BQP).',
        measureNames: {
          height: 'chiều cao',
          weight: 'cân nặng',
          refractionRight: 'khúc xạ mắt phải',
          refractionLeft: 'khúc xạ mắt trái',
        },
        measuresMissing:
          'Chưa đủ số đo để xét theo điểm c khoản 3 Điều 4 Thông tư 68/2025/TT-BQP (áp dụng từ {since}): thiếu {missing}. Hãy nhập từ phiếu sức khỏe.',
      },
    },
    legalPoint: {
      deferral: {
        missing: 'Tạm hoãn gọi nhập ngũ phải ghi rõ căn cứ là điểm nào của {citation}.',
        unknown: 'Không có điểm "{point}" trong {citation} (chỉ có các điểm {points}).',
      },
      exemption: {
        missing: 'Miễn gọi nhập ngũ phải ghi rõ căn cứ là điểm nào của {citation}.',
        unknown: 'Không có điểm "{point}" trong {citation} (chỉ có các điểm {points}).',
      },
    },
    exempted: 'Công dân đang thuộc diện miễn gọi nhập ngũ ({citation}) nên không thể gọi nhập ngũ.',
    notice: {
      short:
        'Lệnh gọi nhập ngũ giao ngày {deliveredOn}, chỉ trước ngày giao nhận quân {reportOn} {days} ngày; lệnh phải đến tay công dân trước ít nhất {minDays} ngày ({citation}).',
      late: 'Lệnh gọi nhập ngũ giao ngày {deliveredOn}, không trước ngày giao nhận quân {reportOn}; lệnh phải đến tay công dân trước ít nhất {minDays} ngày ({citation}).',
    },
    campaignClosed:
      'Đợt tuyển quân đã kết thúc nên hồ sơ chỉ được sửa bằng một lần đính chính có ghi lại (người sửa, ngày, lý do).',
    transition: 'Không thể chuyển hồ sơ từ "{from}" sang "{to}".',
    /** A record past a step whose rule changed before the handover date (issue 17): re-check, nothing changed. */
    ruleChanged: {
      changed:
        'Bước "{step}" ngày {stepDate} được xét theo {before}; từ ngày {from} (trước ngày giao nhận quân {handoverDate}) áp dụng {after}. Cần kiểm tra lại hồ sơ theo quy định mới.',
      added:
        'Bước "{step}" ngày {stepDate} chưa được xét theo {after}, áp dụng từ ngày {from} (trước ngày giao nhận quân {handoverDate}). Cần kiểm tra lại hồ sơ theo quy định mới.',
    },
  },
  documents: {
    /** File names offered when saving (without extension). */
    fileNames: {
      'conscription.calledUpList': 'Danh sách công dân nhập ngũ {year}',
      'conscription.deferredList': 'Danh sách tạm hoãn gọi nhập ngũ {year}',
      'conscription.exemptedList': 'Danh sách miễn gọi nhập ngũ {year}',
      'conscription.callUpOrders': 'Lệnh gọi nhập ngũ {year}',
      'conscription.age17List': 'Danh sách nam đủ 17 tuổi {year}',
      'conscription.resultReport': 'Báo cáo kết quả tuyển quân {year}',
      'conscription.examSummons': 'Lệnh gọi khám sức khỏe nghĩa vụ quân sự {year}',
      'conscription.registrationCertificates': 'Giấy chứng nhận đăng ký nghĩa vụ quân sự {year}',
      'conscription.deferralDecisions': 'Quyết định tạm hoãn gọi nhập ngũ {year}',
      'conscription.exemptionDecisions': 'Quyết định miễn gọi nhập ngũ {year}',
      'conscription.listNotice': 'Thông báo niêm yết danh sách tạm hoãn, miễn gọi nhập ngũ {year}',
      'militia.roster': 'Danh sách dân quân tự vệ {year}',
      'militia.termEnding': 'Danh sách dân quân tự vệ hết nhiệm kỳ {year}',
      'reserves.roster': 'Danh sách quân nhân dự bị {year}',
      'reserves.assignmentList': 'Danh sách sắp xếp quân nhân dự bị {year}',
      'forces.strengthSummary': 'Báo cáo số lượng lực lượng {year}',
      'equipment.stockList': 'Danh sách vũ khí, trang bị {year}',
      'exercises.plan': 'Kế hoạch diễn tập {year}',
      'exercises.resultReport': 'Báo cáo kết quả diễn tập {year}',
      'training.resultReport': 'Báo cáo kết quả huấn luyện {year}',
      'duty.monthRoster': 'Lịch trực sẵn sàng chiến đấu tháng {month}-{year}',
      'review.report': 'Báo cáo kết quả nhiệm vụ quốc phòng, quân sự địa phương {period}',
    },
  },
  /** What the Electron shell itself shows: window title, fatal error box, menu. */
  militia: militiaMessages.text,
  reserves: reservesMessages.text,
  staff: staffMessages.text,
  office: officeMessages.text,
  exercises: exercisesMessages.text,
  training: trainingMessages.text,
  duty: dutyMessages.text,
  reviews: reviewsMessages.text,
  overview: overviewMessages.text,
  register: registerMessages.text,
  templates: templatesMessages.text,
  import: importMessages.text,
  backup: backupMessages.text,
  audit: auditMessages.text,
  auditFields: auditFieldsMessages,
  files: filesMessages.text,
  accounts: accountsMessages.text,
  encryption: encryptionMessages.text,
  law: lawMessages.text,
  quota: quotaMessages.text,
  police: policeMessages.text,
  policy: policyMessages.text,
  defenceEducation: defenceEducationMessages.text,
  politicalEducation: politicalEducationMessages.text,
  discipline: disciplineMessages.text,
  readinessDocuments: readinessDocumentsMessages.text,
  equipment: equipmentMessages.text,
  exchange: exchangeMessages.text,
  shell: {
    windowTitle: 'QSĐP – Quân sự địa phương',
    openFailedTitle: 'Không mở được dữ liệu QSĐP',
    startFailed: 'Chương trình không khởi động được.',
    /** `npm start` without Electron's binary: one line, in Vietnamese and in English for the developer, with the way out. */
    noElectron:
      'Máy này chưa có chương trình Electron (chưa tải được khi cài đặt) nên QSĐP mở ở chế độ trình duyệt (như npm run web); muốn có cửa sổ riêng, hãy kết nối Internet rồi chạy: node node_modules/electron/install.js / Electron binary not installed on this machine; starting browser mode instead (npm run web). For the desktop window, run with Internet access: node node_modules/electron/install.js',
    /** After a data-key refusal in the desktop program: how the recovery code is given there. */
    recoveryHowTo:
      'Cách mở bằng mã khôi phục: đóng thông báo này, tạo tệp "ma-khoi-phuc.txt" trong thư mục {dir}, gõ mã khôi phục (trên phiếu đã in) vào dòng đầu, lưu tệp rồi mở lại QSĐP. Chương trình tự xóa tệp đó sau khi dùng.',
    pick: {
      folder: 'Chọn thư mục lưu bản sao lưu',
      backupFile: 'Chọn tệp sao lưu để khôi phục',
      backupFilter: 'Tệp dữ liệu QSĐP',
    },
    menu: {
      file: 'Tệp',
      quit: 'Thoát',
      edit: 'Sửa',
      undo: 'Hoàn tác',
      redo: 'Làm lại',
      cut: 'Cắt',
      copy: 'Sao chép',
      paste: 'Dán',
      selectAll: 'Chọn tất cả',
      view: 'Xem',
      zoomIn: 'Phóng to',
      zoomOut: 'Thu nhỏ',
      resetZoom: 'Cỡ chữ mặc định',
      fullScreen: 'Toàn màn hình',
    },
  },
} as const;

export { format } from '../../../vocabulary/text';
