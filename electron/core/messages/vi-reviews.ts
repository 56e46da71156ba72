/**
 * The reviews feature's part of the core catalogue (merged into `vi` in ./vi.ts):
 * `errors` join the API's error codes; `text` is reachable as `vi.reviews`.
 */
export const reviewsMessages = {
  errors: {
    RULE_REVIEW_NOT_SAVED: 'Báo cáo chưa có bản lưu nào để in.',
    RULE_REVIEW_MEETING_FUTURE: 'Ngày hội nghị ({date}) không được sau hôm nay: chỉ ghi hội nghị đã diễn ra.',
    RULE_REVIEW_MEETING_BEFORE_PERIOD:
      'Ngày hội nghị ({date}) không được trước ngày đầu kỳ báo cáo ({from}): hội nghị sơ kết, tổng kết đánh giá kết quả đã thực hiện trong kỳ (thông lệ của cơ quan; không có văn bản quy định ngày họp).',
  },
  text: {
    /** The review meeting (Hội nghị sơ kết / tổng kết) and the opening line it gives the next report. */
    meeting: {
      conclusionTooLong: 'Mỗi dòng kết luận tối đa {max} ký tự.',
      guestTooLong: 'Mỗi dòng thành phần tối đa {max} ký tự.',
      tooManyLines: 'Tối đa {max} dòng.',
      kinds: { review: 'sơ kết', summary: 'tổng kết' },
      /** Prepended to the "leadership" draft of the next period's report (draft-meeting.ts). */
      opening:
        'Thực hiện Kết luận Hội nghị {kind} {period} (ngày {date}), Ban Chỉ huy quân sự đã tham mưu cho cấp ủy, chính quyền tập trung lãnh đạo, chỉ đạo thực hiện các nhiệm vụ: {tasks}.',
      openingNoTasks:
        'Thực hiện Kết luận Hội nghị {kind} {period} (ngày {date}), Ban Chỉ huy quân sự đã tham mưu cho cấp ủy, chính quyền tập trung lãnh đạo, chỉ đạo thực hiện các nhiệm vụ đã đề ra.',
    },
    /**
     * The report's recipients (Nơi nhận) by the kind of the office in force on the document's date;
     * the first line is the office's superior (its profile's parent body) "để b/c".
     */
    recipientsByKind: {
      superior: '{body} (để b/c)',
      militaryRegion: 'Bộ Tư lệnh Quân khu {number}',
      cityDistrict: {
        cityCommittee: 'Thường trực {party}, HĐND, UBND {area} (để b/c)',
        party: { city: 'Thành ủy', district: 'Huyện ủy', town: 'Thị ủy' },
        area: { city: 'thành phố', district: 'huyện', town: 'thị xã' },
        communes: 'Ban CHQS các xã, phường',
      },
      wardCommune: {
        committee: 'Thường trực Đảng ủy, HĐND, UBND {area} (để b/c)',
        area: { ward: 'phường', commune: 'xã', town: 'thị trấn' },
        units: 'Các đơn vị dân quân tự vệ',
      },
      regionalDefence: {
        communes: 'Ban CHQS {list}',
        communesNone: 'Ban CHQS các xã, phường trong khu vực',
      },
      provincial: {
        committee: 'Thường trực Tỉnh ủy, HĐND, UBND tỉnh (để b/c)',
        boards: 'Các Ban CHPTKV, Ban CHQS các xã, phường',
      },
    },
    rangeOrder: 'Ngày kết thúc không được trước ngày bắt đầu.',
    periodTitle: {
      h1: '6 tháng đầu năm {year}',
      h2: '6 tháng cuối năm {year}',
      year: 'năm {year}',
      custom: 'thời gian từ {from} đến {to}',
    },
    groups: {
      exercises: 'Diễn tập',
      training: 'Huấn luyện',
      militia: 'Dân quân tự vệ (tại ngày {date})',
      reserves: 'Quân nhân dự bị (tại ngày {date})',
      conscription: 'Tuyển quân năm {year}',
      duty: 'Trực sẵn sàng chiến đấu, tuần tra',
      registration: 'Đăng ký nghĩa vụ quân sự lần đầu năm {year}',
      situation: 'Tình hình trên địa bàn',
      leadership: 'Văn bản lãnh đạo, chỉ đạo',
    },
    units: {
      person: 'người',
      exercise: 'cuộc',
      course: 'lớp',
      day: 'ngày',
      shift: 'ca',
      case: 'vụ',
      patrol: 'lượt',
      notice: 'thông báo',
      line: 'trường hợp',
      document: 'văn bản',
    },
    /** Localities by kind, as the situation sentence counts them ("8 phường, 4 xã"). */
    localityKinds: { ward: 'phường', commune: 'xã', town: 'thị trấn' },
    /** Police notice lines by kind, as the situation sentence names them. */
    policeKinds: {
      detention: 'trường hợp bị tạm giữ, tạm giam',
      moved_away: 'trường hợp chuyển đi',
      moved_in: 'trường hợp chuyển đến',
      other: 'trường hợp khác',
    },
    /**
     * The register's type codes as the leadership sentence names them: KH, BC, QĐ, TB are the
     * abbreviations of Decree 30/2020/NĐ-CP Annex III; DS, LT, LGK, LGNN, GCN are the features' own
     * (the program's documents use them); an unknown code is named by itself (typeCodeOther).
     */
    typeCodes: {
      KH: 'kế hoạch',
      BC: 'báo cáo',
      QĐ: 'quyết định',
      TB: 'thông báo',
      DS: 'danh sách',
      LT: 'lịch trực',
      LGK: 'lệnh gọi khám sức khỏe',
      LGNN: 'lệnh gọi nhập ngũ',
      GCN: 'giấy chứng nhận',
    } as Record<string, string>,
    typeCodeOther: 'văn bản {code}',
    /** An annual report's comparison with the year before. */
    previous: {
      display: '{display} (năm trước: {previous})',
      how: ' Năm trước ({year}) tính cùng cách: {previous}.',
    },
    figures: {
      exercisesPlanned: {
        label: 'Số cuộc diễn tập theo kế hoạch',
        how: 'Số cuộc diễn tập có ngày dự kiến từ {from} đến {to}, không tính các cuộc đã hủy.',
      },
      exercisesDone: {
        label: 'Đã thực hiện / kế hoạch',
        how: 'Số cuộc diễn tập đã thực hiện trên số cuộc theo kế hoạch có ngày dự kiến từ {from} đến {to}.',
      },
      exercisesCancelled: {
        label: 'Số cuộc đã hủy',
        how: 'Số cuộc diễn tập có ngày dự kiến từ {from} đến {to} đã hủy khỏi kế hoạch.',
      },
      exercisesType: {
        label: '{name}: đã thực hiện / kế hoạch',
        how: 'Số cuộc loại "{name}" đã thực hiện trên số cuộc theo kế hoạch có ngày dự kiến từ {from} đến {to}.',
      },
      exercisesRating: {
        label: 'Đánh giá "{rating}"',
        how: 'Số cuộc diễn tập đã thực hiện (ngày dự kiến từ {from} đến {to}) được đánh giá "{rating}".',
      },
      trainingCourses: {
        label: 'Số lớp huấn luyện',
        how: 'Số lớp huấn luyện bắt đầu từ {from} đến {to}, không tính lớp đã hủy.',
      },
      trainingParticipants: {
        label: 'Số lượt người tham gia',
        how: 'Tổng số người trong danh sách học viên của các lớp huấn luyện bắt đầu từ {from} đến {to}.',
      },
      trainingAttendance: {
        label: 'Tỷ lệ quân số tham gia',
        how: 'Số ngày-người có mặt ({attended}) trên số ngày-người theo kế hoạch ({planned}) của các lớp huấn luyện bắt đầu từ {from} đến {to}.',
      },
      trainingGood: {
        label: 'Tỷ lệ đạt khá, giỏi',
        how: 'Số học viên được đánh giá khá, giỏi ({good}) trên số học viên đã được đánh giá ({rated}) của các lớp huấn luyện bắt đầu từ {from} đến {to}.',
      },
      militiaMembers: {
        label: 'Tổng số dân quân tự vệ',
        how: 'Số người đang trong đơn vị dân quân tự vệ ngày {date} (vào đơn vị từ ngày đó trở về trước, chưa ra khỏi đơn vị), theo danh sách dân quân tự vệ.',
      },
      militiaShare: {
        label: 'Tỷ lệ so với dân số',
        how: 'Số dân quân tự vệ của các xã, phường đã nhập dân số trên tổng dân số năm {year} của các xã, phường đó.',
      },
      militiaParty: {
        label: 'Tỷ lệ đảng viên',
        how: 'Số đảng viên ({party}) trên tổng số dân quân tự vệ ({members}) ngày {date}.',
      },
      reservesTotal: {
        label: 'Tổng số quân nhân dự bị',
        how: 'Số quân nhân dự bị trong danh sách ngày {date}: sĩ quan {officers}, hạ sĩ quan, binh sĩ {soldiers}.',
      },
      reservesGrade: {
        label: 'Quân nhân dự bị hạng {grade}',
        how: 'Số quân nhân dự bị hạng {grade} trong danh sách ngày {date}.',
      },
      reservesAssignment: {
        label: 'Tỷ lệ sắp xếp vào đơn vị dự bị động viên',
        how: 'Số quân nhân dự bị đã được sắp xếp vào đơn vị ({assigned}) trên tổng số quân nhân dự bị ({total}) ngày {date}.',
      },
      reservesMatch: {
        label: 'Tỷ lệ đúng chuyên nghiệp quân sự',
        how: 'Số người có chuyên nghiệp quân sự đúng với vị trí được sắp xếp ({matched}) trên số người đã sắp xếp ({assigned}) ngày {date}.',
      },
      conscriptionHandedOver: {
        label: 'Giao quân / chỉ tiêu',
        how: 'Số công dân đã giao nhận quân của đợt tuyển quân năm {year} (giao quân {date}) trên tổng chỉ tiêu giao cho các xã, phường.',
      },
      conscriptionRate: {
        label: 'Tỷ lệ đạt chỉ tiêu',
        how: 'Số công dân đã giao nhận quân ({handed}) chia cho tổng chỉ tiêu ({quota}) của đợt tuyển quân năm {year}.',
      },
      conscriptionArmy: {
        label: 'Nhập ngũ Quân đội',
        how: 'Số công dân giao cho Quân đội trên chỉ tiêu Quân đội của đợt tuyển quân năm {year}.',
      },
      conscriptionPolice: {
        label: 'Thực hiện nghĩa vụ Công an nhân dân',
        how: 'Số công dân giao cho Công an trên chỉ tiêu Công an của đợt tuyển quân năm {year}.',
      },
      conscriptionExamined: {
        label: 'Số công dân khám sức khỏe',
        how: 'Số công dân của đợt tuyển quân năm {year} đã có kết quả phân loại sức khỏe.',
      },
      conscriptionPassRate: {
        label: 'Tỷ lệ đủ sức khỏe (loại 1, 2, 3)',
        how: 'Số công dân được phân loại sức khỏe 1, 2, 3 ({passed}) trên số công dân đã khám ({examined}) của đợt tuyển quân năm {year}.',
      },
      conscriptionClass: {
        label: 'Sức khỏe loại {class}',
        how: 'Số công dân đã khám được phân loại sức khỏe loại {class} và tỷ lệ trên số đã khám ({examined}) của đợt tuyển quân năm {year}.',
      },
      conscriptionDeferred: {
        label: 'Tạm hoãn gọi nhập ngũ',
        how: 'Số công dân của đợt tuyển quân năm {year} được tạm hoãn gọi nhập ngũ (Điều 41 khoản 1 Luật Nghĩa vụ quân sự).',
      },
      conscriptionDeferredPoint: {
        label: 'Tạm hoãn theo điểm {point}',
        how: 'Số công dân được tạm hoãn theo điểm {point} khoản 1 Điều 41 Luật Nghĩa vụ quân sự ({text}), đợt tuyển quân năm {year}.',
      },
      conscriptionExempted: {
        label: 'Miễn gọi nhập ngũ',
        how: 'Số công dân của đợt tuyển quân năm {year} được miễn gọi nhập ngũ (Điều 41 khoản 2 Luật Nghĩa vụ quân sự).',
      },
      conscriptionExemptedPoint: {
        label: 'Miễn theo điểm {point}',
        how: 'Số công dân được miễn theo điểm {point} khoản 2 Điều 41 Luật Nghĩa vụ quân sự ({text}), đợt tuyển quân năm {year}.',
      },
      registrationAge17: {
        label: 'Nam công dân đủ 17 tuổi đã đăng ký',
        how: 'Số nam công dân sinh năm {birthYear} (đủ 17 tuổi trong năm {year}) đã có ngày đăng ký nghĩa vụ quân sự lần đầu đến ngày {date}, trên tổng số nam công dân sinh năm {birthYear} trong danh sách công dân.',
      },
      pointUnrecorded: 'chưa ghi điểm',
      dutyDays: {
        label: 'Số ngày có lịch trực / số ngày trong kỳ',
        how: 'Số ngày từ {from} đến {to} có ít nhất một ca trực trong lịch trực (ca trực tính vào ngày bắt đầu), trên số ngày của kỳ.{gaps}',
      },
      dutyGaps: ' Các ngày chưa có ca trực: {list}.',
      localities: {
        label: 'Số xã, phường, thị trấn trên địa bàn',
        how: 'Số xã, phường, thị trấn trong danh mục địa bàn (Cài đặt) còn hiệu lực ngày {date}: {list}.',
      },
      policeNotices: {
        label: 'Thông báo của Công an cấp xã đã tiếp nhận',
        how: 'Số thông báo của Công an cấp xã có ngày nhận từ {from} đến {to}.',
      },
      policeLines: {
        label: 'Thông báo: {kind}',
        how: 'Số dòng loại "{kind}" trong các thông báo của Công an cấp xã nhận từ {from} đến {to}.',
      },
      documents: {
        label: 'Văn bản đã ban hành (có số)',
        how: 'Số văn bản có số trong sổ văn bản đi, ngày ban hành từ {from} đến {to}, không tính văn bản đã được thay thế bằng văn bản đính chính.',
      },
      documentType: {
        label: 'Văn bản loại {code} ({name})',
        how: 'Số văn bản ký hiệu {code} trong sổ văn bản đi, ngày ban hành từ {from} đến {to}, không tính văn bản đã được thay thế.',
      },
      exercisePlans: {
        label: 'Văn bản kế hoạch, chỉ đạo diễn tập',
        how: 'Số văn bản (theo số, ký hiệu) đính kèm các cuộc diễn tập, có ngày văn bản từ {from} đến {to}.',
      },
      dutyShifts: { label: 'Số ca trực', how: 'Số ca trực bắt đầu từ {from} đến {to}.' },
      dutyIncidents: { label: 'Số vụ việc xử lý', how: 'Số vụ việc ghi trong sổ trực xảy ra từ {from} đến {to}.' },
      dutyPatrols: { label: 'Số lượt tuần tra', how: 'Số lượt tuần tra có ngày từ {from} đến {to}.' },
      dutyPatrolPersonnel: {
        label: 'Số lượt người tham gia tuần tra',
        how: 'Tổng số dân quân, công an và lực lượng khác tham gia các lượt tuần tra từ {from} đến {to}.',
      },
    },
    draft: {
      situation: 'Trong {period}, tình hình chính trị, an ninh trật tự trên địa bàn{places} cơ bản ổn định{events}.',
      situationPlaces: ' {list}',
      situationQuiet: ', không phát sinh vụ việc phức tạp ảnh hưởng đến nhiệm vụ quốc phòng, quân sự địa phương',
      situationEvents: '; {list}',
      situationIncidents: 'lực lượng trực sẵn sàng chiến đấu đã tiếp nhận, xử lý {incidents} vụ việc',
      situationNotices: 'Ban Chỉ huy quân sự tiếp nhận {notices} thông báo của Công an cấp xã{lines}',
      situationLines: ' ({list})',
      leadership:
        'Trong {period}, Ban Chỉ huy quân sự đã tham mưu, ban hành {total} văn bản lãnh đạo, chỉ đạo ({list}) triển khai thực hiện nhiệm vụ quốc phòng, quân sự địa phương.',
      leadershipPlans: 'Tham mưu ban hành {plans} văn bản kế hoạch, chỉ đạo diễn tập.',
      leadershipNone:
        'Trong {period}, Ban Chỉ huy quân sự tiếp tục tham mưu cho cấp ủy, chính quyền lãnh đạo, chỉ đạo thực hiện nhiệm vụ quốc phòng, quân sự địa phương theo kế hoạch.',
      exercisesNone: 'Trong {period}, không tổ chức diễn tập theo kế hoạch.',
      exercises:
        'Theo kế hoạch {period} tổ chức {planned} cuộc diễn tập, đã thực hiện {done}/{planned} cuộc{types}{compare}.',
      exercisesTypes: ' ({list})',
      exercisesType: '{name}: {done}/{planned}',
      exercisesRatings: 'Kết quả đánh giá: {list}.',
      exercisesRating: '{count} cuộc đạt loại {rating}',
      readinessNone: 'Trong {period}, không có lịch trực sẵn sàng chiến đấu và hoạt động tuần tra được ghi nhận.',
      readinessFull:
        'Duy trì nghiêm chế độ trực sẵn sàng chiến đấu, bảo đảm {covered}/{days} ngày trong kỳ có lịch trực với {shifts} ca trực{incidents}.',
      readinessPartial:
        'Duy trì chế độ trực sẵn sàng chiến đấu {covered}/{days} ngày trong kỳ với {shifts} ca trực (trừ các ngày {gaps}){incidents}.',
      readinessGapsMore: '{list} và {more} khoảng ngày khác',
      readinessIncidents: '; tiếp nhận, xử lý {incidents} vụ việc',
      readinessQuiet: '; không phát sinh vụ việc phải xử lý',
      patrols: 'Phối hợp tổ chức {patrols} lượt tuần tra với {personnel} lượt người tham gia.',
      forcesNone: 'Trong {period}, không có dân quân tự vệ, quân nhân dự bị trong danh sách quản lý.',
      militia: 'Tổng số dân quân tự vệ {members} người{share}{party}.',
      militiaShare: ', đạt {rate} so với dân số',
      militiaParty: '; tỷ lệ đảng viên {rate}',
      reserves: 'Tổng số quân nhân dự bị {total} người (hạng 1: {grade1}, hạng 2: {grade2}){assign}{match}.',
      registration: 'Đăng ký nghĩa vụ quân sự lần đầu cho nam công dân đủ 17 tuổi: {ratio} người.',
      reservesAssign: '; sắp xếp vào đơn vị dự bị động viên đạt {rate}',
      reservesMatch: ', đúng chuyên nghiệp quân sự đạt {rate}',
      conscriptionNone: 'Trong {period}, không tổ chức giao nhận quân.',
      conscriptionFull:
        'Tổ chức giao nhận quân năm {year} (ngày {date}) đảm bảo chặt chẽ, đúng luật; giao đủ {ratio} công dân nhập ngũ, đạt {rate} chỉ tiêu{split}{compare}.',
      conscriptionPartial:
        'Tổ chức giao nhận quân năm {year} (ngày {date}); giao {ratio} công dân nhập ngũ, đạt {rate} chỉ tiêu{split}{compare}.',
      conscriptionSplit: ' (Quân đội {army}, Công an {police})',
      conscriptionHealth: 'Khám sức khỏe {examined} công dân, đủ sức khỏe (loại 1, 2, 3) đạt {rate}.',
      conscriptionDecisions: 'Tạm hoãn gọi nhập ngũ {deferred} công dân; miễn gọi nhập ngũ {exempted} công dân.',
      trainingNone: 'Trong {period}, không tổ chức lớp huấn luyện theo kế hoạch.',
      training:
        'Tổ chức {courses} lớp huấn luyện với {participants} lượt người tham gia{compare}; quân số tham gia đạt {attendance}; tỷ lệ khá, giỏi đạt {good}.',
      /** An annual report's comparison with the year before: "tăng 5 người so với năm 2022". */
      compare: ' ({text})',
      compareUp: 'tăng {diff} {unit} so với năm {year}',
      compareDown: 'giảm {diff} {unit} so với năm {year}',
      compareSame: 'bằng năm {year}',
      /** The assessment is drafted from the figures; the officer judges it (the first line says so). */
      assessmentNote: '(Dự thảo từ số liệu của chương trình; cán bộ xem xét, đánh giá lại trước khi ban hành.)',
      strengths: 'Ưu điểm: {list}.',
      strengthsNone: 'Ưu điểm: các nhiệm vụ trong kỳ được triển khai theo kế hoạch.',
      strengthsShort:
        'Ưu điểm: đã triển khai các nhiệm vụ quốc phòng, quân sự địa phương trong kỳ; một số chỉ tiêu chưa đạt kế hoạch (nêu tại phần hạn chế).',
      limitations: 'Hạn chế: {list}.',
      limitationsNone: 'Hạn chế: các chỉ tiêu có số liệu trong kỳ đều đạt kế hoạch.',
      causes:
        'Nguyên nhân của hạn chế: có cả nguyên nhân khách quan và chủ quan, cần được làm rõ tại hội nghị sơ kết, tổng kết.',
      causesNone:
        'Nguyên nhân của kết quả: có sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền, sự phối hợp của các ban, ngành, đoàn thể và sự nỗ lực của lực lượng vũ trang địa phương.',
      /** One target met or missed: "giao quân năm 2023: 76/76". */
      ratioMet: '{group}: {label} {display}',
      ratioShort: '{group}: {label} mới đạt {display}',
      /** Wordings of the known targets ({year} is a campaign's); any other figure uses ratioMet/ratioShort. */
      targets: {
        handedOver: {
          met: 'giao quân năm {year} đủ {display} chỉ tiêu',
          short: 'giao quân năm {year} mới đạt {display} chỉ tiêu',
        },
        exercisesDone: {
          met: 'thực hiện {display} cuộc diễn tập theo kế hoạch',
          short: 'mới thực hiện {display} cuộc diễn tập theo kế hoạch',
        },
        dutyDays: {
          met: 'duy trì trực sẵn sàng chiến đấu {display} ngày trong kỳ',
          short: 'lịch trực sẵn sàng chiến đấu mới bảo đảm {display} ngày trong kỳ',
        },
        age17: {
          met: 'đăng ký nghĩa vụ quân sự lần đầu cho {display} nam công dân đủ 17 tuổi',
          short: 'đăng ký nghĩa vụ quân sự lần đầu mới đạt {display} nam công dân đủ 17 tuổi',
        },
      },
      attendanceMet: 'quân số tham gia huấn luyện đạt {display}',
      attendanceShort: 'quân số tham gia huấn luyện mới đạt {display} (dưới {threshold}%)',
      exercisesCancelled: 'có {count} cuộc diễn tập phải hủy khỏi kế hoạch',
      tasksIntro: 'Trong {period}, tập trung thực hiện các nhiệm vụ trọng tâm sau:',
      taskExercise: '- {type}: {title}{place}, dự kiến {date}.',
      taskCourse: '- Huấn luyện {target}: {title}{place}, dự kiến {date}.',
      taskPlace: ' tại {place}',
      taskCampaign: '- Chuẩn bị tuyển quân năm {year}: giao nhận quân dự kiến ngày {date}{quota}.',
      taskCampaignQuota: ', chỉ tiêu {quota} công dân',
      taskNone:
        '- Duy trì nghiêm chế độ trực sẵn sàng chiến đấu; thực hiện các nhiệm vụ quốc phòng, quân sự địa phương theo kế hoạch của cấp trên.',
      proposals:
        'Đề nghị cấp trên tiếp tục quan tâm chỉ đạo, bảo đảm kinh phí, trang bị để thực hiện tốt nhiệm vụ quốc phòng, quân sự địa phương.',
    },
    document: {
      typeCode: 'BC',
      title: 'Báo cáo',
      summary: 'Kết quả thực hiện nhiệm vụ quốc phòng, quân sự địa phương {period};\nphương hướng, nhiệm vụ {next}',
      nextCustom: 'thời gian tới',
      partResults: 'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ',
      partTasks: 'II. PHƯƠNG HƯỚNG, NHIỆM VỤ {next}',
      partProposals: 'III. ĐỀ XUẤT, KIẾN NGHỊ',
      numbered: '{n}. {heading}',
      figuresHeading: '{n}. Một số chỉ tiêu chủ yếu',
      columns: { group: 'Nội dung', label: 'Chỉ tiêu', value: 'Kết quả', previous: 'Năm trước' },
      closing: 'Trên đây là báo cáo kết quả thực hiện nhiệm vụ quốc phòng, quân sự địa phương {period} của {office}./.',
      archive: ['TM'],
    },
    tags: {
      ky_bao_cao: 'Kỳ báo cáo, ví dụ "6 tháng đầu năm 2023"',
      ky_tiep_theo: 'Kỳ tiếp theo (phần phương hướng, nhiệm vụ)',
      tu_ngay: 'Ngày đầu kỳ báo cáo (dd/mm/yyyy)',
      den_ngay: 'Ngày cuối kỳ báo cáo (dd/mm/yyyy)',
      trich_yeu: 'Trích yếu của báo cáo',
      phien_ban: 'Số bản lưu được in',
      muc_tinh_hinh: 'Mục "Tình hình chung"',
      muc_lanh_dao: 'Mục "Công tác lãnh đạo, chỉ đạo"',
      muc_khu_vuc_phong_thu: 'Mục "Xây dựng khu vực phòng thủ và công tác diễn tập"',
      muc_san_sang_chien_dau: 'Mục "Công tác sẵn sàng chiến đấu, tuần tra"',
      muc_xay_dung_luc_luong: 'Mục "Xây dựng lực lượng dân quân tự vệ, dự bị động viên"',
      muc_tuyen_quan: 'Mục "Công tác tuyển quân"',
      muc_huan_luyen: 'Mục "Công tác huấn luyện"',
      muc_giao_duc_quoc_phong: 'Mục "Công tác giáo dục quốc phòng và an ninh"',
      muc_giao_duc_chinh_tri: 'Mục "Công tác giáo dục chính trị, tuyên truyền"',
      muc_chinh_sach: 'Mục "Công tác chính sách"',
      muc_hau_can_ky_thuat: 'Mục "Công tác hậu cần – kỹ thuật"',
      muc_chinh_quy_ky_luat: 'Mục "Xây dựng chính quy, quản lý kỷ luật"',
      muc_uu_khuyet_diem: 'Mục "Ưu điểm, hạn chế"',
      muc_phuong_huong: 'Mục "Phương hướng, nhiệm vụ"',
      muc_de_xuat: 'Mục "Đề xuất, kiến nghị"',
      so_lieu: 'Bảng số liệu (mỗi dòng một chỉ tiêu)',
      nhom: 'Nhóm số liệu',
      chi_tieu: 'Tên chỉ tiêu',
      gia_tri: 'Kết quả, ví dụ "76/76", "100%"',
      cach_tinh: 'Cách tính chỉ tiêu',
    },
    sections: {
      situation: 'Tình hình chung',
      leadership: 'Công tác lãnh đạo, chỉ đạo',
      defenceZone: 'Xây dựng khu vực phòng thủ và công tác diễn tập',
      readiness: 'Công tác sẵn sàng chiến đấu, tuần tra',
      forceBuilding: 'Xây dựng lực lượng dân quân tự vệ, dự bị động viên',
      conscription: 'Công tác tuyển quân',
      training: 'Công tác huấn luyện',
      defenceEducation: 'Công tác giáo dục quốc phòng và an ninh',
      politicalEducation: 'Công tác giáo dục chính trị, tuyên truyền',
      policy: 'Công tác chính sách',
      logistics: 'Công tác hậu cần – kỹ thuật',
      discipline: 'Xây dựng chính quy, quản lý kỷ luật',
      assessment: 'Ưu điểm, hạn chế',
      tasks: 'Phương hướng, nhiệm vụ',
      proposals: 'Đề xuất, kiến nghị',
    },
  },
};
