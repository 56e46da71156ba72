import { z } from 'zod';
import { defineMethod } from '../kernel/method';
import { checkReport } from './check';
import { reviewFigures } from './figures';
import { meetingGetInput, meetingSaveInput } from './meeting-schema';
import { getMeeting, saveMeeting } from './meeting-service';
import {
  reviewCreateInput,
  reviewFiguresInput,
  reviewGetInput,
  reviewIdInput,
  reviewListInput,
  reviewSaveInput,
} from './schema';
import * as reviews from './service';

/** The review reports' API methods (spread into api/contract.ts). */
export const reviewsApi = {
  'reviews.report.list': defineMethod(reviewListInput, reviews.listReports),
  'reviews.report.create': defineMethod(reviewCreateInput, reviews.createReport),
  'reviews.report.get': defineMethod(reviewGetInput, reviews.getReport),
  'reviews.report.save': defineMethod(reviewSaveInput, reviews.saveReport),
  'reviews.report.versions': defineMethod(reviewIdInput, reviews.listVersions),
  'reviews.report.redraft': defineMethod(reviewIdInput, reviews.redraftReport),
  'reviews.report.figures': defineMethod(reviewFiguresInput, reviewFigures),
  /** Before a download: sections empty or still as drafted, figures changed since the saved version. */
  'reviews.report.check': defineMethod(reviewIdInput, checkReport),
  /** The review meeting (Hội nghị sơ kết / tổng kết) of the report's period, and the document's default date. */
  'reviews.meeting.get': defineMethod(meetingGetInput, getMeeting),
  'reviews.meeting.save': defineMethod(meetingSaveInput, saveMeeting),
  /** The section headings and parts in order (for a screen that has no report open yet). */
  'reviews.sections': defineMethod(z.strictObject({}), reviews.sectionDefs),
};
