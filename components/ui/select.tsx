import type { ComponentProps } from "react";
import { controlClasses } from "@/components/ui/input.tsx";
import { cx } from "@/components/ui/cx.ts";

/** A native select; pass <option> elements as children. */
export function Select({ className, ...props }: ComponentProps<"select">) {
  return <select className={cx(controlClasses, "pr-8", className)} {...props} />;
}
