import { rankLabels, reservistCategoryLabels } from '../../../vocabulary/reserves';

/**
 * The reserves feature's part of the core catalogue (merged into `vi` in ./vi.ts):
 * `errors` join the API's error codes; `text` is reachable as `vi.reserves`.
 */
export const reservesMessages = {
  errors: {
    RESERVIST_EXISTS: 'Công dân này đã có trong danh sách quân nhân dự bị.',
    RESERVIST_REMOVED: 'Quân nhân dự bị này đã được đưa ra khỏi danh sách; hãy khôi phục trước.',
    RESERVIST_NOT_REMOVED: 'Quân nhân dự bị này đang trong danh sách.',
    RESERVE_PERSON_ARCHIVED: 'Hồ sơ công dân đã lưu trữ; hãy khôi phục trước khi đăng ký quân nhân dự bị.',
    RESERVE_SPECIALTY_CODE_TAKEN: 'Mã chuyên nghiệp quân sự "{code}" đã có.',
    RESERVE_SPECIALTY_RETIRED: 'Chuyên nghiệp quân sự này đã ngừng sử dụng.',
    RESERVE_RECORD_NOT_HANDED_OVER: 'Chỉ tạo quân nhân dự bị từ hồ sơ công dân đã giao quân (nhập ngũ).',
    RESERVE_ALREADY_ASSIGNED:
      'Quân nhân dự bị này đang được sắp xếp vào {unit} ({slot}). Hãy kết thúc sắp xếp đó trước.',
    RESERVE_SLOT_FULL:
      'Vị trí "{slot}" cần {required} người, đã sắp xếp {assigned}; tối đa được vượt 15% biên chế ({max} người) (Điều 15 Luật Lực lượng dự bị động viên).',
    RESERVE_SLOT_IN_USE: 'Vị trí này đang có quân nhân dự bị được sắp xếp; không xóa được.',
    RESERVE_SLOT_HAS_HISTORY: 'Vị trí này đã có lịch sử sắp xếp quân nhân dự bị; không xóa được, chỉ sửa được.',
    RESERVE_UNIT_RETIRED: 'Đơn vị dự bị động viên này đã giải thể.',
    RESERVE_UNIT_IN_USE:
      'Đơn vị còn {count} quân nhân dự bị đang được sắp xếp; hãy kết thúc sắp xếp trước khi giải thể.',
    RESERVE_UNIT_PARENT_INVALID: 'Đơn vị cấp trên không hợp lệ.',
    RESERVE_ASSIGNMENT_ENDED: 'Sắp xếp này đã kết thúc.',
    RESERVE_DATE_BEFORE: 'Ngày này không được trước ngày {date}.',
  },
  text: {
    categories: reservistCategoryLabels,
    ranks: rankLabels,
    unitKinds: { combat: 'đơn vị chiến đấu', support: 'đơn vị bảo đảm chiến đấu' },
    rules: {
      assignmentAge:
        'Ngày {on}, quân nhân dự bị đã {age} tuổi; {who} sắp xếp vào {kind} không quá {maxAge} tuổi{sexNote} (Luật Lực lượng dự bị động viên 2019). Hạn cuối là ngày {lastDay}.',
      whoSoldier: 'hạ sĩ quan, binh sĩ dự bị',
      whoProfessional: 'quân nhân chuyên nghiệp dự bị',
      assignmentAgeSexNote: ' đối với {sex}',
      officerPastLimit:
        'Ngày {on}, sĩ quan dự bị cấp {rank} đã {age} tuổi, quá hạn tuổi phục vụ ({maxAge} tuổi, Điều 38 Luật Sĩ quan QĐND Việt Nam); không sắp xếp vào đơn vị.',
      pastAgeLimit:
        'Đã {age} tuổi, quá hạn tuổi phục vụ trong ngạch dự bị ({maxAge} tuổi {who}); đề nghị đưa ra khỏi danh sách.',
      pastAgeLimitSoldier: 'đối với hạ sĩ quan, binh sĩ {sex}',
      pastAgeLimitOfficer: 'đối với sĩ quan dự bị cấp {rank}, Điều 38 Luật Sĩ quan QĐND Việt Nam',
      pastAgeLimitProfessional:
        'đối với quân nhân chuyên nghiệp dự bị cấp {rank}, {sex}, Điều 17 Luật Quân nhân chuyên nghiệp, công nhân và viên chức quốc phòng',
      specialtyMismatch:
        'Chuyên nghiệp quân sự ({reservist}) không đúng với vị trí "{slot}" ({required}); sắp xếp gần đúng phải được ghi nhận (Điều 16 Luật Lực lượng dự bị động viên).',
      noSpecialty: 'chưa có',
      officerRankRequired: 'Sĩ quan dự bị phải có cấp bậc sĩ quan (thiếu úy đến đại tá).',
      professionalRankRequired:
        'Quân nhân chuyên nghiệp dự bị phải có cấp bậc quân hàm QNCN (thiếu úy đến thượng tá, Điều 16 Luật Quân nhân chuyên nghiệp, công nhân và viên chức quốc phòng).',
      soldierRankOnly: 'Hạ sĩ quan, binh sĩ dự bị chỉ có cấp bậc từ binh nhì đến thượng sĩ.',
      serviceDates: 'Ngày xuất ngũ không được trước ngày nhập ngũ.',
    },
    removalReasonAge: 'Quá hạn tuổi phục vụ trong ngạch dự bị',
  },
} as const;
