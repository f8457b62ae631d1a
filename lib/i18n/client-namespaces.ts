// Which catalog namespaces each part of the site sends to the browser. Every page's RSC
// payload carries the messages its client components may use, so a page sends only its
// area's: the expert's response page, on a phone and a slow link, is not made to download
// the facilitators' whole vocabulary (about 70 kB of JSON) on every visit.

/** What any page's client components may need: the header, error pages, forms' errors. */
export const BASE_NAMESPACES = [
  "common",
  "nav",
  "footer",
  "meta",
  "forms",
  "validation",
  "errors",
  "errorPage",
  "notFound",
] as const;

/** The expert's pages (/respond/…): the invitation and the response form, and the base. */
export const EXPERT_NAMESPACES = [...BASE_NAMESPACES, "respond", "response"] as const;

/** The sign-in pages. */
export const SIGN_IN_NAMESPACES = [...BASE_NAMESPACES, "auth"] as const;

/** Rendered on the server only (emails, the home page, the public pages, the report). */
const SERVER_ONLY = new Set(["mail", "home", "devMail", "public", "report", "reportAccord"]);

/** The catalog's namespaces listed, or (for the facilitators' workspace) all but the server's. */
export function pickNamespaces(
  messages: Record<string, unknown>,
  namespaces: readonly string[] | "workspace",
): Record<string, unknown> {
  const keep =
    namespaces === "workspace"
      ? (ns: string) => !SERVER_ONLY.has(ns)
      : (ns: string) => namespaces.includes(ns);
  return Object.fromEntries(Object.entries(messages).filter(([ns]) => keep(ns)));
}
