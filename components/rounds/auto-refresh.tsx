"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Keeps a live dashboard current: re-renders the server component every few seconds. */
export function AutoRefresh({ seconds }: { seconds: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") router.refresh();
    }, seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds]);
  return null;
}
