import { z } from "zod";

export const JUSTIFICATION_MAX = 2_000;
/** Form fields named link_<feedback item id> carry that feedback item's disposition. */
export const LINK_FIELD_PREFIX = "link_";
export const dispositions = ["ACCEPTED", "PARTLY_ACCEPTED", "DECLINED", "OUT_OF_SCOPE"] as const;

const id = z.string().trim().min(1).max(64);
/** A feedback item: `<responseId>:<part>` (see feedbackItemKey). */
const feedbackItemId = z.string().regex(/^[A-Za-z0-9_-]{1,64}:[A-Za-z0-9_-]{1,64}$/);

/** Gathers the link_… fields into one list; an empty value means "not linked". */
function collectLinks(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const rest: Record<string, unknown> = {};
  const links: { item: string; disposition: unknown }[] = [];
  for (const [key, field] of Object.entries(value)) {
    if (!key.startsWith(LINK_FIELD_PREFIX)) rest[key] = field;
    else if (field !== "")
      links.push({ item: key.slice(LINK_FIELD_PREFIX.length), disposition: field });
  }
  return { ...rest, links: "links" in rest ? rest.links : links };
}

export const saveJustificationSchema = z.preprocess(
  collectLinks,
  z.strictObject({
    studyId: id,
    versionId: id,
    /** The change target's key (see changeTargets). */
    target: id,
    changeClass: z.enum(["EDITORIAL", "SUBSTANTIVE"]),
    justification: z
      .string()
      .transform((s) => s.replace(/\r\n?/g, "\n").trim())
      .pipe(z.string().min(1).max(JUSTIFICATION_MAX)),
    links: z
      .array(z.strictObject({ item: feedbackItemId, disposition: z.enum(dispositions) }))
      .max(1_000),
  }),
);

export type SaveJustificationInput = z.infer<typeof saveJustificationSchema>;
