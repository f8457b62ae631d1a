import { getTranslations } from "next-intl/server";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table.tsx";
import type { FormState } from "@/lib/forms/form-state.ts";
import { RemoveFacilitatorForm } from "./add-facilitator-form.tsx";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
type Member = {
  id: string;
  role: "OWNER" | "FACILITATOR" | "OBSERVER";
  email: string;
  name: string | null;
  isMe: boolean;
};

export async function TeamTable({ members, remove }: { members: Member[]; remove: Action | null }) {
  const t = await getTranslations("team");
  const tr = await getTranslations("studies.role");
  return (
    <Table caption={t("caption")}>
      <THead>
        <Tr>
          <Th>{t("email")}</Th>
          <Th>{t("role")}</Th>
          {remove ? <Th>{t("actions")}</Th> : null}
        </Tr>
      </THead>
      <TBody>
        {members.map((m) => (
          <Tr key={m.id}>
            <Th scope="row">
              {m.email}
              {m.isMe ? (
                <span className="ml-2 text-sm font-normal text-ink-muted">{t("you")}</span>
              ) : null}
            </Th>
            <Td>{tr(m.role)}</Td>
            {remove ? (
              <Td>
                {m.isMe ? null : (
                  <RemoveFacilitatorForm action={remove} membershipId={m.id} email={m.email} />
                )}
              </Td>
            ) : null}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
