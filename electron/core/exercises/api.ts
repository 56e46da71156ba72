/** The exercises feature's API methods (spread into api/contract.ts). */
export const exercisesApi = {};
