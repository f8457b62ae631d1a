import { describe, expect, it } from "vitest";
import { apaCitation, bibtexCitation } from "./citation.ts";

const input = {
  title: "Micro-credentials: a 50% {shared} definition.",
  slug: "micro-credentials",
  version: 2,
  date: new Date("2026-11-28T10:00:00Z"),
  url: "https://livewith.example/s/micro-credentials/v/2",
};

describe("citations", () => {
  it("gives an APA reference with version, year, publisher and URL", () => {
    expect(apaCitation(input)).toBe(
      "Micro-credentials: a 50% {shared} definition (Version 2). (2026). Livewith. https://livewith.example/s/micro-credentials/v/2",
    );
  });

  it("gives a BibTeX entry with TeX's special characters escaped", () => {
    const entry = bibtexCitation(input);
    expect(entry.split("\n")[0]).toBe("@misc{micro-credentials-v2,");
    expect(entry).toContain("title = {{Micro-credentials: a 50\\% \\{shared\\} definition.}},");
    expect(entry).toContain("year = {2026},");
    expect(entry).toContain("version = {2},");
    expect(entry).toContain("url = {https://livewith.example/s/micro-credentials/v/2},");
    expect(entry.endsWith("}")).toBe(true);
    expect(bibtexCitation({ ...input, title: "a\\b ~c" })).toContain(
      "title = {{a\\textbackslash{}b \\textasciitilde{}c}},",
    );
  });
});
