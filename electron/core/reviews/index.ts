/**
 * What other features may use of reviews/: its face. The exchange sends the office's own half-year
 * figures upward, computed by the same function as the review report.
 */
export { reviewFigures } from './figures';
export { periodRange } from './period';
export type { ReviewFigures } from './public-types';
