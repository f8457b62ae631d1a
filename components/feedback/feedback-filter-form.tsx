import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button.tsx";
import { Select } from "@/components/ui/select.tsx";
import { FEEDBACK_POSITIONS, type DigestFilter } from "@/lib/feedback/schemas.ts";

/** A GET form: filters live in the address, so they work without JavaScript and can be shared. */
export async function FeedbackFilterForm({
  filter,
  themes,
}: {
  filter: DigestFilter;
  themes: string[];
}) {
  const t = await getTranslations("feedback.filter");
  return (
    <form
      method="get"
      className="flex flex-wrap items-end gap-4 rounded-lg border border-line bg-surface p-4"
    >
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-position" className="text-sm font-medium">
          {t("position")}
        </label>
        <Select id="filter-position" name="position" defaultValue={filter.position}>
          {FEEDBACK_POSITIONS.map((p) => (
            <option key={p} value={p}>
              {t(`positions.${p}`)}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-theme" className="text-sm font-medium">
          {t("theme")}
        </label>
        <Select id="filter-theme" name="theme" defaultValue={filter.theme}>
          <option value="">{t("anyTheme")}</option>
          {themes.map((theme) => (
            <option key={theme} value={theme}>
              {theme}
            </option>
          ))}
        </Select>
      </div>
      <label className="flex min-h-10 items-center gap-2 text-sm">
        <input
          type="checkbox"
          name="open"
          value="1"
          defaultChecked={filter.open}
          className="size-5"
        />
        {t("openOnly")}
      </label>
      <Button type="submit" variant="secondary">
        {t("apply")}
      </Button>
    </form>
  );
}
