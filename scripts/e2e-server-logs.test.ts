import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { findLeaks } from "../e2e/support/server-logs.ts";
import { scrub } from "../lib/log/logger.ts";

// The end-of-run scan of the browser suite's server logs (e2e/support/server-logs.ts) must
// see what the logger hides: it is written apart from the logger's masks, on purpose.
const token = () =>
  crypto.createHmac("sha256", "k").update(crypto.randomUUID()).digest("base64url");

describe("the server-log scan of a browser run", () => {
  const line = (text: string) =>
    JSON.stringify({ level: "warn", msg: text, path: `/respond/${token()}/rounds/1` });

  it("finds an address and a personal-link token, and cuts them in its report", () => {
    const text = ["{}", line("sign-in mail for ada.lovelace@example.org failed")].join("\n");
    const leaks = findLeaks("smtp.log", text);
    expect(leaks.map((l) => [l.line, l.kind])).toEqual([
      [2, "email"],
      [2, "token"],
    ]);
    expect(leaks.map((l) => l.excerpt).join(" ")).not.toMatch(/lovelace@example|[\w-]{20,}>/);
  });

  it("finds nothing in what the logger writes once it has masked the line", () => {
    expect(findLeaks("smtp.log", scrub(line("sign-in mail for ada@example.org failed")))).toEqual(
      [],
    );
  });

  it("leaves request ids, record ids and hashes of other lengths alone", () => {
    const text = JSON.stringify({
      requestId: crypto.randomUUID(),
      studyId: "cmx4kz2nn0003gx7dyrhu0gc8",
      sha: crypto.createHash("sha256").update("x").digest("hex"),
    });
    expect(findLeaks("smtp.log", text)).toEqual([]);
  });
});
