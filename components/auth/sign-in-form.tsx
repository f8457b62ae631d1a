"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Field } from "@/components/ui/field.tsx";
import { Input } from "@/components/ui/input.tsx";
import { signInRequestSchema } from "@/lib/auth/schemas.ts";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth.signIn");
  const tc = useTranslations("common");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const parsed = signInRequestSchema.safeParse({
      email: new FormData(event.currentTarget).get("email"),
    });
    if (!parsed.success) {
      setFieldError(t("invalidEmail"));
      return;
    }
    setFieldError(null);
    setPending(true);
    try {
      const result = await signIn("email", {
        email: parsed.data.email,
        callbackUrl,
        redirect: false,
      });
      if (!result || result.error) throw new Error(result?.error ?? "no result");
      router.push("/signin/check-email");
    } catch {
      setFormError(t("failed"));
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? (
        <Alert tone="error" label={tc("alert.error")}>
          {formError}
        </Alert>
      ) : null}
      <Field
        label={t("email")}
        hint={t("emailHint")}
        error={fieldError}
        required
        requiredLabel={tc("required")}
      >
        {(control) => (
          <Input
            {...control}
            name="email"
            type="email"
            autoComplete="email"
            inputMode="email"
            required
          />
        )}
      </Field>
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? t("sending") : t("submit")}
      </Button>
    </form>
  );
}
