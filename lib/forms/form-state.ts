import type { z } from "zod";
import type { MessageKey } from "@/i18n/types.ts";
import { normaliseLineEndings } from "./line-endings.ts";

// What a server action returns to its form (useActionState). Messages are catalog keys
// with values, so the form renders them in the reader's language.
export type Message = { key: MessageKey; values?: Record<string, string | number> };

export type FormState = {
  status: "idle" | "success" | "error";
  formError?: Message;
  fieldErrors?: Record<string, Message>;
  /** Changes on every result, so forms can react (focus, reset) to repeated submissions. */
  at?: number;
  /** The submitted values, so a failed form without JavaScript comes back filled in. */
  values?: Record<string, string>;
  /** Optional payload for the form (e.g. per-row results of an import). */
  data?: unknown;
};

export const idleState: FormState = { status: "idle" };

export function fieldErrorsFromZod(error: z.ZodError): Record<string, Message> {
  const result: Record<string, Message> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "_form";
    if (result[path]) continue;
    result[path] = messageForIssue(issue);
  }
  return result;
}

function messageForIssue(issue: z.core.$ZodIssue): Message {
  const key = schemaMessageKey(issue.message);
  if (key) return { key };
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) <= 1)
        return { key: "validation.required" };
      if (issue.origin === "string")
        return { key: "validation.tooShort", values: { min: Number(issue.minimum) } };
      if (issue.origin === "array")
        return { key: "validation.tooFew", values: { min: Number(issue.minimum) } };
      return { key: "validation.tooSmall", values: { min: Number(issue.minimum) } };
    case "too_big":
      if (issue.origin === "string")
        return { key: "validation.tooLong", values: { max: Number(issue.maximum) } };
      if (issue.origin === "array")
        return { key: "validation.tooMany", values: { max: Number(issue.maximum) } };
      return { key: "validation.tooBig", values: { max: Number(issue.maximum) } };
    case "invalid_format":
      if (issue.format === "email") return { key: "validation.email" };
      return { key: "validation.format" };
    case "invalid_type":
      return issue.input === undefined || issue.input === ""
        ? { key: "validation.required" }
        : { key: "validation.invalid" };
    case "invalid_value":
      return { key: "validation.choice" };
    default:
      return { key: "validation.invalid" };
  }
}

/**
 * A schema may name its own catalog key ("rounds.deadlineTooSoon"); zod's built-in messages
 * are sentences and never look like one. zod carries messages as plain strings, so the key's
 * type is lost on the way here: the schemas write theirs `satisfies MessageKey`, which is what
 * makes this cast true.
 */
function schemaMessageKey(message: string): MessageKey | undefined {
  return /^[a-zA-Z]+(\.[a-zA-Z_]+)+$/.test(message) ? (message as MessageKey) : undefined;
}

/**
 * FormData → plain object, without the fields Next.js adds for server actions. This is the
 * one door every form value comes through (actions, the autosave endpoint), so line endings
 * are normalised here, for every field.
 */
export function formDataToObject(formData: FormData): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    // "__proto__" and the like are no form's field: dropped rather than assigned.
    if (key === "__proto__" || key === "constructor" || key === "prototype") continue;
    if (typeof value === "string") result[key] = normaliseLineEndings(value);
  }
  return result;
}
