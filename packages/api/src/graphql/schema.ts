// Imports every type file, then builds the schema. Defines nothing itself.
import { lexicographicSortSchema } from "graphql";
import { builder } from "./builder.js";
import { signConnectionCursors } from "./cursor.js";
import { describeInputLimits } from "./input-limits.js";
import "./scalars.js";
import "./enums.js";
import "../location/location.object.js";
import "../benefit/benefit.object.js";
import "../benefit/benefit.queries.js";
import "../benefit/benefit.postings.js";
import "../employer/employer.object.js";
import "../employer/employer.queries.js";
import "../posting/posting.object.js";
import "../posting/posting.queries.js";
import "../posting/posting.mutations.js";
import "../posting/posting.jsonld.js";
import "../posting/posting.import.js";
import "../employer/employer.mutations.js";
import "../benefit/benefit.mutations.js";
import "../viewer/viewer.object.js";
import "../audit/audit.queries.js";
import "../posting/search.js";
import "../live/posting.subscriptions.js";
import "../changes/changes.queries.js";
import "../webhooks/endpoint.object.js";
import "../webhooks/endpoint.mutations.js";

builder.queryType({
  description: "Read Jobgraph's employers, postings and benefits.",
});
builder.mutationType({
  description:
    "Create and change employers, postings and benefits. Every mutation needs an API key with the right scope, and returns a payload with the object and `userErrors`.",
});

builder.subscriptionType({
  description: "Live updates over Server-Sent Events: postings as they are published, closed and changed.",
});

// Every connection's cursors signed and verified (graphql/cursor.ts); each String and list
// argument's and input field's size limit written into its description.
export const schema = signConnectionCursors(describeInputLimits(lexicographicSortSchema(builder.toSchema())));
