/**
 * For tests that compose a whole study's report and often lay it out as PDF or Word: that
 * takes seconds alone and over the default 30 s on a loaded two-core machine.
 */
export const SLOW_REPORT = { timeout: 120_000 };
