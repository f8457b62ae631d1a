import { z } from "zod";
import type { MessageKey } from "@/i18n/types.ts";

export const SOURCE_TEXT_MAX = 5_000;
export const CHARACTERISTICS_MAX = 30;
/** The explanatory text, in a mapping's list of places (clauses are named by their id). */
export const TEXT_LOCATION = "text";

const id = z.string().trim().min(1).max(64);
const line = (max: number) => z.string().trim().max(max);

/** "certification, assessment; Duration" → ["certification", "assessment", "Duration"] */
const characteristicList = z
  .string()
  .transform((s) => [
    ...new Map(
      s
        .split(/[,;\n]/)
        .map((x) => x.trim())
        .filter(Boolean)
        .map((x) => [x.toLowerCase(), x]),
    ).values(),
  ])
  .pipe(
    z
      .array(z.string().max(80, "sources.errors.characteristicTooLong" satisfies MessageKey))
      .max(CHARACTERISTICS_MAX),
  );

// No study id in these forms: the page binds it to the action (action.bind(null, studyId)).

export const addSourceSchema = z.strictObject({
  text: z
    .string()
    .transform((s) => s.replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().min(1).max(SOURCE_TEXT_MAX)),
  citation: line(500).pipe(z.string().min(1)),
  jurisdiction: line(120).default(""),
  sector: line(120).default(""),
  characteristics: characteristicList,
});

export const removeSourceSchema = z.strictObject({ sourceId: id });

/** Form fields named at_<location> (checkboxes) list where the characteristic appears. */
export const LOCATION_FIELD_PREFIX = "at_";

export const saveMappingSchema = z.preprocess(
  (value) => {
    if (typeof value !== "object" || value === null) return value;
    const rest: Record<string, unknown> = {};
    const locations: string[] = [];
    for (const [key, field] of Object.entries(value)) {
      if (key.startsWith(LOCATION_FIELD_PREFIX))
        locations.push(key.slice(LOCATION_FIELD_PREFIX.length));
      else rest[key] = field;
    }
    return { ...rest, locations: "locations" in rest ? rest.locations : locations };
  },
  z.strictObject({
    versionId: id,
    characteristicId: id,
    locations: z.array(id).max(200),
  }),
);

export type AddSourceInput = z.infer<typeof addSourceSchema>;
export type RemoveSourceInput = z.infer<typeof removeSourceSchema>;
export type SaveMappingInput = z.infer<typeof saveMappingSchema>;
