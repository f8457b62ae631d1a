import { describe, expect, it } from "vitest";
import { safeAuthoredMarkdown } from "./markdown.ts";

// Issue 15: report.md passed the facilitators' raw <script> and javascript: links through.

describe("Markdown written by facilitators, in the downloaded report", () => {
  it("shows raw HTML as text", () => {
    expect(
      safeAuthoredMarkdown("Hi <script>alert(1)</script> and <img src=x onerror=alert(1)>"),
    ).toBe("Hi &lt;script>alert(1)&lt;/script> and &lt;img src=x onerror=alert(1)>");
    expect(safeAuthoredMarkdown("<!-- c --> a < b, 3<4")).toBe("&lt;!-- c --> a < b, 3<4");
  });

  it("drops unsafe link and image addresses and keeps safe ones", () => {
    expect(
      safeAuthoredMarkdown("[x](javascript:alert(1)) [y](JavaScript:void) ![i](data:text/html,x)"),
    ).toBe("[x](#)) [y](#) ![i](#)");
    expect(
      safeAuthoredMarkdown("[ok](https://example.org) [m](mailto:a@b.c) [r](/s/x) [a](#top)"),
    ).toBe("[ok](https://example.org) [m](mailto:a@b.c) [r](/s/x) [a](#top)");
    expect(safeAuthoredMarkdown("[ref]: vbscript:msgbox\n[ok]: https://example.org")).toBe(
      "[ref]: #\n[ok]: https://example.org",
    );
    expect(safeAuthoredMarkdown("<javascript:alert(1)>")).toBe("&lt;javascript:alert(1)>");
  });
});
