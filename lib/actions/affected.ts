/**
 * What a mutation changed that a cache holds, as it reports it to the action pipeline
 * (lib/actions/study-action.ts), which purges accordingly (purge-affected.ts).
 * "public-pages": anything a published study's public pages show (publication itself, the
 * acknowledgements, the summaries, the protocol and its deviations, the aggregate data).
 */
export type Affected = "public-pages";

/** What a mutation returns when it changed what the public pages show. */
export const PUBLIC_PAGES: readonly Affected[] = ["public-pages"];
