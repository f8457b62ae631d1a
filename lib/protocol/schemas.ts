import { z } from "zod";
import type { MessageKey } from "@/i18n/types.ts";

const required = "validation.required" satisfies MessageKey;
const invalid = "validation.invalid" satisfies MessageKey;

const optionalDecimal = (min: number, max: number) =>
  z
    .string()
    .trim()
    .refine(
      (s) => s === "" || (!Number.isNaN(Number(s)) && Number(s) >= min && Number(s) <= max),
      invalid,
    )
    .transform((s) => (s === "" ? null : Number(s)));

export const RATING_SCALES = ["0", "5", "7", "9", "10"] as const;

export const RULE_KINDS = ["SHARE", "NO_OBJECTION"] as const;

export const ETHICS_STATUSES = ["NOT_STATED", "APPROVED", "NOT_REQUIRED"] as const;

// The reporting details default to empty, so a form (or a caller) that predates them still
// parses; they are optional until the report asks for them.
const shortText = z.string().trim().max(200).default("");
const longText = z.string().trim().max(5000).default("");

// Blank is allowed: a threshold only matters under SHARE (required there, see below), and a
// form may leave it empty when the rule is "no objection".
const threshold = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  z.coerce.number().int().min(50).max(100).optional(),
);

export const updateProtocolSchema = z
  .strictObject({
    /** The rule for the parts (the explanatory text and each clause), with its threshold. */
    partsRule: z.enum(RULE_KINDS),
    consensusThreshold: threshold,
    /** The rule for the text as a whole, with its own threshold. */
    wholeRule: z.enum(RULE_KINDS),
    wholeThreshold: threshold,
    plannedRounds: z.coerce.number().int().min(1).max(10),
    /** How long a round is planned to stay open: the default deadline when one opens. */
    plannedRoundDays: z.coerce.number().int().min(1).max(90),
    panelCap: z.coerce.number().int().min(3).max(1000),
    anonymityStatement: z.string().trim().min(1).max(5000),
    // "0" = no rating scale; otherwise ratings run 1..max with median/IQR criteria.
    ratingScaleMax: z.enum(RATING_SCALES).transform((s) => (s === "0" ? null : Number(s))),
    ratingMedianMin: optionalDecimal(1, 10),
    ratingIqrMax: optionalDecimal(0, 10),
    /** Where the study was registered and under which identifier. */
    registryName: shortText,
    registrationId: shortText,
    /** Approved (by a body, with a reference), not required (with a reason), or not stated. */
    ethicsStatus: z.enum(ETHICS_STATUSES).default("NOT_STATED"),
    ethicsBody: shortText,
    ethicsReference: shortText,
    ethicsExemption: longText,
    funding: longText,
    pilotTesting: longText,
    steeringGroup: longText,
    deviationReason: z.string().trim().max(2000).default(""),
  })
  .superRefine((v, ctx) => {
    for (const [kind, field] of [
      [v.partsRule, "consensusThreshold"],
      [v.wholeRule, "wholeThreshold"],
    ] as const) {
      if (kind === "SHARE" && v[field] === undefined)
        ctx.addIssue({ code: "custom", path: [field], message: required });
    }
    // An identifier means nothing without the registry that issued it.
    if (v.registrationId && !v.registryName)
      ctx.addIssue({ code: "custom", path: ["registryName"], message: required });
    if (v.ethicsStatus === "APPROVED" && !v.ethicsBody)
      ctx.addIssue({ code: "custom", path: ["ethicsBody"], message: required });
    if (v.ethicsStatus === "NOT_REQUIRED" && !v.ethicsExemption)
      ctx.addIssue({ code: "custom", path: ["ethicsExemption"], message: required });
    if (v.ratingScaleMax && v.ratingMedianMin !== null && v.ratingMedianMin > v.ratingScaleMax) {
      ctx.addIssue({ code: "custom", path: ["ratingMedianMin"], message: invalid });
    }
  });

export type UpdateProtocolInput = z.infer<typeof updateProtocolSchema>;

/** The protocol's reporting details (registration, ethics, funding, pilot, steering group). */
export const REPORTING_FIELDS = [
  "registryName",
  "registrationId",
  "ethicsStatus",
  "ethicsBody",
  "ethicsReference",
  "ethicsExemption",
  "funding",
  "pilotTesting",
  "steeringGroup",
] as const;

/** The protocol fields compared for deviations, in display order. */
export const PROTOCOL_FIELDS = [
  "partsRule",
  "consensusThreshold",
  "wholeRule",
  "wholeThreshold",
  "plannedRounds",
  "plannedRoundDays",
  "panelCap",
  "anonymityStatement",
  "ratingScaleMax",
  "ratingMedianMin",
  "ratingIqrMax",
  ...REPORTING_FIELDS,
] as const;

export type ProtocolField = (typeof PROTOCOL_FIELDS)[number];

/** The study columns of the reporting details (for selects that read them). */
export const reportingColumns = {
  registryName: true,
  registrationId: true,
  ethicsStatus: true,
  ethicsBody: true,
  ethicsReference: true,
  ethicsExemption: true,
  funding: true,
  pilotTesting: true,
  steeringGroup: true,
} as const satisfies Record<(typeof REPORTING_FIELDS)[number], true>;

/** The study columns that make up the protocol (for selects that read it). */
export const protocolColumns = {
  partsRule: true,
  consensusThreshold: true,
  wholeRule: true,
  wholeThreshold: true,
  plannedRounds: true,
  plannedRoundDays: true,
  panelCap: true,
  anonymityStatement: true,
  ratingScaleMax: true,
  ratingMedianMin: true,
  ratingIqrMax: true,
  ...reportingColumns,
  protocolLockedAt: true,
} as const;
