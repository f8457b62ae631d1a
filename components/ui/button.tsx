import Link from "next/link";
import type { ComponentProps } from "react";
import { cx } from "@/components/ui/cx.ts";

export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";
export type ButtonSize = "sm" | "md" | "lg";

type StyleProps = { variant?: ButtonVariant; size?: ButtonSize; fullWidth?: boolean };

const base =
  "inline-flex items-center justify-center gap-2 rounded-md border font-medium " +
  "transition-colors select-none " +
  "disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60";

// Secondary is outlined and ghost underlined, so they stay apart from the filled variants in
// grayscale; primary and danger differ in hue only, so a danger button's label must say what it does.
const variants: Record<ButtonVariant, string> = {
  primary:
    "no-underline border-accent bg-accent text-on-accent hover:border-accent-strong hover:bg-accent-strong hover:text-on-accent",
  secondary:
    "no-underline border-line-strong bg-surface text-ink hover:bg-surface-muted hover:text-ink",
  danger:
    "no-underline border-danger bg-danger text-white hover:border-danger-strong hover:bg-danger-strong hover:text-white",
  ghost:
    "border-transparent bg-transparent text-accent underline hover:bg-accent-soft hover:text-accent-strong",
};

const sizes: Record<ButtonSize, string> = {
  sm: "min-h-8 px-3 py-1 text-sm",
  md: "min-h-10 px-4 py-2 text-base",
  lg: "min-h-12 px-5 py-2.5 text-lg",
};

export function buttonClasses({ variant = "primary", size = "md", fullWidth }: StyleProps = {}) {
  return cx(base, variants[variant], sizes[size], fullWidth && "w-full");
}

export type ButtonProps = ComponentProps<"button"> & StyleProps;

/** Defaults to type="button"; pass type="submit" explicitly in forms. */
export function Button({ variant, size, fullWidth, className, type, ...props }: ButtonProps) {
  return (
    <button
      type={type ?? "button"}
      className={cx(buttonClasses({ variant, size, fullWidth }), className)}
      {...props}
    />
  );
}

export type ButtonLinkProps = ComponentProps<typeof Link> & StyleProps;

/** A navigation link that looks like a button. */
export function ButtonLink({ variant, size, fullWidth, className, ...props }: ButtonLinkProps) {
  return <Link className={cx(buttonClasses({ variant, size, fullWidth }), className)} {...props} />;
}
