import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import messages from "@/messages/en/index.ts";
import { EXPERT_NAMESPACES, pickNamespaces, SIGN_IN_NAMESPACES } from "./client-namespaces.ts";

// The expert's and the sign-in pages send the browser only their own namespaces. A message
// their client components or their actions' refusals use from any other would show as a
// raw key (and an error in the console): this reads the code those pages run and checks
// every namespace it names is sent.

const root = path.resolve(import.meta.dirname, "../..");
const files = (dir: string): string[] =>
  fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(rel);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [rel] : [];
  });

/** Namespaces named by client-side translation hooks and by the message keys of actions. */
function namespacesUsed(dirs: string[]): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of dirs.flatMap(files)) {
    const code = fs.readFileSync(path.join(root, file), "utf8");
    const patterns = [
      /useTranslations\("([a-zA-Z]+)/g,
      /(?:key|messageKey|message):\s*"([a-zA-Z]+)\.[a-zA-Z.]+"/g,
      /error\.[a-z]+\(\s*"([a-zA-Z]+)\.[a-zA-Z.]+"/gi,
    ];
    for (const pattern of patterns)
      for (const [, ns] of code.matchAll(pattern)) used.set(ns!, file);
  }
  return used;
}

describe("the messages each area sends", () => {
  it("covers what the expert's pages use", () => {
    const used = namespacesUsed([
      "app/respond",
      "components/responses",
      "components/expert-link",
      "components/forms",
      "lib/responses",
      "lib/expert-link",
    ]);
    const missing = [...used].filter(
      ([ns]) => !(EXPERT_NAMESPACES as readonly string[]).includes(ns),
    );
    expect(missing).toEqual([]);
    // The check reads real code: it found the response form's own namespace.
    expect(used.has("response")).toBe(true);
  });

  it("covers what the sign-in pages use", () => {
    const used = namespacesUsed(["app/signin", "components/auth"]);
    const missing = [...used].filter(
      ([ns]) => !(SIGN_IN_NAMESPACES as readonly string[]).includes(ns),
    );
    expect(missing).toEqual([]);
    expect(used.has("auth")).toBe(true);
  });

  it("leaves the server's namespaces out of the workspace and picks lists exactly", () => {
    const workspace = pickNamespaces(messages, "workspace");
    expect(Object.keys(workspace)).toContain("panel");
    for (const ns of ["mail", "report", "public"]) expect(workspace).not.toHaveProperty(ns);
    expect(Object.keys(pickNamespaces(messages, EXPERT_NAMESPACES)).sort()).toEqual(
      [...EXPERT_NAMESPACES].sort(),
    );
  });
});
