import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en/index.ts";

// Every action the code records in the audit log has a label on the Activity page, which
// otherwise shows the raw action name ("study.aggregateData.offered") to facilitators.
const root = path.resolve(import.meta.dirname, "..", "..");

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(rel);
    return /\.ts$/.test(entry.name) && !entry.name.includes(".test.") ? [rel] : [];
  });
}

/**
 * Action names written as `action: "a.b"`, `action: x ? "a.b" : "c.d"` or assigned to a
 * variable `action = … ? "a.b" : …`, over as many lines as the expression takes.
 */
function recordedActions(): Set<string> {
  const found = new Set<string>();
  // The demo studies record actions too, shown on their Activity pages.
  for (const file of [...sources("lib"), ...sources("demo")]) {
    const text = fs.readFileSync(path.join(root, file), "utf8");
    for (const m of text.matchAll(/\baction(?::|\s*=)\s*([\s\S]*?)[,;]\s*\n/g))
      for (const name of m[1]!.matchAll(/"([a-z]+(?:\.[A-Za-z_]+)+)"/g)) found.add(name[1]!);
  }
  return found;
}

describe("the Activity page's labels", () => {
  it("name every action the code records", () => {
    const actions = recordedActions();
    // The scan must find what it looks for, or it proves nothing.
    expect(actions.has("response.submitted")).toBe(true);
    expect(actions.has("protocol.deviation")).toBe(true);
    expect(actions.has("study.seeded")).toBe(true);
    const labels = en.activity.actions as Record<string, string>;
    const missing = [...actions].filter((a) => !(a.replace(/\./g, "_") in labels));
    expect(missing).toEqual([]);
  });
});
