/** The import / export words (reachable as `vi.import`; part of the one catalogue in ./vi.ts). */
export const importText = {
  exportExcel: 'Xuất Excel',
  exported: 'Đã xuất {count} dòng ra tệp Excel.',
};
