import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge.tsx";
import { EmptyState } from "@/components/ui/empty-state.tsx";
import type {
  FeedbackDigest,
  FeedbackGroup,
  FeedbackItem,
} from "@/lib/feedback/list-feedback-digest.ts";
import type { DigestFilter } from "@/lib/feedback/schemas.ts";
import type { FormState } from "@/lib/forms/form-state.ts";
import { FeedbackFilterForm } from "./feedback-filter-form.tsx";
import { FeedbackNoteForm } from "./feedback-note-form.tsx";
import { QuoteButton } from "./quote-button.tsx";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const THEME_LIST_ID = "feedback-theme-list";

/** Everything the panel said in a round, by part. Facilitators' page: authors are shown. */
export async function FeedbackDigestView(props: {
  studyId: string;
  number: number;
  digest: FeedbackDigest;
  filter: DigestFilter;
  /** Null for observers, who read but do not annotate or quote. */
  actions: { note: Action; quote: Action } | null;
}) {
  const t = await getTranslations("feedback");
  const { digest } = props;
  const shown = digest.groups.reduce((n, g) => n + g.items.length, 0);
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h2 className="text-2xl">{t("title", { number: props.number })}</h2>
        <p className="text-ink-muted">{t("intro")}</p>
        <p className="flex flex-wrap gap-x-6">
          <Link href={`/studies/${props.studyId}/rounds/${props.number}/results`}>
            {t("toResults")}
          </Link>
          <Link href={`/studies/${props.studyId}/rounds/${props.number}/summary`}>
            {t("toSummary")}
          </Link>
        </p>
      </header>
      <FeedbackFilterForm filter={props.filter} themes={digest.themes} />
      <p role="status">{t("showing", { shown, total: digest.total })}</p>
      <datalist id={THEME_LIST_ID}>
        {digest.themes.map((theme) => (
          <option key={theme} value={theme} />
        ))}
      </datalist>
      {digest.total === 0 ? (
        <EmptyState headingLevel="h3" title={t("emptyTitle")} description={t("emptyBody")} />
      ) : (
        digest.groups
          .filter((g) => g.items.length > 0)
          .map((group) => <Group key={group.part} group={group} actions={props.actions} />)
      )}
    </div>
  );
}

async function Group({
  group,
  actions,
}: {
  group: FeedbackGroup;
  actions: { note: Action; quote: Action } | null;
}) {
  const t = await getTranslations("feedback");
  const title =
    group.part === "text"
      ? t("part.text")
      : group.part === "comments"
        ? t("part.comments")
        : t("part.clause", { number: group.clauseNumber ?? 0 });
  const headingId = `group-${group.part}`;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <h3 id={headingId} className="text-xl">
        {title} <span className="text-base font-normal text-ink-muted">({group.items.length})</span>
      </h3>
      {group.wording && group.part !== "text" ? (
        <p className="border-l-4 border-line-strong pl-3 text-ink-muted">{group.wording}</p>
      ) : null}
      <ul className="flex flex-col gap-3">
        {group.items.map((item) => (
          <li key={item.responseId} className="rounded-lg border border-line bg-surface p-4">
            <Item
              item={item}
              label={`${title}, ${item.author}`}
              actions={actions}
              isComment={group.part === "comments"}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

async function Item(props: {
  item: FeedbackItem;
  label: string;
  isComment: boolean;
  actions: { note: Action; quote: Action } | null;
}) {
  const t = await getTranslations("feedback");
  const { item, actions } = props;
  return (
    <article aria-label={props.label} className="flex flex-col gap-3">
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-semibold">{item.author}</span>
        {item.position ? (
          <Badge tone={item.position === "CANNOT_LIVE_WITH" ? "warning" : "success"}>
            {t(`position.${item.position}`)}
          </Badge>
        ) : null}
        {item.addressed ? <Badge tone="info">{t("addressed")}</Badge> : null}
        {item.themes.map((theme) => (
          <Badge key={theme}>{theme}</Badge>
        ))}
      </p>
      {item.reason ? (
        <div>
          <p className="text-sm font-medium">{props.isComment ? t("comment") : t("reason")}</p>
          <p className="whitespace-pre-line">{item.reason}</p>
        </div>
      ) : null}
      {item.suggestion ? (
        <div>
          <p className="text-sm font-medium">{t("suggestion")}</p>
          <p className="whitespace-pre-line">{item.suggestion}</p>
        </div>
      ) : null}
      {actions ? (
        <>
          <div className="flex flex-wrap gap-3">
            {item.reason ? (
              <QuoteButton
                action={actions.quote}
                responseId={item.responseId}
                part={item.part}
                field="reason"
                label={props.isComment ? t("quoteComment") : t("quoteReason")}
              />
            ) : null}
            {item.suggestion ? (
              <QuoteButton
                action={actions.quote}
                responseId={item.responseId}
                part={item.part}
                field="suggestion"
                label={t("quoteSuggestion")}
              />
            ) : null}
          </div>
          <FeedbackNoteForm
            action={actions.note}
            responseId={item.responseId}
            part={item.part}
            themes={item.themes}
            addressed={item.addressed}
            itemLabel={props.label}
            themeListId={THEME_LIST_ID}
          />
        </>
      ) : null}
    </article>
  );
}
