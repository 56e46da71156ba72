/** The office templates' API methods (spread into api/contract.ts). */
export const templatesApi = {};
