import fs from "node:fs";
import path from "node:path";

// Every line the app servers write during a browser run is kept here, so that the run can
// end by proving the promise the logger makes: no e-mail address and no personal-link token
// in the server's log, whatever page, action or error produced the line.
export const SERVER_LOG_ENV = "LIVEWITH_E2E_SERVER_LOG";
export const SERVER_LOG_DIR = path.resolve(".data", "e2e-logs");

// Written independently of lib/log/logger.ts's masks: if those ever miss, this still sees.
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// A personal link's token: 43 characters of base64url (an HMAC-SHA256).
const TOKEN = /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g;

export type Leak = { file: string; line: number; kind: "email" | "token"; excerpt: string };

/** Every e-mail address or token in a log text, with where it is. */
export function findLeaks(file: string, text: string): Leak[] {
  return text.split("\n").flatMap((content, i) =>
    (["email", "token"] as const).flatMap((kind) =>
      [...content.matchAll(kind === "email" ? EMAIL : TOKEN)].map((m) => ({
        file,
        line: i + 1,
        kind,
        // Enough to find the line; the value itself is cut so the report does not leak it.
        excerpt: `${content.slice(Math.max(0, m.index! - 40), m.index!)}<${kind}:${m[0].slice(0, 4)}…>`,
      })),
    ),
  );
}

/** Reads every server log of the run; fails when one is missing, empty, or leaks. */
export function checkServerLogs(names: string[]): void {
  const leaks: Leak[] = [];
  for (const name of names) {
    const file = path.join(SERVER_LOG_DIR, `${name}.log`);
    const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
    // A scan of nothing proves nothing: the servers log at least their start and requests.
    if (!text.includes('"level"')) throw new Error(`no server log lines in ${file}`);
    leaks.push(...findLeaks(file, text));
  }
  if (leaks.length)
    throw new Error(
      `the server log holds personal data:\n${leaks
        .slice(0, 20)
        .map((l) => `${l.file}:${l.line} ${l.kind} ${l.excerpt}`)
        .join("\n")}`,
    );
}
