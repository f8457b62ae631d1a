import { useTranslations } from "next-intl";
import { ButtonLink } from "@/components/ui/button.tsx";
import { Card, CardTitle } from "@/components/ui/card.tsx";

const steps = ["prepare", "respond", "rounds", "summarise"] as const;
const principles = ["history", "anonymity", "protocol"] as const;

// Public and static: no data access, so it renders without a database.
export default function HomePage() {
  const t = useTranslations("home");
  return (
    <div className="flex flex-col gap-16">
      <section aria-labelledby="home-title" className="flex flex-col gap-6 pt-4 sm:pt-10">
        <h1 id="home-title" className="max-w-3xl text-3xl sm:text-4xl">
          {t("title")}
        </h1>
        <p className="text-lg text-ink-muted">{t("lead")}</p>
        <div className="flex flex-col items-start gap-3">
          <ButtonLink href="/signin" size="lg">
            {t("ctaSignIn")}
          </ButtonLink>
          <p className="text-sm text-ink-muted">{t("ctaNote")}</p>
        </div>
      </section>

      <section aria-labelledby="how-title" className="flex flex-col gap-6">
        <h2 id="how-title" className="text-2xl">
          {t("howItWorks.title")}
        </h2>
        <ol className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          {steps.map((step, index) => (
            <Card as="li" key={step} className="flex gap-4">
              <span
                aria-hidden="true"
                className="flex size-8 shrink-0 items-center justify-center rounded-full bg-accent-soft font-semibold text-accent-strong"
              >
                {index + 1}
              </span>
              <div>
                <CardTitle as="h3">{t(`howItWorks.steps.${step}.title`)}</CardTitle>
                <p className="text-ink-muted">{t(`howItWorks.steps.${step}.body`)}</p>
              </div>
            </Card>
          ))}
        </ol>
      </section>

      <section aria-labelledby="principles-title" className="flex flex-col gap-6">
        <h2 id="principles-title" className="text-2xl">
          {t("principles.title")}
        </h2>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
          {principles.map((principle) => (
            <Card as="section" key={principle}>
              <CardTitle as="h3">{t(`principles.${principle}.title`)}</CardTitle>
              <p className="text-ink-muted">{t(`principles.${principle}.body`)}</p>
            </Card>
          ))}
        </div>
      </section>

      <section
        aria-labelledby="closing-title"
        className="flex flex-col items-start gap-4 rounded-lg bg-accent-soft p-6 sm:p-8"
      >
        <h2 id="closing-title" className="text-2xl">
          {t("closing.title")}
        </h2>
        <p>{t("closing.body")}</p>
        <ButtonLink href="/signin">{t("ctaSignIn")}</ButtonLink>
      </section>
    </div>
  );
}
