/** The words of the screens' remembered work (reachable as `vi.memory`; part of the one catalogue in ./vi.ts). */
export const memoryText = {
  /** A list's remembered filters, sort or page were refused (an update changed the list): it opens as new. */
  reset: 'Bộ lọc đã lưu không còn phù hợp, đã trở về mặc định.',
} as const;
