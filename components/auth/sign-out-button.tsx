"use client";

import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button.tsx";

export function SignOutButton({ label }: { label: string }) {
  return (
    <Button variant="ghost" size="sm" onClick={() => void signOut({ callbackUrl: "/" })}>
      {label}
    </Button>
  );
}
