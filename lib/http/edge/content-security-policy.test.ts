import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScripts, isFrameworkScript, pagePolicy } from "./content-security-policy.ts";

const sha = (s: string) => `'sha256-${crypto.createHash("sha256").update(s).digest("base64")}'`;

describe("the page's Content-Security-Policy", () => {
  it("hashes the inline scripts Next.js writes, by their exact shape", () => {
    const boot =
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[94553]});';
    const init = "(self.__next_f=self.__next_f||[]).push([0])";
    const push = 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n<\\u002fscript>"])';
    // After a form posted without JavaScript: the action's result as JSON.
    const formState = `${init};self.__next_f.push([2,[{"status":"error","values":{"a":"b;c"}},"k",null]])`;
    for (const source of [boot, init, push, formState])
      expect(isFrameworkScript(source)).toBe(true);
    const html = `<html><script src="/_next/a.js" async=""></script><script id="_R_">${boot}</script><script>${init}</script><script>${push}</script></html>`;
    expect(inlineScripts(html)).toEqual({ hashes: [sha(boot), sha(init), sha(push)], refused: [] });
  });

  it("gives no hash to any other inline script, however close to a framework one", () => {
    const injected = [
      "alert(document.cookie)",
      'self.__next_f.push([1,"x"]);alert(1)',
      'self.__next_f.push([1,"x"+alert(1)])',
      "self.__next_f.push([2,[1]]);alert(1);self.__next_f.push([2,[1]])",
      "(self.__next_f=self.__next_f||[]).push([0]);alert(1)",
      'self.__next_f.push(["x"])',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[alert(1)]})',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"a":{"toString":1}})',
    ];
    for (const source of injected) expect(isFrameworkScript(source)).toBe(false);
    const html = injected.map((s) => `<script>${s}</script>`).join("");
    const scripts = inlineScripts(html);
    expect(scripts.hashes).toEqual([]);
    expect(scripts.refused).toHaveLength(injected.length);
  });

  it("forbids framing, base tags, plugins and posting elsewhere; eval only in development", () => {
    const production = pagePolicy(["'sha256-x'"], { https: true, dev: false });
    expect(production).toContain("script-src 'self' 'sha256-x'");
    for (const directive of [
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "object-src 'none'",
      "form-action 'self'",
      "upgrade-insecure-requests",
    ])
      expect(production).toContain(directive);
    expect(production).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(pagePolicy([], { https: false, dev: true })).toContain("'unsafe-eval'");
  });
});
