import { z } from "zod";
import type { MessageKey } from "@/i18n/types.ts";

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const createStudySchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(60)
    .refine(
      (s) => s === "" || (s.length >= 3 && SLUG_PATTERN.test(s)),
      "validation.slug" satisfies MessageKey,
    ),
  purpose: z.string().trim().max(5000),
  audience: z.string().trim().max(1000),
});

export type CreateStudyInput = z.infer<typeof createStudySchema>;

/** "What is a Tool Library?" → "what-is-a-tool-library" (ASCII, for stable public URLs). */
export function slugify(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
}
