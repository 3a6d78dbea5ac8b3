// The CPU profile summary of `pnpm bench` (bench/cpu-profile.ts) on a tiny hand-made profile.
import { describe, expect, it } from "vitest";
import { type CpuProfile, formatProfile, packageOf, summariseProfile } from "../../bench/cpu-profile.js";

const ROOT = "/repo/packages/api";
const frame = (id: number, functionName: string, url: string) => ({ id, callFrame: { functionName, url } });

const PROFILE: CpuProfile = {
  nodes: [
    frame(1, "(root)", ""),
    frame(2, "(idle)", ""),
    frame(3, "(garbage collector)", ""),
    frame(4, "(program)", ""),
    frame(5, "execute", "file:///repo/node_modules/.pnpm/graphql@16.15.0/node_modules/graphql/execution/execute.js"),
    frame(6, "request", "file:///repo/node_modules/.pnpm/@prisma+client@7.10.0/node_modules/@prisma/client/runtime/client.js"),
    frame(7, "resolve", "file:///repo/packages/api/src/posting/posting.object.ts"),
    frame(8, "processTicksAndRejections", "node:internal/process/task_queues"),
    frame(9, "parse", "/repo/node_modules/pg-protocol/dist/parser.js"),
    frame(10, "main", "file:///repo/packages/api/src/server.ts"),
    frame(11, "JSON.parse", ""),
  ],
  // 20 samples: 6 idle (left out), 14 counted.
  samples: [2, 2, 2, 2, 2, 2, 3, 3, 4, 5, 5, 5, 5, 6, 6, 6, 7, 8, 9, 10],
};

describe("packageOf", () => {
  it("names node_modules packages (scoped and pnpm's nested layout), Node's own code and the project's folders", () => {
    expect(packageOf(PROFILE.nodes[4]!.callFrame, ROOT)).toBe("graphql");
    expect(packageOf(PROFILE.nodes[5]!.callFrame, ROOT)).toBe("@prisma/client");
    expect(packageOf(PROFILE.nodes[6]!.callFrame, ROOT)).toBe("jobgraph src/posting");
    expect(packageOf(PROFILE.nodes[7]!.callFrame, ROOT)).toBe("node:");
    expect(packageOf(PROFILE.nodes[8]!.callFrame, ROOT)).toBe("pg-protocol");
    expect(packageOf(PROFILE.nodes[9]!.callFrame, ROOT)).toBe("jobgraph src/");
    expect(packageOf(PROFILE.nodes[10]!.callFrame, ROOT)).toBe("(native)");
    expect(packageOf({ functionName: "(garbage collector)", url: "" }, ROOT)).toBe("(garbage collector)");
  });
});

describe("summariseProfile", () => {
  it("charges each sample to its top frame's package, as a share of the non-idle samples", () => {
    const summary = summariseProfile(PROFILE, ROOT);
    expect(summary.total).toBe(14);
    expect(summary.packages.map((p) => [p.name, p.samples])).toEqual([
      ["graphql", 4],
      ["@prisma/client", 3],
      ["(garbage collector)", 2],
      ["(program)", 1],
      ["jobgraph src/", 1],
      ["jobgraph src/posting", 1],
      ["node:", 1],
      ["pg-protocol", 1],
    ]);
    expect(summary.gcPercent).toBeCloseTo((2 / 14) * 100);
    expect(summary.packages.find((p) => p.name === "(idle)")).toBeUndefined();
  });

  it("keeps only the samples of the last seconds when asked (the load, not the start-up)", () => {
    const profile: CpuProfile = {
      nodes: [frame(1, "(root)", ""), frame(2, "boot", "node:internal/main"), frame(3, "execute", "/x/node_modules/graphql/execute.js")],
      samples: [2, 2, 2, 3, 3],
      // Samples at 1 s, 2 s, 3 s, 9 s and 10 s after the start.
      timeDeltas: [1e6, 1e6, 1e6, 6e6, 1e6],
      startTime: 0,
      endTime: 10e6,
    };
    expect(summariseProfile(profile, ROOT).total).toBe(5);
    const load = summariseProfile(profile, ROOT, 2);
    expect(load.packages).toEqual([{ name: "graphql", samples: 2, percent: 100 }]);
  });

  it("falls back to hitCount when the profile has no sample list", () => {
    const summary = summariseProfile(
      {
        nodes: [
          { ...frame(1, "(idle)", ""), hitCount: 5 },
          { ...frame(2, "(garbage collector)", ""), hitCount: 1 },
          { ...frame(3, "f", "node:fs"), hitCount: 3 },
        ],
      },
      ROOT,
    );
    expect(summary.total).toBe(4);
    expect(summary.gcPercent).toBe(25);
    expect(formatProfile(summary, 1)).toEqual(["  75.0%  node:", "GC: 25.0% of 4 non-idle samples"]);
  });
});
