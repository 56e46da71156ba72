/** This feature's API methods (spread into api/contract.ts). */
export const defenceEducationApi = {};
