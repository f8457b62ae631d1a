import { useTranslations } from "next-intl";
import { Spinner } from "@/components/ui/spinner.tsx";

export default function Loading() {
  const t = useTranslations("common");
  return (
    <div className="flex justify-center py-16">
      <Spinner label={t("loading")} size="lg" />
    </div>
  );
}
