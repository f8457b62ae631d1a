// Kept apart from the seeding code so that scripts (the bench) can import it freely.
export const DEMO_PUBLISHED_SLUG = "neighbourhood-tool-library-published";
