import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import messages from "@/messages/en/index.ts";

// A namespace a page asks for but the catalog lacks only shows up as an error in the
// server log (next-intl prints the key instead of text), so no page test notices. This
// reads every literal namespace in the code and checks the catalog has it; and, since the
// area files are spread into one object, that no two files define the same top-level key
// (the later one would silently replace the earlier).

const root = path.resolve(import.meta.dirname, "../..");
const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(rel);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [rel] : [];
  });

const lookup = (key: string): unknown =>
  key
    .split(".")
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages);

describe("the English catalog", () => {
  it("has every namespace the code asks for", () => {
    const missing: string[] = [];
    for (const file of ["app", "components", "lib"].flatMap(sourceFiles)) {
      const code = fs.readFileSync(path.join(root, file), "utf8");
      for (const [, namespace] of code.matchAll(/(?:get|use)Translations\("([^"]+)"\)/g)) {
        const node = lookup(namespace!);
        if (typeof node !== "object" || node === null) missing.push(`${file}: ${namespace}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("defines each top-level namespace in one area file only", () => {
    const dir = path.join(root, "messages/en");
    const owners = new Map<string, string[]>();
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".json"))) {
      for (const key of Object.keys(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"))))
        owners.set(key, [...(owners.get(key) ?? []), file]);
    }
    expect([...owners].filter(([, files]) => files.length > 1)).toEqual([]);
  });
});
