/**
 * The militia feature's part of the core catalogue (merged into `vi` in ./vi.ts):
 * `errors` join the API's error codes; `text` is reachable as `vi.militia`.
 */
export const militiaMessages = {
  errors: {},
  text: {},
} as const;
