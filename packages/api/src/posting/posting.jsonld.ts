// Posting.jsonLd: the posting as schema.org JobPosting JSON-LD (interchange/jsonld.ts), loaded with
// the posting's own query so that a page of postings costs no extra statements per posting.
import { builder } from "../graphql/builder.js";
import { type JsonLdPosting, jsonLdInclude, jsonLdScriptText, postingToJsonLd } from "../interchange/jsonld.js";
import { PostingType } from "./posting.object.js";

builder.prismaObjectField(PostingType, "jsonLd", (t) =>
  t.field({
    type: "JSON",
    description:
      "The posting as schema.org `JobPosting` JSON-LD (an object; to embed it in a page use `jsonLdScript`, or escape `<` when serialising it): every property Google's job-posting guidelines require and every recommended one the posting has data for. What schema.org cannot express (the hybrid split, hours apart from the contract type, permanent vs fixed term, catalogue benefit keys, accreditations) is added as `jobgraph:` properties, so an export imports back without loss (`importPostings`).",
    select: jsonLdInclude,
    // The selection above loads exactly what JsonLdPosting names; Pothos types the relation without its includes.
    resolve: (posting) => postingToJsonLd(posting as unknown as JsonLdPosting),
  }),
);

builder.prismaObjectField(PostingType, "jsonLdScript", (t) =>
  t.string({
    description:
      'The same JSON-LD as `jsonLd`, as text ready to put as is inside a `<script type="application/ld+json">` tag: `<`, `>`, `&`, U+2028 and U+2029 are written as `\\u003c` etc., so no value can close the tag.',
    select: jsonLdInclude,
    resolve: (posting) => jsonLdScriptText(postingToJsonLd(posting as unknown as JsonLdPosting)),
  }),
);
