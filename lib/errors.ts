// Domain code throws AppError(code); this is the one place codes become HTTP statuses and
// user-facing text (message keys in messages/*.json under "errors").
export type ErrorCode = "UNAUTHENTICATED" | "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "INVALID";

const httpStatus: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID: 422,
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
  ) {
    super(message ?? code);
    this.name = "AppError";
  }

  get status(): number {
    return httpStatus[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Message key for the user; unknown errors never leak their text. */
export function userMessageKey(error: unknown): `errors.${ErrorCode | "UNKNOWN"}` {
  return isAppError(error) ? `errors.${error.code}` : "errors.UNKNOWN";
}

export function statusOf(error: unknown): number {
  return isAppError(error) ? error.status : 500;
}
