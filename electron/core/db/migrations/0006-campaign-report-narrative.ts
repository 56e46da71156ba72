import type { Migration } from './types';

/**
 * The campaign's result report (báo cáo kết quả tuyển quân) prints the office's own assessment
 * beside the figures: a short narrative the office writes and edits while the campaign is open.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'campaign-report-narrative',
  up(db) {
    db.exec(`ALTER TABLE conscription_campaigns ADD COLUMN report_narrative TEXT NOT NULL DEFAULT ''`);
  },
};
