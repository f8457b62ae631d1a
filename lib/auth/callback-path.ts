/** Only same-site paths: an open redirect after sign-in would be a phishing aid. */
export function safeCallbackPath(value: string | undefined | null, fallback = "/studies"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) {
    return fallback;
  }
  const url = new URL(value, "http://livewith.invalid");
  return `${url.pathname}${url.search}`;
}
