import crypto from "node:crypto";

// The Content-Security-Policy of each response. Pages get hashes of their inline scripts
// rather than a nonce: the public pages are rendered once and served from a cache, so a
// per-response nonce would mean rendering them for every visitor. Only inline scripts of
// the shapes Next.js and its bundler write are hashed (its RSC payload pushes, which carry
// data only as JSON string literals, and the bundler's chunk list): an injected script of
// any other shape gets no hash, and the browser refuses to run it.

const NEXT_FLIGHT_INIT = "(self.__next_f=self.__next_f||[]).push([0])";
const NEXT_FLIGHT_PUSH = /^self\.__next_f\.push\((\[.*\])\)$/s;
const TURBOPACK_BOOT =
  /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\((\{.*\})\);?$/s;

/** Parses JSON, or undefined: whatever parses is a literal, never code. */
function json(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** An inline script Next.js itself writes, recognised by its exact shape. */
export function isFrameworkScript(source: string): boolean {
  if (source === NEXT_FLIGHT_INIT) return true;
  // A payload push: [index, data] as a JSON literal (after a form posted without
  // JavaScript, preceded by the initialisation in the same script).
  const rest = source.startsWith(`${NEXT_FLIGHT_INIT};`)
    ? source.slice(NEXT_FLIGHT_INIT.length + 1)
    : source;
  const push = NEXT_FLIGHT_PUSH.exec(rest);
  if (push) {
    const value = json(push[1]!);
    return Array.isArray(value) && typeof value[0] === "number";
  }
  const boot = TURBOPACK_BOOT.exec(source);
  if (!boot) return false;
  // The chunk list: only arrays of file names and module ids, nothing that runs.
  const value = json(boot[1]!);
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every(
      (v) => Array.isArray(v) && v.every((x) => typeof x === "string" || typeof x === "number"),
    )
  );
}

export type InlineScripts = { hashes: string[]; refused: string[] };

/** Hashes of the page's allowed inline scripts, and the start of each refused one. */
export function inlineScripts(html: string): InlineScripts {
  const hashes = new Set<string>();
  const refused: string[] = [];
  for (const match of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? "";
    const source = match[2] ?? "";
    if (/\ssrc\s*=/i.test(attributes) || source === "") continue;
    if (isFrameworkScript(source)) {
      hashes.add(`'sha256-${crypto.createHash("sha256").update(source).digest("base64")}'`);
    } else refused.push(source.slice(0, 80));
  }
  return { hashes: [...hashes], refused };
}

const common = [
  "base-uri 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
];

/** The policy of an HTML page. `dev` allows what `next dev` needs (eval for fast refresh). */
export function pagePolicy(hashes: string[], options: { https: boolean; dev: boolean }): string {
  const scripts = options.dev ? ["'unsafe-eval'", "'unsafe-inline'"] : hashes;
  return [
    "default-src 'self'",
    `script-src 'self' ${scripts.join(" ")}`.trim(),
    // Style attributes (chart sizes, table alignment) are not script; inline styles stay.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    ...common,
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Everything that is not a page (JSON, CSV, files, redirects): nothing may run or embed it. */
export const resourcePolicy = ["default-src 'none'", ...common].join("; ");
