// Where did a server spend its CPU during a benchmark's bursts? Reads a V8 .cpuprofile
// (node --cpu-prof, as bench/submissions.ts writes with BENCH_PROFILE_DIR) and, when given,
// the bursts' time windows (bursts.json, same directory), keeps only the samples taken inside
// the windows whose label starts with the filter, and prints the busy time, the self time by
// package and the functions with the most self and inclusive time.
//
//   npm run bench:profile -- /tmp/prof/CPU.<…>.cpuprofile [/tmp/prof/bursts.json] [app]
import { readFileSync } from "node:fs";

type Frame = { functionName: string; url: string; lineNumber: number };
type Node = { id: number; callFrame: Frame; children?: number[] };
type Profile = { nodes: Node[]; startTime: number; samples: number[]; timeDeltas: number[] };
type Window = { label: string; from: number; to: number };

const [profilePath, windowsPath, labelPrefix = "app"] = process.argv.slice(2);
if (!profilePath) throw new Error("usage: profile-summary <file.cpuprofile> [bursts.json] [label]");
const profile = JSON.parse(readFileSync(profilePath, "utf8")) as Profile;
const windows = windowsPath
  ? (JSON.parse(readFileSync(windowsPath, "utf8")) as Window[]).filter((w) =>
      w.label.startsWith(labelPrefix),
    )
  : null;

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parents = new Map<number, number>();
for (const n of profile.nodes) for (const child of n.children ?? []) parents.set(child, n.id);

/** A package name, a Node built-in or a path in the project: what a reader can act on. */
function where(url: string): string {
  if (!url) return "(V8, native)";
  const dependency = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (dependency) return dependency[1]!;
  if (url.startsWith("node:")) return "node:" + url.slice(5).split("/")[0];
  return url.replace(/^file:\/\/.*?\/(\.next|lib|app|components|server\.ts)/, "$1");
}
const label = (f: Frame) => `${f.functionName || "(anonymous)"} ${where(f.url)}:${f.lineNumber}`;

const selfByPlace = new Map<string, number>();
const selfByFunction = new Map<string, number>();
const inclusive = new Map<string, number>();
const add = (map: Map<string, number>, key: string, micros: number) =>
  map.set(key, (map.get(key) ?? 0) + micros);

let clock = profile.startTime;
let busy = 0;
for (let i = 0; i < profile.samples.length; i++) {
  clock += profile.timeDeltas[i]!;
  const micros = profile.timeDeltas[i + 1] ?? 0; // a sample stands for the time until the next
  if (windows && !windows.some((w) => clock >= w.from && clock <= w.to)) continue;
  const node = nodes.get(profile.samples[i]!)!;
  if (node.callFrame.functionName === "(idle)") continue;
  busy += micros;
  add(selfByPlace, where(node.callFrame.url), micros);
  add(selfByFunction, label(node.callFrame), micros);
  // A recursive function counts once per sample in its inclusive time.
  const seen = new Set<string>();
  for (let id: number | undefined = node.id; id !== undefined; id = parents.get(id)) {
    const key = label(nodes.get(id)!.callFrame);
    if (seen.has(key)) continue;
    add(inclusive, key, micros);
    seen.add(key);
  }
}

const wall = windows?.reduce((sum, w) => sum + (w.to - w.from), 0);
const ms = (micros: number) => `${(micros / 1000).toFixed(0)} ms`;
console.log(
  `busy ${ms(busy)}` + (wall ? ` of ${ms(wall)} in ${windows!.length} window(s)` : " in total"),
);
function top(title: string, map: Map<string, number>, count: number) {
  console.log(`\n${title}`);
  for (const [key, micros] of [...map].sort((a, b) => b[1] - a[1]).slice(0, count))
    console.log(
      `${ms(micros).padStart(9)} ${((100 * micros) / busy).toFixed(1).padStart(5)}%  ${key}`,
    );
}
top("self time by place", selfByPlace, 20);
top("self time by function", selfByFunction, 30);
top("inclusive time by function", inclusive, Number(process.env.TOP ?? 60));
