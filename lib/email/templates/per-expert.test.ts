import { describe, expect, it } from "vitest";
import { invitationEmail } from "./invitation.ts";
import { perExpert } from "./per-expert.ts";
import { roundOpenedEmail } from "./round.ts";

describe("perExpert: a panel's message rendered once, filled in per expert", () => {
  it("gives each expert exactly the message rendered for them alone", () => {
    const shared = { studyTitle: "Study <A & B>", purpose: "Why 'we' ask" };
    const render = perExpert(invitationEmail, shared);
    for (const expert of [
      { name: "Ann O'Hara <ann>", url: "https://x.org/respond/abc?d=1&e=2" },
      { name: "Bob $& $1 Smith", url: "https://x.org/respond/def" },
    ]) {
      expect(render(expert)).toEqual(invitationEmail({ ...shared, ...expert }));
    }
    const closesAt = new Date("2027-01-02T10:00:00Z");
    const opened = perExpert(roundOpenedEmail, { studyTitle: "T", roundNumber: 2, closesAt });
    const expert = { name: "Zoë", url: "https://x.org/respond/ghi" };
    expect(opened(expert)).toEqual(
      roundOpenedEmail({ studyTitle: "T", roundNumber: 2, closesAt, ...expert }),
    );
  });
});
