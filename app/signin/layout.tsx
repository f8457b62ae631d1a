import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages.tsx";
import { SIGN_IN_NAMESPACES } from "@/lib/i18n/client-namespaces.ts";

export default function SignInLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={SIGN_IN_NAMESPACES}>{children}</ClientMessages>;
}
