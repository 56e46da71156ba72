/** What every picker, auto-complete and filter says about its search (reachable as `vi.search`). */
export const searchText = {
  /** An empty match: the typed text stays in the box, and the clerk is told what to try next. */
  notFound: 'Không tìm thấy "{text}" — kiểm tra lại chính tả hoặc gõ không dấu (ví dụ "duc xuan").',
  /** An empty list before anything is typed. */
  empty: 'Không có lựa chọn nào.',
};
