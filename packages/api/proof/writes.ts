// The write side of the proof workload: creates, updates, publishes and closes postings with an
// admin key, and remembers what it sent and what was acknowledged, so that the consistency checks
// can tell afterwards whether every acknowledged write is in the database and nothing is half there.
//
// Each posting's writes are serial (never two in flight for one posting), so its acknowledged state
// is known. A write without a definite answer (no response, a 5xx, a GraphQL error) may or may not
// have committed: the posting is then "uncertain" by one write and gets no further writes.
import { classify, type GraphQLResult, type Outcome, postGraphQL } from "./workload.js";

/** The lists a write gave a posting: location postcodes and benefit keys, sorted. */
export interface Shape {
  postcodes: string[];
  benefits: string[];
}

export interface TrackedPosting {
  reference: string;
  idempotencyKey: string;
  createInput: Record<string, unknown>;
  /** acked: the create was answered; unknown: it may or may not have committed; rejected: a user error or 429 (nothing written). */
  created: "acked" | "unknown" | "rejected";
  globalId?: string;
  /** As last acknowledged. */
  status?: string;
  version?: number;
  shape: Shape;
  /** A write sent after the last acknowledged one whose outcome is unknown (at most one: then no more writes). */
  pending?: { status?: string; shape?: Shape };
  busy: boolean;
}

const PLACES = [
  { name: "Bristol", postcode: "BS1 4DJ" },
  { name: "Leeds", postcode: "LS1 4DY" },
  { name: "Manchester", postcode: "M1 1AE" },
  { name: "London", postcode: "EC1A 1BB" },
  { name: "Cardiff", postcode: "CF10 1EP" },
];
/** The catalogue benefits the workload offers (the seed has them all). */
export const PROOF_BENEFIT_KEYS = ["pension", "bonus", "share-scheme", "life-assurance", "holiday", "wellbeing"];
const POSTING = "posting { id status version }";
const USER_ERRORS = "userErrors { field code message }";
const MUTATIONS = {
  createPosting: `mutation ($input: CreatePostingInput!, $key: String) { createPosting(input: $input, idempotencyKey: $key) { ${POSTING} ${USER_ERRORS} } }`,
  updatePosting: `mutation ($id: ID!, $input: UpdatePostingInput!) { updatePosting(id: $id, input: $input) { ${POSTING} ${USER_ERRORS} } }`,
  publishPosting: `mutation ($id: ID!) { publishPosting(id: $id) { ${POSTING} ${USER_ERRORS} } }`,
  closePosting: `mutation ($id: ID!) { closePosting(id: $id) { ${POSTING} ${USER_ERRORS} } }`,
};
export type WriteKind = keyof typeof MUTATIONS;

function lists(n: number) {
  const locations = Array.from({ length: 1 + (n % 3) }, (_, i) => PLACES[(n + i) % PLACES.length] as { name: string; postcode: string });
  const benefits = Array.from({ length: n % 4 }, (_, i) => ({
    key: PROOF_BENEFIT_KEYS[(n + i * 2) % PROOF_BENEFIT_KEYS.length] as string,
    detail: `proof ${n}`,
  }));
  const shape: Shape = { postcodes: locations.map((l) => l.postcode).sort(), benefits: benefits.map((b) => b.key).sort() };
  return { locations, benefits, shape };
}

/**
 * Whether a failed write certainly wrote nothing: refused by the rate limiter, answered with user
 * errors (the transaction rolled back), or never sent (connection refused). Anything else (no
 * answer, a 5xx, a GraphQL error) may have committed before the failure.
 */
function nothingWritten(result: GraphQLResult, field: string): boolean {
  return result.status === 429 || result.failure === "ECONNREFUSED" || Boolean(result.body?.data?.[field]?.userErrors?.length);
}

export class WriteWorkload {
  readonly postings: TrackedPosting[] = [];
  private n = 0;

  constructor(
    private readonly base: () => string,
    private readonly apiKey: string,
    private readonly employerIds: readonly string[],
    /** Prefix of every reference this run creates, e.g. "PROOF-k3x9". */
    readonly runId: string,
  ) {}

  private send(kind: WriteKind, variables: Record<string, unknown>): Promise<GraphQLResult> {
    return postGraphQL(this.base(), MUTATIONS[kind], variables, { authorization: `Bearer ${this.apiKey}` });
  }

  /** Sends the next write: a create, or a change to an idle posting; returns its kind and outcome. */
  async next(choice: number): Promise<{ kind: WriteKind; outcome: Outcome; status: number; detail?: string }> {
    const idle = (status: string) => this.postings.filter((p) => p.created === "acked" && !p.busy && !p.pending && p.status === status);
    const roll = choice % 100;
    const wanted: WriteKind = roll < 35 ? "createPosting" : roll < 65 ? "updatePosting" : roll < 85 ? "publishPosting" : "closePosting";
    const candidates =
      wanted === "updatePosting"
        ? [...idle("DRAFT"), ...idle("PUBLISHED")]
        : wanted === "publishPosting"
          ? [...idle("DRAFT"), ...idle("CLOSED")]
          : wanted === "closePosting"
            ? idle("PUBLISHED")
            : [];
    const target = candidates[choice % Math.max(1, candidates.length)];
    if (wanted === "createPosting" || !target) return this.create();
    return this.change(wanted, target);
  }

  private async create() {
    const n = this.n++;
    const { locations, benefits, shape } = lists(n);
    const input = {
      employerId: this.employerIds[n % this.employerIds.length],
      reference: `${this.runId}-${n}`,
      title: `Proof engineer ${n}`,
      description: "## The role\n\nKeep the data **consistent**.",
      locations,
      benefits,
      salary: { min: 30_000 + n, max: 40_000 + n, currency: "GBP", period: "YEAR" },
      hours: { type: "FULL_TIME", perWeek: 37.5 },
      contractType: "PERMANENT",
      workplace: { type: "HYBRID", remoteDaysPerWeekMax: 2 },
      closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      apply: { method: "WEBSITE", url: `https://careers.example.com/apply/${n}` },
    };
    const tracked: TrackedPosting = {
      reference: input.reference,
      idempotencyKey: `${this.runId}-key-${n}`,
      createInput: input,
      created: "unknown",
      shape,
      busy: true,
    };
    this.postings.push(tracked);
    const result = await this.send("createPosting", { input, key: tracked.idempotencyKey });
    this.settleCreate(tracked, result);
    tracked.busy = false;
    return { kind: "createPosting" as const, ...this.summary(result, "createPosting") };
  }

  private settleCreate(tracked: TrackedPosting, result: GraphQLResult) {
    const { outcome } = classify(result, "createPosting");
    const posting = result.body?.data?.createPosting?.posting as { id: string; status: string; version: number } | undefined;
    if (outcome === "ok" && posting)
      Object.assign(tracked, { created: "acked", globalId: posting.id, status: posting.status, version: posting.version });
    else if (nothingWritten(result, "createPosting")) tracked.created = "rejected";
  }

  private async change(kind: Exclude<WriteKind, "createPosting">, target: TrackedPosting) {
    target.busy = true;
    const n = this.n++;
    const update = kind === "updatePosting" ? lists(n) : undefined;
    const variables =
      kind === "updatePosting" && update
        ? { id: target.globalId, input: { title: `Proof engineer ${n} (updated)`, locations: update.locations, benefits: update.benefits } }
        : { id: target.globalId };
    const nextStatus = kind === "publishPosting" ? "PUBLISHED" : kind === "closePosting" ? "CLOSED" : target.status;
    const result = await this.send(kind, variables);
    const { outcome } = classify(result, kind);
    const posting = result.body?.data?.[kind]?.posting as { status: string; version: number } | undefined;
    if (outcome === "ok" && posting) {
      target.status = posting.status;
      target.version = posting.version;
      if (update) target.shape = update.shape;
    } else if (!nothingWritten(result, kind)) {
      target.pending = { status: nextStatus, ...(update ? { shape: update.shape } : {}) };
    }
    target.busy = false;
    return { kind, ...this.summary(result, kind) };
  }

  private summary(result: GraphQLResult, field: string) {
    return { ...classify(result, field), status: result.status };
  }

  /**
   * Sends every create whose outcome is unknown again, with the same idempotency key and input:
   * the API either replays the first result (it had committed) or creates it now. Either way the
   * create ends up acknowledged exactly once.
   */
  async resolveUnknownCreates(): Promise<{ resolved: number; stillUnknown: number }> {
    let resolved = 0;
    for (const tracked of this.postings.filter((p) => p.created === "unknown")) {
      const result = await this.send("createPosting", { input: tracked.createInput, key: tracked.idempotencyKey });
      this.settleCreate(tracked, result);
      if (tracked.created === "acked") resolved++;
    }
    return { resolved, stillUnknown: this.postings.filter((p) => p.created === "unknown").length };
  }
}
