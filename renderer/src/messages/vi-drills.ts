/** The Diễn tập – Huấn luyện screen's frame (reachable as `vi.drills`; part of the one catalogue in ./vi.ts). */
export const drillsText = {
  tabs: {
    plan: 'Kế hoạch năm',
    exercises: 'Diễn tập',
    training: 'Huấn luyện',
    duty: 'Trực SSCĐ – Tuần tra',
    readinessDocuments: 'Văn kiện SSCĐ',
    documents: 'Văn bản',
  },
} as const;
