/** The document register's API methods (spread into api/contract.ts). */
export const registerApi = {};
