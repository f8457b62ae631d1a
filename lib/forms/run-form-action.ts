import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { isAppError } from "@/lib/errors.ts";
import { fieldErrorsFromZod, formDataToObject, type FormState } from "./form-state.ts";
import { describeError, logger } from "@/lib/log/logger.ts";

/**
 * The shape of every form action: parse with the shared schema, run one lib/ function,
 * turn domain errors into messages. Unknown errors are logged and never shown raw.
 */
export async function runFormAction<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  run: (data: z.infer<S>) => Promise<Partial<FormState> | void>,
): Promise<FormState> {
  const values = formDataToObject(formData);
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    return {
      status: "error",
      formError: { key: "errors.INVALID" },
      fieldErrors: fieldErrorsFromZod(parsed.error),
      values,
      at: Date.now(),
    };
  }
  try {
    const extra = (await run(parsed.data)) ?? {};
    return { status: "success", at: Date.now(), ...extra };
  } catch (error) {
    // redirect() and notFound() work by throwing; let Next.js handle them.
    unstable_rethrow(error);
    if (isAppError(error)) {
      return {
        status: "error",
        formError: { key: error.messageKey ?? `errors.${error.code}`, values: error.values },
        fieldErrors: error.field
          ? {
              [error.field]: {
                key: error.messageKey ?? `errors.${error.code}`,
                values: error.values,
              },
            }
          : undefined,
        values,
        at: Date.now(),
      };
    }
    logger.error("form action failed", { error: describeError(error) });
    return { status: "error", formError: { key: "errors.UNKNOWN" }, values, at: Date.now() };
  }
}
