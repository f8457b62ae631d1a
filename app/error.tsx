"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button.tsx";

type ErrorPageProps = { error: unknown; retry: () => void };

// Never render the error's message: in development it carries server details, and a client
// error's message is whatever the throwing code put there. The digest is an opaque id that
// matches the server log entry.
export default function ErrorPage({ error, retry }: ErrorPageProps) {
  const t = useTranslations("errorPage");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const digest = digestOf(error);

  // No console logging here: React reports an error caught by a boundary to the browser's
  // console itself, and the server's log has the entry the digest points to.
  useEffect(() => {
    headingRef.current?.focus();
  }, [error]);

  return (
    <div className="flex flex-col items-start gap-4 py-10">
      <h1 ref={headingRef} tabIndex={-1} className="text-3xl focus:outline-none">
        {t("title")}
      </h1>
      <p className="text-ink-muted">{t("body")}</p>
      <Button onClick={() => retry()}>{t("retry")}</Button>
      {digest ? <p className="text-sm text-ink-muted">{t("reference", { digest })}</p> : null}
    </div>
  );
}

function digestOf(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "digest" in error) {
    const { digest } = error;
    if (typeof digest === "string") return digest;
  }
  return undefined;
}
