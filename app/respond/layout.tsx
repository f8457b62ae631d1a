import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages.tsx";
import { EXPERT_NAMESPACES } from "@/lib/i18n/client-namespaces.ts";

// The expert's pages send only their own messages: they are opened on phones and slow links.
export default function ExpertLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={EXPERT_NAMESPACES}>{children}</ClientMessages>;
}
