import { healthSpecialtyLabels } from '../../../vocabulary/health-exam';

/**
 * The health exam's figures (Circular 68/2025/TT-BQP judges them) and the handover exception, as
 * the conscription screens show them.
 */
export const healthText = {
  exam: {
    heightCm: 'Cao (cm)',
    weightKg: 'Nặng (kg)',
    bmi: 'BMI',
    refractionRight: 'Khúc xạ MP (D)',
    refractionLeft: 'Khúc xạ MT (D)',
    heightFor: 'Chiều cao (cm) – {name}',
    weightFor: 'Cân nặng (kg) – {name}',
    bmiFor: 'Chỉ số BMI – {name}',
    refractionRightFor: 'Khúc xạ mắt phải (điốp) – {name}',
    refractionLeftFor: 'Khúc xạ mắt trái (điốp) – {name}',
    specialtyFor: '{specialty} – {name}',
    specialtiesHint:
      'Bấm dấu + ở đầu dòng để ghi chú theo từng chuyên khoa (nội, ngoại, mắt, tai – mũi – họng, răng – hàm – mặt…).',
    measuresHint:
      'Chép số đo từ phiếu sức khỏe. Khúc xạ ghi một số có dấu cho mỗi mắt như trên phiếu: số âm là cận thị (ví dụ -2 hoặc -1,75), số dương là viễn thị, 0 là bình thường. Từ 01/07/2025, công dân cận thị trên 1,5 điốp, viễn thị, hoặc BMI dưới 18,0 hay trên 29,9 không được gọi nhập ngũ vào Quân đội (điểm c khoản 3 Điều 4 Thông tư 68/2025/TT-BQP).',
    myopia: 'cận {value} D',
    hyperopia: 'viễn {value} D',
    emmetropia: 'bình thường',
  },
  specialties: healthSpecialtyLabels,
  facts: {
    measures: 'Số đo',
    measuresValue: 'Cao {height} cm, nặng {weight} kg, BMI {bmi}',
    refraction: 'Khúc xạ',
    refractionValue: 'Mắt phải: {right}; mắt trái: {left}',
    specialties: 'Khám chuyên khoa',
  },
  exception: {
    button: 'Giao quân ngoại lệ…',
    buttonFor: 'Giao quân ngoại lệ – {name}',
    title: 'Giao quân ngoại lệ – {name}',
    why: 'Hồ sơ này không còn đủ điều kiện gọi nhập ngũ:',
    hint: 'Chỉ ghi nhận bàn giao khi công dân thực tế đã được giao cho đơn vị và có căn cứ (ý kiến cấp trên, văn bản…). Lý do, người ghi và thời điểm được lưu vào quá trình của hồ sơ và nhật ký.',
    reason: 'Lý do ghi nhận ngoại lệ',
    notEligibleTick: 'Không đủ điều kiện: chỉ giao quân ngoại lệ',
    done: 'Đã ghi nhận giao quân ngoại lệ cho {name}.',
    tag: 'Ngoại lệ',
    history: 'Giao quân ngoại lệ: {reason}',
    historyWhy: 'Lúc giao: {reasons}',
  },
} as const;
