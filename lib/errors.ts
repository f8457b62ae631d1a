// Domain code throws AppError(code); this is the one place codes become HTTP statuses and
// user-facing text (message keys in messages/en/common.json under "errors", or a more
// specific key given by the thrower).
import type { MessageKey } from "@/i18n/types.ts";

export type ErrorCode =
  | "UNAUTHENTICATED"
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "CONFLICT"
  | "INVALID"
  /** The database is saturated: nothing was written, the same request may be retried. */
  | "BUSY";

const httpStatus: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID: 422,
  BUSY: 503,
};

export type AppErrorOptions = {
  /** A catalog key that says more than the code, e.g. "panel.errors.capReached". */
  messageKey?: MessageKey;
  values?: Record<string, string | number>;
  /** The form field the error belongs to, if any. */
  field?: string;
};

export class AppError extends Error {
  readonly messageKey?: MessageKey;
  readonly values?: Record<string, string | number>;
  readonly field?: string;

  constructor(
    readonly code: ErrorCode,
    message?: string,
    options: AppErrorOptions = {},
  ) {
    super(message ?? code);
    this.name = "AppError";
    this.messageKey = options.messageKey;
    this.values = options.values;
    this.field = options.field;
  }

  get status(): number {
    return httpStatus[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Message key for the user; unknown errors never leak their text. */
export function userMessageKey(error: unknown): MessageKey {
  if (!isAppError(error)) return "errors.UNKNOWN";
  return error.messageKey ?? `errors.${error.code}`;
}

export function statusOf(error: unknown): number {
  return isAppError(error) ? error.status : 500;
}
