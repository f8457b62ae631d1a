// Stands in for "server-only" under Vitest, which does not use the react-server condition.
export {};
