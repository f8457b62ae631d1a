import { z } from "zod";
import type { ManualPanelStatus } from "./panel-rules.ts";

// One shape for an expert, whether typed into the add form or read from a CSV row: every
// field arrives as text, and the schema turns it into what is stored.

/** Text on one line: runs of whitespace (including newlines from quoted CSV cells) become one space. */
const line = (max: number) =>
  z
    .string()
    .overwrite((s) => s.replace(/\s+/g, " ").trim())
    .max(max);

export const panelMemberSchema = z.strictObject({
  name: line(200).min(1),
  // Addresses are compared and stored in lowercase, so "Ana@Example.org" is one person.
  email: z.string().trim().toLowerCase().min(1).max(254).pipe(z.email()),
  organisation: line(200).default(""),
  country: line(100).default(""),
  region: line(100).default(""),
  sector: line(100).default(""),
  // Free text, in the expert's own words; empty means not given.
  gender: line(100)
    .default("")
    .transform((s) => (s === "" ? null : s)),
  // "ethics; public health" → ["ethics", "public health"]
  expertise: line(1000)
    .default("")
    .transform((s) =>
      s
        .split(";")
        .map((item) => item.trim())
        .filter(Boolean),
    ),
});

export type PanelMemberFields = z.input<typeof panelMemberSchema>;
export type PanelMemberInput = z.output<typeof panelMemberSchema>;

/** The columns of the CSV file (and the fields of the add form), in template order. */
export const PANEL_COLUMNS = [
  "name",
  "email",
  "organisation",
  "country",
  "region",
  "sector",
  "gender",
  "expertise",
] as const;

export type PanelColumn = (typeof PANEL_COLUMNS)[number];

export const REQUIRED_PANEL_COLUMNS: readonly PanelColumn[] = ["name", "email"];

const reason = z.string().trim().max(1000);
const panelMemberId = z.string().trim().min(1).max(100);

/** Exclusion needs a reason (e.g. a commercial interest); withdrawing and restoring do not. */
export const updatePanelMemberStatusSchema = z.discriminatedUnion("status", [
  z.strictObject({ panelMemberId, status: z.literal("EXCLUDED"), reason: reason.min(1) }),
  z.strictObject({
    panelMemberId,
    status: z.enum(["WITHDRAWN", "PROPOSED"] satisfies ManualPanelStatus[]),
    reason: reason.default(""),
  }),
]);

export type UpdatePanelMemberStatusInput = z.output<typeof updatePanelMemberStatusSchema>;

/** Pasted CSV text; an uploaded file is read into the same field by the action. */
export const importPanelCsvSchema = z.strictObject({ csv: z.string() });

export type ImportPanelCsvInput = z.output<typeof importPanelCsvSchema>;

// A panel is about fifty people; these limits only stop accidents (a wrong file).
export const MAX_CSV_CHARACTERS = 500_000;
export const MAX_CSV_ROWS = 2000;
