"use client";

import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/**
 * Expert pages (an expert's personal link, /respond/…) are the expert's: the facilitators'
 * sign-in and account menu would invite them to sign in where they have no account. A client
 * component only for its path: the root layout cannot read it without making every page,
 * the cached public ones included, dynamic. It renders on the server as well, so the menu is
 * absent without JavaScript too.
 */
export function HiddenOnExpertPages({ children }: { children: ReactNode }) {
  const path = usePathname();
  return path.startsWith("/respond/") ? null : children;
}
