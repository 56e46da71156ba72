/** The review reports' API methods (spread into api/contract.ts). */
export const reviewsApi = {};
