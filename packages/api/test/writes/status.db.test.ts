// The posting life cycle: DRAFT -> PUBLISHED <-> CLOSED, anything but ARCHIVED -> ARCHIVED (final).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PostingStatus } from "../../src/generated/prisma/enums.js";
import { createTestApp, type TestApp } from "../support/app.js";
import { employerKey } from "../support/auth.js";
import { createEmployer, createPosting } from "../support/factories.js";
import { globalId, M, outcome, postingInput, succeeded, userErrors } from "../support/writes.js";

let app: TestApp;
let key: Record<string, string>;
let employerId: string;
const DAY = 86_400_000;

beforeAll(async () => {
  app = await createTestApp();
  employerId = (await createEmployer(app.db.prisma, { slug: "acme" })).id;
  key = (await employerKey(app.db.prisma, "acme", ["WRITE_POSTINGS"])).headers;
});
afterAll(() => app?.close());

/** A publishable posting in `status`, posted a week ago. */
const postingIn = (status: PostingStatus) =>
  createPosting(app.db.prisma, employerId, {
    status,
    postedAt: new Date(Date.now() - 7 * DAY),
    closesAt: new Date(Date.now() + 7 * DAY),
    applyUrl: "https://example.com/apply",
  });

type Action = "publishPosting" | "closePosting" | "archivePosting";

describe("status transitions", () => {
  // [action, from, outcome, status after]
  const table: Array<[Action, PostingStatus, string, PostingStatus]> = [
    ["publishPosting", "DRAFT", "OK", "PUBLISHED"],
    ["publishPosting", "PUBLISHED", "OK", "PUBLISHED"],
    ["publishPosting", "CLOSED", "OK", "PUBLISHED"],
    ["publishPosting", "ARCHIVED", "USER_ERROR:INVALID_TRANSITION", "ARCHIVED"],
    ["closePosting", "DRAFT", "USER_ERROR:INVALID_TRANSITION", "DRAFT"],
    ["closePosting", "PUBLISHED", "OK", "CLOSED"],
    ["closePosting", "CLOSED", "OK", "CLOSED"],
    ["closePosting", "ARCHIVED", "USER_ERROR:INVALID_TRANSITION", "ARCHIVED"],
    ["archivePosting", "DRAFT", "OK", "ARCHIVED"],
    ["archivePosting", "PUBLISHED", "OK", "ARCHIVED"],
    ["archivePosting", "CLOSED", "OK", "ARCHIVED"],
    ["archivePosting", "ARCHIVED", "OK", "ARCHIVED"],
  ];

  it.each(table)("%s from %s: %s, then %s", async (action, from, expected, after) => {
    const posting = await postingIn(from);
    const result = await app.execute(M[action], { id: globalId("Posting", posting.id) }, key);
    expect(outcome(result, action), JSON.stringify(result)).toBe(expected);
    const stored = await app.db.prisma.posting.findUniqueOrThrow({ where: { id: posting.id } });
    expect(stored.status).toBe(after);
    // A change bumps the version; a no-op or a refusal does not.
    expect(stored.version).toBe(from === after ? 1 : 2);
  });

  it("says why a transition is refused", async () => {
    const archived = await postingIn("ARCHIVED");
    const errors = userErrors(await app.execute(M.publishPosting, { id: globalId("Posting", archived.id) }, key), "publishPosting");
    expect(errors).toEqual([
      { field: null, code: "INVALID_TRANSITION", message: "Cannot publish a ARCHIVED posting: an archived posting is final." },
    ]);
  });

  it("sets postedAt on the first publication and keeps it when a closed posting is reopened", async () => {
    const created = succeeded(await app.execute(M.createPosting, { input: postingInput() }, key), "createPosting").posting;
    const published = succeeded(await app.execute(M.publishPosting, { id: created.id }, key), "publishPosting").posting;
    expect(published.status).toBe("PUBLISHED");
    expect(new Date(published.postedAt).getTime()).toBeGreaterThanOrEqual(new Date(created.postedAt).getTime());
    succeeded(await app.execute(M.closePosting, { id: created.id }, key), "closePosting");
    const reopened = succeeded(await app.execute(M.publishPosting, { id: created.id }, key), "publishPosting").posting;
    expect(reopened).toMatchObject({ status: "PUBLISHED", postedAt: published.postedAt, version: 4 });
  });

  it("publishes only what a job board needs, listing everything missing", async () => {
    const draft = await createPosting(app.db.prisma, employerId, {
      status: "DRAFT",
      title: "Untitled",
      description: " ",
      closesAt: new Date(Date.now() - DAY),
      places: [],
      applyUrl: null,
    });
    const errors = userErrors(await app.execute(M.publishPosting, { id: globalId("Posting", draft.id) }, key), "publishPosting");
    expect(errors.map((e) => `${e.field?.join(".")}:${e.code}`)).toEqual([
      "description:NOT_PUBLISHABLE",
      "locations:NOT_PUBLISHABLE",
      "closesAt:NOT_PUBLISHABLE",
      "apply:NOT_PUBLISHABLE",
    ]);
    expect((await app.db.prisma.posting.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
  });

  it("publishes a REMOTE posting without a location, and refuses one without a closing date", async () => {
    const remote = succeeded(
      await app.execute(M.createPosting, { input: postingInput({ locations: [], workplace: { type: "REMOTE" } }) }, key),
      "createPosting",
    ).posting;
    expect(outcome(await app.execute(M.publishPosting, { id: remote.id }, key), "publishPosting")).toBe("OK");
    const openEnded = succeeded(await app.execute(M.createPosting, { input: postingInput({ closesAt: null }) }, key), "createPosting").posting;
    const errors = userErrors(await app.execute(M.publishPosting, { id: openEnded.id }, key), "publishPosting");
    expect(errors).toEqual([{ field: ["closesAt"], code: "NOT_PUBLISHABLE", message: "A published posting needs a closing date." }]);
  });

  it("keeps a published posting publishable: an update that removes its locations is refused", async () => {
    const published = await postingIn("PUBLISHED");
    const id = globalId("Posting", published.id);
    const errors = userErrors(await app.execute(M.updatePosting, { id, input: { locations: [] } }, key), "updatePosting");
    expect(errors.map((e) => `${e.field?.join(".")}:${e.code}`)).toEqual(["input.locations:NOT_PUBLISHABLE"]);
    // A draft may be incomplete.
    const draft = await postingIn("DRAFT");
    expect(outcome(await app.execute(M.updatePosting, { id: globalId("Posting", draft.id), input: { locations: [] } }, key), "updatePosting")).toBe(
      "OK",
    );
  });

  it("refuses every change to an archived posting", async () => {
    const archived = await postingIn("ARCHIVED");
    const id = globalId("Posting", archived.id);
    expect(outcome(await app.execute(M.updatePosting, { id, input: { title: "Back" } }, key), "updatePosting")).toBe("USER_ERROR:IMMUTABLE");
    expect(outcome(await app.execute(M.setPostingBenefits, { id, benefits: [] }, key), "setPostingBenefits")).toBe("USER_ERROR:IMMUTABLE");
  });

  it("documents the life cycle on the PostingStatus enum", async () => {
    const data = await app.query(`{ __type(name: "PostingStatus") { description enumValues { name description } } }`);
    expect(data.__type.description).toMatch(/ARCHIVED.*final/);
    expect(data.__type.enumValues.find((v: { name: string }) => v.name === "ARCHIVED").description).toMatch(/cannot be published, changed/);
  });
});
