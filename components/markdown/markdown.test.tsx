import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "./markdown.tsx";

const render = (source: string) => renderToStaticMarkup(<Markdown source={source} />);

describe("Markdown rendering", () => {
  it("renders formatting and lists", () => {
    const html = render("Some **bold** text\n\n1. one\n2. two");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toMatch(/<ol>\s*<li>one<\/li>/);
  });

  it("drops raw HTML, so scripts and event handlers never reach the page", () => {
    const html = render('Hello <script>alert(1)</script><img src=x onerror="alert(2)"> <b>raw</b>');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("onerror");
    expect(html).not.toContain("<b>");
  });

  it("neutralises javascript: links and opens links without a referrer", () => {
    const html = render("[click](javascript:alert(1)) and [site](https://example.org)");
    expect(html).not.toContain("javascript:");
    expect(html).toContain('href="https://example.org"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
  });
});
