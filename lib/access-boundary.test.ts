import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// The authorization boundary (lib/guards.ts) holds only if nothing walks around it: checked
// here from the source, so a new function that takes a bare user or study id fails the run.
const root = path.resolve(import.meta.dirname, "..");
const skip = new Set(["node_modules", ".next", "generated"]);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    if (skip.has(entry.name)) return [];
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(entry.name) && !entry.name.includes(".test.") ? [rel] : [];
  });
}
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");
const isInternal = (file: string) => file.split(path.sep).includes("internal");

/** Each exported function of a module with the names of its (plain) parameters. */
function exportedFunctions(file: string): { name: string; params: string[] }[] {
  const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true);
  const exported = (node: ts.Node) =>
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const names = (fn: ts.SignatureDeclaration) =>
    fn.parameters.flatMap((p) => (ts.isIdentifier(p.name) ? [p.name.text] : []));
  const found: { name: string; params: string[] }[] = [];
  for (const statement of source.statements) {
    if (!exported(statement)) continue;
    if (ts.isFunctionDeclaration(statement) && statement.name)
      found.push({ name: statement.name.text, params: names(statement) });
    if (ts.isVariableStatement(statement))
      for (const decl of statement.declarationList.declarations) {
        const init = decl.initializer;
        if (init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)))
          found.push({ name: decl.name.getText(source), params: names(init) });
      }
  }
  return found;
}

function offendersTaking(param: string, allowed: Map<string, string>): string[] {
  return sourceFiles("lib")
    .filter((file) => !isInternal(file) && !allowed.has(file))
    .flatMap((file) =>
      exportedFunctions(file)
        .filter((fn) => fn.params.includes(param))
        .map((fn) => `${file}: ${fn.name}(${fn.params.join(", ")})`),
    );
}

describe("the study access boundary", () => {
  it("finds what it looks for", () => {
    // A scan that matched nothing would pass whatever the code did.
    expect(exportedFunctions(path.join("lib", "guards.ts"))).toEqual([
      { name: "requireStudyAccess", params: ["db", "userId", "studyId", "permission"] },
      { name: "authorize", params: ["access", "permission"] },
    ]);
  });

  it("lets no exported lib function take a bare user id", () => {
    // Each exception, and why it is not a study's private data behind a user id.
    const allowed = new Map([
      [path.join("lib", "guards.ts"), "makes the StudyAccess"],
      [path.join("lib", "studies", "create-study.ts"), "makes its caller the new study's owner"],
      [path.join("lib", "studies", "list-studies.ts"), "lists only the caller's own studies"],
    ]);
    expect(offendersTaking("userId", allowed)).toEqual([]);
  });

  it("lets no exported lib function take a bare study id", () => {
    // Public readers take a slug and find the study only if it is published; an expert's
    // functions take their link's token; the scheduler takes nothing. The exceptions:
    const allowed = new Map([
      [path.join("lib", "guards.ts"), "makes the StudyAccess"],
      [path.join("lib", "actions", "study-action.ts"), "makes the StudyAccess for an action"],
      [path.join("lib", "studies", "load-study-page.ts"), "makes the StudyAccess for a page"],
      [path.join("lib", "exports", "pseudonym.ts"), "a hash of ids; reads nothing"],
    ]);
    expect(offendersTaking("studyId", allowed)).toEqual([]);
  });

  it("makes a StudyAccess only in lib/guards.ts", () => {
    const forged = [...sourceFiles("lib"), ...sourceFiles("app"), ...sourceFiles("components")]
      .filter((file) => file !== path.join("lib", "guards.ts"))
      .filter((file) => /\bas (unknown as )?StudyAccess\b|\[checked\]/.test(read(file)));
    expect(forged).toEqual([]);
  });

  it("keeps unchecked helpers (lib/**/internal/) away from pages, routes and components", () => {
    // Their types may be shown (a type carries no query); their functions may not be called.
    const valueImport = /^import (?!type )[^;]*?from "@\/lib\/[^"]*\/internal\//m;
    expect(valueImport.test('import { listPublicRounds } from "@/lib/x/internal/y.ts";')).toBe(
      true,
    );
    expect(valueImport.test('import type { PublicRound } from "@/lib/x/internal/y.ts";')).toBe(
      false,
    );
    // demo/, bench/ and test/ build fixtures below the boundary, as they use Prisma directly;
    // they never ship in the app (architecture.test.ts).
    const shipped = [...sourceFiles("app"), ...sourceFiles("components")];
    const offenders = [...shipped, "server.ts", "instrumentation.ts"].filter((file) =>
      valueImport.test(read(file)),
    );
    expect(offenders).toEqual([]);
  });
});
