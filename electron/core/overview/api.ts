/** The overview's API methods (spread into api/contract.ts). */
export const overviewApi = {};
