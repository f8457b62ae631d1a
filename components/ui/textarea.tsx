import type { ComponentProps } from "react";
import { controlClasses } from "@/components/ui/input.tsx";
import { cx } from "@/components/ui/cx.ts";

export function Textarea({ className, rows, ...props }: ComponentProps<"textarea">) {
  return (
    <textarea rows={rows ?? 4} className={cx(controlClasses, "resize-y", className)} {...props} />
  );
}
