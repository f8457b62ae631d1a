import { describe, expect, it } from "vitest";
import { getTranslator } from "@/lib/i18n/translator.ts";
import { funnelRound, reportData, threeFunnelRounds } from "@/test/support/report-data.ts";
import { composeFlowFigure, flowFigureMarkdown, flowFigureSvg } from "./flow-figure.ts";

// The flow figure from hand-built funnels, and its drawing with every coordinate written
// out: the PDF and the web page inline this SVG, so a box that moves by a pixel, a text that
// wraps one character early or an arrow that points the wrong way is a visible defect.

const t = getTranslator("report.text");
type Funnel = NonNullable<Parameters<typeof reportData>[0]>["funnel"];
const funnel = (over: Funnel) => reportData({ funnel: over }).funnel;

const svgOf = (...steps: string[]) => flowFigureSvg({ title: "Flow", steps });
const textsOf = (svg: string) => [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
const boxHeights = (svg: string) =>
  [...svg.matchAll(/<rect [^>]*height="(\d+)"/g)].map((m) => Number(m[1]));

describe("composing the flow", () => {
  it("has no figure before a round has closed", () => {
    expect(composeFlowFigure(funnel({ invited: 8, accepted: 7 }), t)).toBeUndefined();
    const open = funnel({ invited: 8, rounds: [funnelRound({ number: 1, state: "OPEN" })] });
    expect(composeFlowFigure(open, t)).toBeUndefined();
  });

  it("goes from invitation to acceptance to each closed round, with the moves between rounds", () => {
    // Round 3 is still open: its figures are not final, so it gets no box.
    const rounds = threeFunnelRounds();
    expect(composeFlowFigure(funnel({ invited: 12, accepted: 10, rounds }), t)).toEqual({
      title: "Flow of participants",
      steps: [
        "Invited: 12",
        "Accepted: 10",
        // Round 1 has nothing to come from: no formula and no dangling ": ".
        "Round 1: 8 of 10 answered (80%)",
        "Round 2: 7 of 9 answered (78%): 8 from round 1 − 3 lost + 2 returned after missing a round + 0 newly joined = 7",
      ],
    });
  });

  it("shows a round seated with nobody as a dash, not as 0% or NaN", () => {
    const rounds = [funnelRound({ number: 1 })];
    expect(composeFlowFigure(funnel({ rounds }), t)?.steps).toEqual([
      "Invited: 0",
      "Accepted: 0",
      "Round 1: 0 of 0 answered (—)",
    ]);
  });

  it("leaves the formula out when the previous round is not in the funnel", () => {
    const rounds = [
      funnelRound({
        number: 2,
        seated: 5,
        respondents: 4,
        responseRate: 0.8,
        lost: 1,
        returned: 0,
        joined: 0,
      }),
    ];
    expect(composeFlowFigure(funnel({ rounds }), t)?.steps.at(-1)).toBe(
      "Round 2: 4 of 5 answered (80%)",
    );
  });
});

describe("the flow where a format cannot draw", () => {
  it("reads as the title, then the steps joined by arrows", () => {
    expect(flowFigureMarkdown({ title: "Flow", steps: ["A", "B", "C"] })).toBe(
      "**Flow**\n\nA  \n↓  \nB  \n↓  \nC",
    );
    expect(flowFigureMarkdown({ title: "Flow", steps: ["A"] })).toBe("**Flow**\n\nA");
  });
});

describe("the drawn flow", () => {
  const TEXT =
    'text-anchor="middle" font-family="DejaVuSans, DejaVu Sans, Helvetica, Arial, sans-serif" font-size="13" fill="#0f172a"';
  const BOX = 'rx="6" fill="#f8fafc" stroke="#334155" stroke-width="1.2"/>';

  it("stacks the boxes with an arrow between each pair, sized to their lines", () => {
    const long =
      "Round 2: 7 of 9 answered (78%): 8 from round 1 − 3 lost + 2 returned after missing a round + 0 newly joined = 7";
    // Boxes are 17 px a line plus 10 px padding above and below, 26 px apart; each arrow
    // runs down the middle (x 260) from the box above to a head touching the box below.
    expect(svgOf("Invited: 8", long, "Done")).toBe(
      [
        '<svg xmlns="http://www.w3.org/2000/svg" width="520" height="182" viewBox="0 0 520 182">',
        `<rect x="1" y="1" width="518" height="37" ${BOX}`,
        `<text x="260" y="24" ${TEXT}>Invited: 8</text>`,
        '<line x1="260" y1="38" x2="260" y2="57" stroke="#334155" stroke-width="1.5"/>',
        '<polygon points="255,56 265,56 260,63" fill="#334155"/>',
        `<rect x="1" y="64" width="518" height="54" ${BOX}`,
        `<text x="260" y="87" ${TEXT}>Round 2: 7 of 9 answered (78%): 8 from round 1 − 3 lost + 2</text>`,
        `<text x="260" y="104" ${TEXT}>returned after missing a round + 0 newly joined = 7</text>`,
        '<line x1="260" y1="118" x2="260" y2="137" stroke="#334155" stroke-width="1.5"/>',
        '<polygon points="255,136 265,136 260,143" fill="#334155"/>',
        `<rect x="1" y="144" width="518" height="37" ${BOX}`,
        `<text x="260" y="167" ${TEXT}>Done</text>`,
        "</svg>",
      ].join(""),
    );
  });

  it("draws a single step as one box and no arrow", () => {
    expect(svgOf("Invited: 8")).toBe(
      [
        '<svg xmlns="http://www.w3.org/2000/svg" width="520" height="39" viewBox="0 0 520 39">',
        `<rect x="1" y="1" width="518" height="37" ${BOX}`,
        `<text x="260" y="24" ${TEXT}>Invited: 8</text>`,
        "</svg>",
      ].join(""),
    );
  });

  it("fills a line up to 66 characters and not one more", () => {
    const [a32, a33, b32, b33] = ["a".repeat(32), "a".repeat(33), "b".repeat(32), "b".repeat(33)];
    // 32 + 1 + 33 = 66: still one line; the next word starts the second.
    expect(textsOf(svgOf(`${a32} ${b33} z`))).toEqual([`${a32} ${b33}`, "z"]);
    // 33 + 1 + 33 = 67: one too many.
    expect(textsOf(svgOf(`${a33} ${b33}`))).toEqual([a33, b33]);
    expect(boxHeights(svgOf(`${a33} ${b33}`))).toEqual([54]);
    // A full line followed by a trailing space must not add an empty last line.
    expect(textsOf(svgOf(`${a33} ${b32} `))).toEqual([`${a33} ${b32}`]);
    expect(boxHeights(svgOf(`${a33} ${b32} `))).toEqual([37]);
  });

  it("keeps a word longer than a line whole, on its own line", () => {
    const word = "w".repeat(70);
    expect(textsOf(svgOf(word))).toEqual([word]);
    expect(textsOf(svgOf(`Hi ${word} there`))).toEqual(["Hi", word, "there"]);
  });

  it("collapses runs of spaces, tabs and line breaks into single spaces", () => {
    expect(textsOf(svgOf("Invited:  8\n\tsince  June"))).toEqual(["Invited: 8 since June"]);
  });

  it("draws an empty step as an empty box of padding only", () => {
    const svg = svgOf("", "A");
    expect(textsOf(svg)).toEqual(["A"]);
    expect(boxHeights(svg)).toEqual([20, 37]);
  });

  it("escapes every character that could break out of the markup, wherever it occurs", () => {
    expect(textsOf(svgOf(`Tom's <b> & "q" << 'x' &&`))).toEqual([
      "Tom&#39;s &#60;b&#62; &#38; &#34;q&#34; &#60;&#60; &#39;x&#39; &#38;&#38;",
    ]);
  });

  it("draws one box per step with arrows between them, and lets no script through", () => {
    const svg = svgOf("Invited: 8", `Accepted: 7 <script>alert("x")</script> & more`, "Round 1");
    expect(svg.match(/<rect /g)).toHaveLength(3);
    expect(svg.match(/<polygon /g)).toHaveLength(2);
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; more");
  });
});
