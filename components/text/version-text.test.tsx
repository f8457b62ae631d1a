import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { VersionText } from "./version-text.tsx";

const render = (props: Parameters<typeof VersionText>[0]) =>
  renderToStaticMarkup(<VersionText {...props} />);

describe("VersionText", () => {
  it("renders the explanatory text as Markdown, without raw HTML", () => {
    const html = render({
      explanatoryText:
        "Read **this** first, see [the site](https://example.org).\n\n<script>x()</script>",
      clauses: [],
    });
    expect(html).toContain("<strong>this</strong>");
    expect(html).toContain('href="https://example.org"');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<ol");
  });

  it("renders clause texts as inert text, never as Markdown or HTML", () => {
    const html = render({
      explanatoryText: "",
      clauses: [
        { id: "a", position: 1, text: '<script>alert(1)</script><img src=x onerror="y()">' },
        { id: "b", position: 2, text: "**not bold** and [not a link](javascript:alert(1))" },
      ],
    });
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<strong>");
    expect(html).not.toContain("<a ");
    expect(html).toContain("**not bold** and [not a link](javascript:alert(1))");
  });

  it("numbers the clauses by their positions, whatever order they come in", () => {
    const html = render({
      explanatoryText: "",
      clauses: [
        { id: "c", position: 3, text: "Third" },
        { id: "a", position: 1, text: "First" },
        { id: "b", position: 2, text: "Second" },
      ],
    });
    const items = [...html.matchAll(/<li value="(\d+)"[^>]*>([^<]*)<\/li>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(items).toEqual([
      ["1", "First"],
      ["2", "Second"],
      ["3", "Third"],
    ]);
  });
});
