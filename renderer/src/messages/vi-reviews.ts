/** The reviews screens' words (reachable as `vi.reviews`; part of the one catalogue in ./vi.ts). */
export const reviewsText = {};
