// The expert's response form as the benchmark drives it: loaded like a browser, then sent
// as the page sends it (with or without JavaScript), each request from another client.
// @ts-expect-error -- React's Flight client ships without types; Next's client uses it too.
import { encodeReply } from "next/dist/compiled/react-server-dom-turbopack/client.node.js";

export type Sample = { ms: number; ok: boolean };

// Each request comes from another client address behind one trusted proxy hop, as a
// panel does, so the per-address request budget measures its cost without refusing.
let visitor = 0;
const nextVisitor = () => `198.18.${(visitor >> 8) & 255}.${visitor++ & 255}`;

const entities: Record<string, string> = {
  quot: '"',
  amp: "&",
  lt: "<",
  gt: ">",
  "#39": "'",
  "#x27": "'",
};
const decode = (s: string) =>
  s.replace(/&(quot|amp|lt|gt|#39|#x27);/g, (_, e: string) => entities[e]!);

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/\s([a-zA-Z:-]+)(?:="([^"]*)")?/g)) out[m[1]!] = decode(m[2] ?? "");
  return out;
}

/**
 * The response form as a browser without JavaScript would send it: its hidden fields
 * (the revision and the server action's reference and bound arguments), "can live with"
 * for every part and overall, and the submit button's intent.
 */
export async function loadForm(base: string, path: string): Promise<[string, string][]> {
  const res = await fetch(base + path, { headers: { "x-forwarded-for": nextVisitor() } });
  const html = await res.text();
  if (!res.ok) throw new Error(`${res.status} for the response page`);
  const at = html.indexOf('name="revision"');
  const form = html.slice(html.lastIndexOf("<form", at), html.indexOf("</form>", at));
  const fields: [string, string][] = [];
  for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
    const a = attributes(tag);
    if (!a.name) continue;
    if (a.type === "hidden") fields.push([a.name, a.value ?? ""]);
    else if (a.type === "radio" && a.value === "CAN_LIVE_WITH") fields.push([a.name, a.value]);
  }
  if (!fields.some(([n]) => n.startsWith("$ACTION")))
    throw new Error("no server action in the form");
  fields.push(["intent", "submit"]);
  return fields;
}

export type Form = { token: string; fields: [string, string][] };

/**
 * A submission as the expert's browser sends it. With JavaScript (the default), the form's
 * action is called the way Next's client calls a server action: a POST to the page with the
 * action's id in the `Next-Action` header and its arguments (the bound token and round, the
 * form's previous state, the form data) encoded by React's own `encodeReply`. Without
 * JavaScript, the form itself is posted with the action's hidden fields.
 */
export async function submit(
  base: string,
  mode: "js" | "nojs",
  path: string,
  form: Form,
  /** The app's public origin, when `base` is one of several servers behind it. */
  origin: string = base,
): Promise<Sample> {
  if (mode === "nojs") return post(origin, base + path, form.fields);
  const entries = form.fields.filter(([n]) => !n.startsWith("$ACTION"));
  const ref = form.fields.find(([n]) => /^\$ACTION_\d+:0$/.test(n));
  const { id } = JSON.parse(ref![1]) as { id: string };
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  const body = (await encodeReply([form.token, 1, { status: "idle" }, data])) as FormData;
  return post(origin, base + path, [...body.entries()] as [string, string][], {
    accept: "text/x-component",
    "next-action": id,
  });
}

/** A POST from a fresh client address; `base` is the app, whose origin the browser sends. */
export async function post(
  base: string,
  target: string,
  fields: [string, string][],
  headers: Record<string, string> = {},
): Promise<Sample> {
  const body = new FormData();
  for (const [k, v] of fields) body.append(k, v);
  const start = performance.now();
  try {
    const res = await fetch(target, {
      method: "POST",
      body,
      redirect: "manual",
      // The host a load balancer forwards: the public one, whichever server answers.
      headers: {
        origin: base,
        "x-forwarded-host": new URL(base).host,
        "x-forwarded-for": nextVisitor(),
        ...headers,
      },
    });
    await res.arrayBuffer();
    return { ms: performance.now() - start, ok: res.status < 400 };
  } catch {
    return { ms: performance.now() - start, ok: false };
  }
}
