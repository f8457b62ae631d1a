import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// House rules that review alone would let slip: checked on every run.
const root = path.resolve(import.meta.dirname, "..");
const skip = new Set([
  "node_modules",
  ".next",
  ".data",
  "generated",
  "test-results",
  "playwright-report",
]);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    if (skip.has(entry.name)) return [];
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx|mjs)$/.test(entry.name) ? [rel] : [];
  });
}

const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

/** Where an import in `file` points, relative to the root; null for a package. */
function importTarget(file: string, specifier: string): string | null {
  if (specifier.startsWith("@/")) return path.normalize(specifier.slice(2));
  if (specifier.startsWith(".")) return path.join(path.dirname(file), specifier);
  return null;
}
const importsOf = (file: string) =>
  [...read(file).matchAll(/\b(?:from|import)\s*\(?\s*"([^"]+)"/g)]
    .map((m) => importTarget(file, m[1]!))
    .filter((target): target is string => target !== null);

const prismaCall =
  /\bdb\.\w+\.(findMany|findUnique|findUniqueOrThrow|findFirst|create|createMany|update|updateMany|upsert|delete|deleteMany|count|groupBy|aggregate)\(|\$(queryRaw|executeRaw|transaction)\b/;

describe("architecture", () => {
  it("keeps Prisma out of app/ and components/", () => {
    const offenders = [...sourceFiles("app"), ...sourceFiles("components")].filter((file) => {
      const text = read(file);
      return prismaCall.test(text) || /generated\/prisma|@prisma\/client/.test(text);
    });
    expect(offenders).toEqual([]);
  });

  it('marks every lib module that uses the app database "server-only"', () => {
    const offenders = sourceFiles("lib").filter((file) => {
      if (file.includes(".test.")) return false;
      const text = read(file);
      const usesDb =
        /from "@\/lib\/db\/app-db\.ts"/.test(text) || /from "@\/lib\/env\.ts"/.test(text);
      return usesDb && !text.includes('import "server-only"');
    });
    expect(offenders).toEqual([]);
  });

  it("keeps the demo and test support out of what the app runs", () => {
    // demo/ and test/ are for tests, e2e, scripts, the bench and prisma/seed.ts. Imported
    // from a route, a component or a lib/ module, they would ship in the app.
    const isSupport = (target: string) => ["demo", "test"].includes(target.split(path.sep)[0]!);
    // The scan must find what it looks for, or it proves nothing: by alias and relatively.
    expect(importsOf(path.join("lib", "team", "team.test.ts")).some(isSupport)).toBe(true);
    expect(importsOf(path.join("prisma", "seed.ts")).some(isSupport)).toBe(true);
    const app = [...sourceFiles("app"), ...sourceFiles("components"), ...sourceFiles("lib")];
    const offenders = [...app, "server.ts", "instrumentation.ts"]
      .filter((file) => !file.includes(".test."))
      .flatMap((file) =>
        importsOf(file)
          .filter(isSupport)
          .map((t) => `${file} imports ${t}`),
      );
    expect(offenders).toEqual([]);
  });

  it("keeps source files under ~300 lines", () => {
    const dirs = ["app", "components", "lib", "demo", "scripts", "e2e", "prisma", "test"];
    const long = dirs
      .flatMap(sourceFiles)
      .map((file) => ({ file, lines: read(file).split("\n").length }))
      .filter((f) => f.lines > 320);
    expect(long).toEqual([]);
  });

  it("renders pages whole, never streamed in Suspense boundaries", () => {
    // The Content-Security-Policy hashes a page's inline scripts once it is complete
    // (lib/http/edge/secure-response.ts) and allows only Next's own shapes: React's
    // streaming scripts ($RC…) for a loading.tsx or <Suspense> would be refused, and the
    // content behind them would never show.
    const loading = sourceFiles("app").filter((f) => /(^|\/)loading\.tsx$/.test(f));
    const suspense = [...sourceFiles("app"), ...sourceFiles("components")].filter((f) =>
      /<Suspense\b|\bSuspense\b.*from "react"/.test(read(f)),
    );
    expect([...loading, ...suspense]).toEqual([]);
  });

  it("writes the server's log through the logger only, never console.*", () => {
    // Scripts talk to a person at a terminal and test helpers to their parent process.
    const files = [...sourceFiles("app"), ...sourceFiles("components"), ...sourceFiles("lib")];
    const offenders = [...files, "server.ts", "instrumentation.ts"].filter(
      (file) =>
        !file.includes(".test.") && /\bconsole\.(log|info|warn|error|debug)\(/.test(read(file)),
    );
    expect(offenders).toEqual([]);
  });

  it("puts every facilitator route handler behind the shared edge", () => {
    const handlers = sourceFiles("app").filter(
      (file) => file.endsWith("route.ts") && file.includes("(facilitator)"),
    );
    expect(handlers.length).toBeGreaterThanOrEqual(5);
    const bare = handlers.filter(
      (file) => !/export const (GET|POST) = routeHandler\(/.test(read(file)),
    );
    expect(bare).toEqual([]);
  });

  it("decides what a team role may do in one table, lib/auth/permissions.ts", () => {
    // A role compared by name (role !== "OBSERVER", ["OWNER", "FACILITATOR"].includes(role))
    // is a second rule that the table does not know about. Naming a role to count or to
    // create one (the last owner, a new study's owner) is not a permission and stays allowed.
    const roleRule =
      /role\s*[!=]==?\s*"(OWNER|FACILITATOR|OBSERVER)"|\[\s*"(OWNER|FACILITATOR|OBSERVER)"[^\]]*\]\s*(\.includes|,\s*$)/m;
    const allowed = new Set([
      path.join("lib", "auth", "permissions.ts"),
      // Refuses to remove the study's last owner: a count, not a permission.
      path.join("lib", "team", "remove-facilitator.ts"),
    ]);
    const offenders = [...sourceFiles("app"), ...sourceFiles("components"), ...sourceFiles("lib")]
      .filter((file) => !file.includes(".test.") && !allowed.has(file))
      .filter((file) => roleRule.test(read(file)));
    expect(offenders).toEqual([]);
    expect(read(path.join("lib", "guards.ts"))).not.toMatch(/allowed|MembershipRole\[\]/);
  });

  it("purges caches only in the action pipeline and the purge module", () => {
    // Mutations report what they changed (lib/actions/affected.ts) and the pipeline purges:
    // an action that purged by hand could forget to, and a public page would go stale.
    const allowed = [
      path.join("lib", "actions") + path.sep,
      path.join("lib", "publication", "refresh-public-pages.ts"),
      path.join("lib", "http", "public-page-cache.ts"),
      // Next's cache itself: it receives revalidateTag, it does not call it.
      path.join("lib", "cache", "next-cache-handler.mjs"),
    ];
    const offenders = [...sourceFiles("app"), ...sourceFiles("components"), ...sourceFiles("lib")]
      .filter((file) => !file.includes(".test.") && !allowed.some((a) => file.startsWith(a)))
      .filter((file) => /\b(revalidatePath|revalidateTag|refreshPublicPages)\(/.test(read(file)));
    expect(offenders).toEqual([]);
  });
});
