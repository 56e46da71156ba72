/** The overview screen's words (reachable as `vi.overview`; part of the one catalogue in ./vi.ts). */
export const overviewText = {
  title: 'Tổng quan',
  peopleCount: 'Công dân đang quản lý',
  localityCount: 'Địa bàn đang dùng',
  maleCount: 'Nam',
  femaleCount: 'Nữ',
};
