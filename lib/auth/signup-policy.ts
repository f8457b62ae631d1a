// Who may create a facilitator account. Existing users may always sign in.
export type SignupPolicy = { mode: "open" | "allowlist"; allowlist: string };

export function parseAllowlist(raw: string): { addresses: Set<string>; domains: Set<string> } {
  const addresses = new Set<string>();
  const domains = new Set<string>();
  for (const entry of raw.split(/[,\s]+/)) {
    const item = entry.trim().toLowerCase();
    if (!item) continue;
    if (item.startsWith("@")) domains.add(item.slice(1));
    else if (item.includes("@")) addresses.add(item);
    else domains.add(item);
  }
  return { addresses, domains };
}

export function isAllowedToSignUp(email: string, policy: SignupPolicy): boolean {
  if (policy.mode === "open") return true;
  const normalized = email.trim().toLowerCase();
  const { addresses, domains } = parseAllowlist(policy.allowlist);
  const domain = normalized.split("@").pop() ?? "";
  return addresses.has(normalized) || domains.has(domain);
}
