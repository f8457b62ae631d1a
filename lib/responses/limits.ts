// Input limits, shared by the schema (server) and the form's maxLength (browser).
export const LIMITS = { reason: 2000, suggestion: 4000, comments: 8000 } as const;
