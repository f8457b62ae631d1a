import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LocalTime } from "./local-time.tsx";

describe("LocalTime", () => {
  // Bug: combining dateStyle with timeZoneName threw "Invalid option" and broke the round page.
  it("renders a deadline with its zone named, without throwing", () => {
    const html = renderToStaticMarkup(<LocalTime iso="2027-03-01T16:30:00.000Z" />);
    expect(html).toContain('dateTime="2027-03-01T16:30:00.000Z"');
    expect(html).toContain("1 March 2027");
    expect(html).toContain("16:30");
    expect(html).toContain("(UTC)");
  });
});
