import "server-only";
import { headers } from "next/headers";

/**
 * Whether this render answers a form posted without JavaScript to a server action (the
 * browser's own POST: a form body, no `Next-Action` header). Such a page's title is the
 * form's to set, since only the form knows whether the post was refused ("Error: …").
 */
export async function isPlainFormPost(): Promise<boolean> {
  const h = await headers();
  if (h.has("next-action")) return false;
  return /^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(
    h.get("content-type") ?? "",
  );
}
