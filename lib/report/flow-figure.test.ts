import { describe, expect, it } from "vitest";
import { flowFigureMarkdown, flowFigureSvg } from "./flow-figure.ts";

describe("the participation flow figure", () => {
  it("draws one box per step with arrows between them, and escapes every text", () => {
    const svg = flowFigureSvg({
      title: "Flow",
      steps: ["Invited: 8", `Accepted: 7 <script>alert("x")</script> & more`, "Round 1: 6 of 7"],
    });
    expect(svg.match(/<rect /g)).toHaveLength(3);
    expect(svg.match(/<polygon /g)).toHaveLength(2);
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; more");
  });

  it("wraps a long step onto several lines inside a taller box", () => {
    const long = "Round 2: 6 of 8 answered (75%), 1 lost since the previous round, and more words";
    const svg = flowFigureSvg({ title: "Flow", steps: [long] });
    expect(svg.match(/<text /g)!.length).toBeGreaterThan(1);
    expect(Number(/<rect [^>]*height="(\d+)"/.exec(svg)![1])).toBeGreaterThan(40);
  });

  it("reads as steps joined by arrows where a format cannot draw", () => {
    expect(flowFigureMarkdown({ title: "Flow", steps: ["A", "B"] })).toBe(
      "**Flow**\n\nA  \n↓  \nB",
    );
  });
});
