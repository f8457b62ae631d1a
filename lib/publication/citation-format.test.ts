import { describe, expect, it } from "vitest";
import { apaCitation, bibtexCitation } from "./citation.ts";

// The details of "Cite this" that a reference manager would choke on or show wrongly:
// stray spaces and dots around the title, an odd slug as the BibTeX key, the month
// (JavaScript counts months from 0), the publisher and TeX's caret.

const input = {
  title: "  Green labs: x^2 tools...  ",
  slug: "green labs & co",
  version: 3,
  date: new Date("2026-11-28T10:00:00Z"),
  url: "https://livewith.example/s/green-labs/v/3",
};

describe("citation details", () => {
  it("trims spaces on both sides and every trailing dot from the APA title", () => {
    expect(apaCitation(input)).toBe(
      "Green labs: x^2 tools (Version 3). (2026). Livewith. https://livewith.example/s/green-labs/v/3",
    );
    expect(apaCitation({ ...input, title: "Green labs. . ." })).toMatch(/^Green labs \(Version/);
  });

  it("makes one dash of each run of other characters in the BibTeX key", () => {
    expect(bibtexCitation(input).split("\n")[0]).toBe("@misc{green-labs-co-v3,");
  });

  it("gives the title trimmed, the caret escaped, the month from 1 and the publisher", () => {
    const lines = bibtexCitation(input).split("\n");
    expect(lines).toContain("  title = {{Green labs: x\\textasciicircum{}2 tools...}},");
    expect(lines).toContain("  month = {11},");
    expect(bibtexCitation({ ...input, date: new Date("2026-01-05T00:00:00Z") })).toContain(
      "  month = {1},",
    );
    expect(lines).toContain("  publisher = {Livewith},");
  });
});
