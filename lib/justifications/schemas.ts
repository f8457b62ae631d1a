import { z } from "zod";
import type { MessageKey } from "@/i18n/types.ts";
import { bareObject, isSafeKey } from "@/lib/forms/safe-keys.ts";

export const JUSTIFICATION_MAX = 2_000;
export const dispositions = ["ACCEPTED", "PARTLY_ACCEPTED", "DECLINED", "OUT_OF_SCOPE"] as const;
export type DispositionValue = (typeof dispositions)[number];

// The justify page is one form for every change of the draft, so that several changes are
// justified in one save. Flat names, so it works as a plain HTML POST (the study is bound to
// the action by the page):
//   versionId
//   j.<target>.justification · .changeClass · .base (the justification it was loaded with)
//   j.<target>.disposition — what was done with the feedback ticked below, all at once
//   j.<target>.cite.<item> = "on" — the feedback item is cited
//   j.<target>.as.<item> — a disposition for that item only (empty: the one above)
// <target> is a change target's key, <item> a feedback item's id (`<responseId>:<part>`).

export const justificationField = {
  text: (target: string) => `j.${target}.justification`,
  changeClass: (target: string) => `j.${target}.changeClass`,
  base: (target: string) => `j.${target}.base`,
  disposition: (target: string) => `j.${target}.disposition`,
  cite: (target: string, item: string) => `j.${target}.cite.${item}`,
  as: (target: string, item: string) => `j.${target}.as.${item}`,
};

const id = z.string().trim().min(1).max(64);
const key = /^[A-Za-z0-9_-]{1,64}$/;
/** A feedback item: `<responseId>:<part>` (see feedbackItemKey). */
const feedbackItemId = z.string().regex(/^[A-Za-z0-9_-]{1,64}:[A-Za-z0-9_-]{1,64}$/);
const justificationText = z
  .string()
  .transform((s) => s.replace(/\r\n?/g, "\n").trim())
  .pipe(z.string().max(JUSTIFICATION_MAX));
const link = z.strictObject({ item: feedbackItemId, disposition: z.enum(dispositions) });

/** One change's justification as the lib functions take it. */
export const justificationInput = z.strictObject({
  /** The change target's key (see changeTargets). */
  target: z.string().regex(key),
  changeClass: z.enum(["EDITORIAL", "SUBSTANTIVE"]),
  justification: justificationText.pipe(z.string().min(1)),
  links: z.array(link).max(1_000),
});

export const saveJustificationSchema = justificationInput.extend({ versionId: id });
export type SaveJustificationInput = z.infer<typeof saveJustificationSchema>;

/** One change as the form sent it: an empty text with nothing cited means "not justified". */
const formTarget = z.strictObject({
  base: z.string().max(64).default(""),
  changeClass: z.enum(["EDITORIAL", "SUBSTANTIVE"]).default("SUBSTANTIVE"),
  justification: justificationText.default(""),
  disposition: z.union([z.enum(dispositions), z.literal("")]).default(""),
  cited: z.array(feedbackItemId).max(1_000),
  as: z.record(feedbackItemId, z.union([z.enum(dispositions), z.literal("")])),
});

/** The form's flat j.<target>.… names → one object per change target. */
function gatherTargets(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const rest = bareObject<unknown>();
  const targets = bareObject<Record<string, unknown>>();
  for (const [name, field] of Object.entries(value)) {
    const match = /^j\.([^.]+)\.([a-zA-Z]+)(?:\.(.+))?$/.exec(name);
    // Unsafe keys stay whole at the top, where the strict schema refuses them.
    if (!match || ![match[1]!, match[2]!, match[3] ?? "x"].every(isSafeKey)) {
      rest[isSafeKey(name.replace(/\./g, "_")) ? name : `invalid:${name.length}`] = field;
      continue;
    }
    const [, target, prop, item] = match as unknown as [string, string, string, string?];
    const entry = (targets[target] ??= Object.assign(bareObject<unknown>(), {
      cited: [],
      as: bareObject<unknown>(),
    }));
    if (prop === "cite" && item !== undefined) {
      if (field === "on") (entry.cited as string[]).push(item);
    } else if (prop === "as" && item !== undefined)
      (entry.as as Record<string, unknown>)[item] = field;
    // A name this form never uses lands where the strict object refuses it.
    else entry[item === undefined ? prop : `${prop}.${item}`] = field;
  }
  return { ...rest, targets };
}

export const saveJustificationsSchema = z.preprocess(
  gatherTargets,
  z
    .strictObject({
      versionId: id,
      targets: z.record(z.string().regex(key), formTarget),
    })
    .superRefine((v, ctx) => {
      Object.entries(v.targets).forEach(([target, t]) => {
        const path = (field: string) => ["targets", target, field];
        if (t.cited.length && !t.justification)
          ctx.addIssue({
            code: "custom",
            path: path("justification"),
            message: "justify.errors.citedWithoutText" satisfies MessageKey,
          });
        if (t.cited.some((item) => !t.as[item]) && !t.disposition)
          ctx.addIssue({
            code: "custom",
            path: path("disposition"),
            message: "justify.errors.dispositionRequired" satisfies MessageKey,
          });
      });
    }),
);

export type SaveJustificationsInput = z.infer<typeof saveJustificationsSchema>;
export type JustificationFormTarget = SaveJustificationsInput["targets"][string];

/** Where an error about one change's field is reported (FormState.fieldErrors' key). */
export const justificationErrorKey = (target: string, field: "justification" | "disposition") =>
  `targets.${target}.${field}`;

/** The citations a form target makes: each ticked item, with its own or the shared disposition. */
export function citedLinks(t: JustificationFormTarget): z.infer<typeof link>[] {
  return t.cited.map((item) => ({
    item,
    disposition: (t.as[item] || t.disposition) as DispositionValue,
  }));
}
