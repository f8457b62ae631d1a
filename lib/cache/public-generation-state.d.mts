// Types of public-generation-state.mjs (plain JavaScript, shared with Next's cache handler).
export declare const STALE_AFTER_MS: number;
export declare function currentGeneration(): number;
export declare function isServable(generation: number, now?: number): boolean;
export declare function noteGeneration(generation: number, now?: number): void;
export declare function advanceGeneration(): void;
export declare function resetGenerationState(): void;
