import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages.tsx";

// The facilitators' workspace: its forms use most of the catalog.
export default function FacilitatorLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces="workspace">{children}</ClientMessages>;
}
