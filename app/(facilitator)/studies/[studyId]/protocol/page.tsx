import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { studyPageMetadata, type StudyPageParams } from "@/lib/studies/study-page-metadata.ts";
import { DeviationList } from "@/components/protocol/deviation-list.tsx";
import { ProtocolForm } from "@/components/protocol/protocol-form.tsx";
import { Card } from "@/components/ui/card.tsx";
import { getProtocol } from "@/lib/protocol/get-protocol.ts";
import { loadStudyPage } from "@/lib/studies/load-study-page.ts";
import { updateProtocolAction } from "./actions.ts";
import { can } from "@/lib/auth/permissions.ts";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: { params: StudyPageParams }): Promise<Metadata> {
  return studyPageMetadata(props.params, (await getTranslations("protocol"))("metaTitle"));
}

function protocolValues({
  deviations: _d,
  protocolLockedAt: _l,
  ...values
}: Awaited<ReturnType<typeof getProtocol>>) {
  return values;
}

export default async function ProtocolPage(props: { params: Promise<{ studyId: string }> }) {
  const { studyId } = await props.params;
  const { db, access, study } = await loadStudyPage(studyId, "/protocol");
  const protocol = await getProtocol(db, access);
  const t = await getTranslations("protocol");
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
      <Card className="lg:col-span-2">
        <h2 className="mb-1 text-xl font-semibold">{t("title")}</h2>
        <p className="mb-5 text-ink-muted">
          {protocol.protocolLockedAt ? t("lockedIntro") : t("intro")}
        </p>
        <ProtocolForm
          action={updateProtocolAction.bind(null, studyId)}
          protocol={protocolValues(protocol)}
          locked={protocol.protocolLockedAt !== null}
          readOnly={!can(study.role, "study.edit")}
        />
      </Card>
      <Card>
        <h2 className="mb-3 text-xl font-semibold">{t("deviationsTitle")}</h2>
        <DeviationList deviations={protocol.deviations} />
      </Card>
    </div>
  );
}
