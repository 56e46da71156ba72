/**
 * This feature's part of the core catalogue (merged into `vi` in ./vi.ts):
 * `errors` join the API's error codes; `text` is reachable as `vi.politicalEducation`.
 */
export const politicalEducationMessages = {
  errors: {},
  text: {},
} as const;
