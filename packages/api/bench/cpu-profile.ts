// Summarises a V8 .cpuprofile (what `node --cpu-prof` writes) as self time by package: each
// sample is charged to the function on top of the stack, and that function to the package its
// script comes from (the node_modules package name, `node:` for Node's own JavaScript, `jobgraph
// src/<folder>` for this project's sources), or to V8's pseudo-frames: (garbage collector),
// (program), (idle). Percentages are of the samples that are not (idle).

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; hitCount?: number }[];
  samples?: number[];
  /** Microseconds between consecutive samples (the first one from `startTime`). */
  timeDeltas?: number[];
  startTime?: number;
  endTime?: number;
}

export interface ProfileSummary {
  /** Samples that are not (idle). */
  total: number;
  /** Packages by self time, most first: share of `total` in percent. */
  packages: { name: string; samples: number; percent: number }[];
  /** The (garbage collector) share of `total`, in percent. */
  gcPercent: number;
}

/** The package a call frame's script belongs to; `projectRoot` is the API package's folder (file path). */
export function packageOf(callFrame: { functionName: string; url: string }, projectRoot: string): string {
  const { functionName, url } = callFrame;
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  if (url.startsWith("node:")) return "node:";
  // WebAssembly (Prisma's query compiler is a wasm module).
  if (url.startsWith("wasm://")) return "(wasm)";
  const path = url.startsWith("file://") ? decodeURIComponent(new URL(url).pathname) : url;
  const at = path.lastIndexOf("/node_modules/");
  if (at >= 0) {
    const parts = path.slice(at + "/node_modules/".length).split("/");
    return parts[0]?.startsWith("@") ? `${parts[0]}/${parts[1]}` : (parts[0] ?? path);
  }
  const root = projectRoot.endsWith("/") ? projectRoot : `${projectRoot}/`;
  if (path.startsWith(root)) {
    const parts = path.slice(root.length).split("/");
    // src/<folder>/file.ts, or a file directly in src/ (server.ts), or another top folder.
    if (parts[0] === "src") return `jobgraph src/${parts.length > 2 ? parts[1] : ""}`;
    return `jobgraph ${parts.length > 1 ? parts[0] : parts.join("/")}`;
  }
  return `(other) ${path.split("/").slice(0, 4).join("/")}`;
}

/**
 * `lastSeconds`, when given, keeps only the samples of the profile's last so many seconds (e.g. the
 * load, without the start-up before it); it needs the sample list and its time deltas.
 */
export function summariseProfile(profile: CpuProfile, projectRoot: string, lastSeconds?: number): ProfileSummary {
  const frames = new Map(profile.nodes.map((node) => [node.id, node]));
  const counts = new Map<string, number>();
  const charge = (id: number, samples: number) => {
    const node = frames.get(id);
    if (!node || samples === 0) return;
    const name = packageOf(node.callFrame, projectRoot);
    counts.set(name, (counts.get(name) ?? 0) + samples);
  };
  if (profile.samples?.length) {
    const deltas = profile.timeDeltas ?? [];
    const times: number[] = [];
    let at = profile.startTime ?? 0;
    for (let i = 0; i < profile.samples.length; i++) {
      at += deltas[i] ?? 0;
      times.push(at);
    }
    const end = profile.endTime ?? times[times.length - 1] ?? 0;
    const from = lastSeconds === undefined ? Number.NEGATIVE_INFINITY : end - lastSeconds * 1e6;
    profile.samples.forEach((id, i) => {
      if ((times[i] ?? 0) >= from) charge(id, 1);
    });
  } else for (const node of profile.nodes) charge(node.id, node.hitCount ?? 0);
  counts.delete("(root)");
  counts.delete("(idle)");
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const percent = (samples: number) => (total ? (samples / total) * 100 : 0);
  const packages = [...counts.entries()]
    .map(([name, samples]) => ({ name, samples, percent: percent(samples) }))
    .sort((a, b) => b.samples - a.samples || a.name.localeCompare(b.name));
  return { total, packages, gcPercent: percent(counts.get("(garbage collector)") ?? 0) };
}

/** The summary as printed lines: the top `top` packages, then the GC share on its own line. */
export function formatProfile(summary: ProfileSummary, top = 15): string[] {
  return [
    ...summary.packages.slice(0, top).map((p) => `${p.percent.toFixed(1).padStart(6)}%  ${p.name}`),
    `GC: ${summary.gcPercent.toFixed(1)}% of ${summary.total} non-idle samples`,
  ];
}
