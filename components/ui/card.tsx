import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx.ts";

export type CardProps = {
  children: ReactNode;
  as?: "div" | "section" | "article" | "li";
  className?: string;
};

export function Card({ children, as: Tag = "div", className }: CardProps) {
  return (
    <Tag className={cx("rounded-lg border border-line bg-surface p-5 shadow-xs", className)}>
      {children}
    </Tag>
  );
}

export type CardTitleProps = {
  children: ReactNode;
  as?: "h2" | "h3" | "h4";
  className?: string;
};

export function CardTitle({ children, as: Tag = "h2", className }: CardTitleProps) {
  return <Tag className={cx("mb-2 text-lg", className)}>{children}</Tag>;
}
