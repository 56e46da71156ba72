/** The words of a record just saved, shown in its list (reachable as `vi.savedRow`). */
export const savedRowText = {
  /** The list's filters leave out the record just saved: it was saved, only not shown here. */
  outsideFilter: 'Đã lưu, nhưng bản ghi vừa lưu không nằm trong bộ lọc hiện tại. Bỏ bớt bộ lọc để thấy bản ghi.',
} as const;
