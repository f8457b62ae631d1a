"use client";

import { useTranslations } from "next-intl";
import type { FormState, Message } from "@/lib/forms/form-state.ts";

/** Turns an action's message (catalog key + values) into text. */
export function useMessage() {
  const t = useTranslations();
  return (message: Message | undefined): string | undefined =>
    message ? t(message.key, message.values) : undefined;
}

export function fieldError(state: FormState, name: string): Message | undefined {
  return state.fieldErrors?.[name];
}

/** Value to show after a failed submission (no-JS round trip), else the default. */
export function submittedValue(state: FormState, name: string, fallback = ""): string {
  return state.values?.[name] ?? fallback;
}
