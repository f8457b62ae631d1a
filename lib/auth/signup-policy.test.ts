import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-path.ts";
import { isAllowedToSignUp, parseAllowlist } from "./signup-policy.ts";

describe("sign-up policy", () => {
  const allowlist = "ana@example.org, @team.example.net  partner.org";

  it("lets anyone sign up when open", () => {
    expect(isAllowedToSignUp("x@anywhere.com", { mode: "open", allowlist: "" })).toBe(true);
  });

  it("accepts listed addresses and domains, case-insensitively", () => {
    const policy = { mode: "allowlist" as const, allowlist };
    expect(isAllowedToSignUp("Ana@Example.org", policy)).toBe(true);
    expect(isAllowedToSignUp("bo@team.example.net", policy)).toBe(true);
    expect(isAllowedToSignUp("cy@partner.org", policy)).toBe(true);
    expect(isAllowedToSignUp("bob@example.org", policy)).toBe(false);
    expect(isAllowedToSignUp("eve@evil-partner.org", policy)).toBe(false);
    expect(isAllowedToSignUp("eve@sub.partner.org", policy)).toBe(false);
  });

  it("parses addresses and domains apart", () => {
    const parsed = parseAllowlist(allowlist);
    expect([...parsed.addresses]).toEqual(["ana@example.org"]);
    expect([...parsed.domains].sort()).toEqual(["partner.org", "team.example.net"]);
  });

  it("ignores the empty entries of stray commas and spaces, which would allow any address", () => {
    const parsed = parseAllowlist(" , ,@team.example.net,, \n ");
    expect([...parsed.domains]).toEqual(["team.example.net"]);
    expect([...parsed.addresses]).toEqual([]);
    // An empty domain on the list would match an address with nothing after its "@".
    expect(isAllowedToSignUp("eve@", { mode: "allowlist", allowlist: " , " })).toBe(false);
  });

  it("reads an address typed with spaces around it as the address", () => {
    const policy = { mode: "allowlist" as const, allowlist };
    expect(isAllowedToSignUp("  Ana@Example.org ", policy)).toBe(true);
  });
});

describe("callback path after sign-in", () => {
  it("keeps same-site paths and refuses everything else", () => {
    expect(safeCallbackPath("/studies/abc?tab=panel")).toBe("/studies/abc?tab=panel");
    expect(safeCallbackPath("https://evil.example/")).toBe("/studies");
    expect(safeCallbackPath("//evil.example/")).toBe("/studies");
    expect(safeCallbackPath("/\\evil.example")).toBe("/studies");
    expect(safeCallbackPath(undefined)).toBe("/studies");
  });
});
