// The one way the server writes to its log: one JSON object per line (time, level, msg and
// fields), so a log collector can parse it, at the level LOG_LEVEL sets (debug, info, warn,
// error or silent; info by default). Lines never carry personal data or credentials: e-mail
// addresses and anything shaped like an expert's link token are masked before writing,
// whatever the caller passed.

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
type Level = Exclude<keyof typeof LEVELS, "silent">;
export type LogFields = Record<string, unknown>;

const EMAIL = /[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+\.[A-Za-z]{2,}/g;
// Expert-link tokens are 43 characters of base64url (32 random bytes).
const TOKEN = /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g;

/** A text with e-mail addresses and link tokens masked. */
export function scrub(text: string): string {
  return text.replace(EMAIL, "[email]").replace(TOKEN, "[token]");
}

function threshold(): number {
  const name = (process.env.LOG_LEVEL ?? "info").toLowerCase();
  return name in LEVELS ? LEVELS[name as keyof typeof LEVELS] : LEVELS.info;
}

/** What an error says about itself, without its stack's file paths bloating every line. */
export function describeError(error: unknown): LogFields {
  if (error instanceof Error)
    return { name: error.name, message: error.message, stack: error.stack?.split("\n", 4) };
  return { message: String(error) };
}

function clean(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return scrub(value);
  if (value instanceof Error) return clean(describeError(value), depth);
  if (depth > 3 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => clean(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clean(v, depth + 1)]));
}

function write(level: Level, msg: string, fields: LogFields = {}): void {
  if (LEVELS[level] < threshold()) return;
  const line = JSON.stringify({
    time: new Date().toISOString(),
    level,
    msg: scrub(msg),
    ...(clean(fields) as LogFields),
  });
  (LEVELS[level] >= LEVELS.warn ? process.stderr : process.stdout).write(`${line}\n`);
}

export const logger = {
  debug: (msg: string, fields?: LogFields) => write("debug", msg, fields),
  info: (msg: string, fields?: LogFields) => write("info", msg, fields),
  warn: (msg: string, fields?: LogFields) => write("warn", msg, fields),
  error: (msg: string, fields?: LogFields) => write("error", msg, fields),
};
