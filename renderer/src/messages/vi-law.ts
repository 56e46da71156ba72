/** The "Căn cứ pháp lý" page's words (reachable as `vi.law`; part of the one catalogue in ./vi.ts). */
export const lawText = {
  tab: 'Căn cứ pháp lý',
  intro:
    'Các văn bản pháp luật chương trình áp dụng khi kiểm tra hồ sơ, với ngày ký và ngày có hiệu lực. Mỗi hồ sơ được xét theo văn bản có hiệu lực vào ngày của nó (ngày giao nhận quân của đợt tuyển quân, ngày bắt đầu tham gia dân quân, ngày khám sức khỏe). Mở một văn bản để xem các quy định theo văn bản đó và phiên bản nào được áp dụng tại ngày đã chọn.',
  appliesOn: 'Áp dụng tại ngày',
  columns: {
    text: 'Văn bản',
    signedOn: 'Ngày ký',
    effective: 'Hiệu lực',
    relations: 'Sửa đổi, thay thế',
  },
  effectiveFrom: 'Từ {date}',
  effectiveTo: 'đến {date}',
  status: { inForce: 'Còn hiệu lực', notYet: 'Chưa có hiệu lực', ended: 'Hết hiệu lực' },
  relations: {
    amends: 'Sửa đổi, bổ sung: {numbers}',
    replaces: 'Thay thế: {numbers}',
    amendedBy: 'Được sửa đổi, bổ sung bởi: {numbers}',
    replacedBy: 'Được thay thế bởi: {numbers}',
  },
  rules: {
    title: 'Quy định theo văn bản {number}',
    empty: 'Chương trình chưa áp dụng quy định nào trực tiếp từ văn bản này.',
    summary: 'Quy định',
    citation: 'Căn cứ trích dẫn',
    period: 'Thời gian áp dụng',
    onDate: 'Tại ngày đã chọn',
    since: 'Từ {from}',
    between: '{from} – {to}',
    applies: 'Đang áp dụng',
    notApplied: 'Không áp dụng',
  },
};
