// importPostings: bulk import of schema.org JobPosting JSON-LD and "Find a job" adverts
// (interchange/import.service.ts), with a result per record.
import { builder } from "../graphql/builder.js";
import { UserErrorType } from "../graphql/user-error.js";
import { type ImportResult, importRecords } from "../interchange/import.service.js";
import { recordsFromDocument } from "../interchange/read.js";
import type { ImportWarning, ImportWarningCode } from "../interchange/record.js";
import { userError } from "../write/user-errors.js";

/** Records per call: bigger imports go through `pnpm import`, or several calls. */
export const IMPORT_MAX_RECORDS = 1000;

const ImportFormatEnum = builder.enumType("ImportFormat", {
  description: "The format of an imported document.",
  values: {
    JSON_LD: {
      description:
        'schema.org JobPosting JSON-LD: one object, an array, NDJSON (one a line), an ItemList or @graph, or an HTML page with `<script type="application/ld+json">` blocks.',
    },
    FIND_A_JOB: { description: 'One plain-text advert in the format of the UK government\'s "Find a job" service.' },
  } as const,
});

const ImportStatusEnum = builder.enumType("ImportStatus", {
  description: "What the import did with a record.",
  values: {
    CREATED: { description: "A new posting was created." },
    UPDATED: { description: "The employer's posting with this reference was changed to match the record." },
    UNCHANGED: { description: "The employer's posting with this reference already says what the record says: nothing was written." },
    FAILED: { description: "Nothing was written for this record; `errors` lists every reason." },
  } as const,
});

const WARNING_CODES: Record<ImportWarningCode, { description: string }> = {
  MISSING: { description: 'Not stated anywhere the format puts it ("hours per week not stated").' },
  UNCLEAR: {
    description:
      "Stated, but not in a form that could be read with confidence (kept as text where there is a text field), or matched by a guess (an employer by name when its slug matched none).",
  },
  CONFLICT: { description: "Stated twice, differently; `message` names the one used." },
  UNMATCHED: { description: "Found, but matching nothing it could be mapped to; kept as text (e.g. benefits in `otherBenefits`)." },
};

const ImportWarningCodeEnum = builder.enumType("ImportWarningCode", {
  description: "Why an imported fact was not read with confidence. Stable: switch on these, show `message` to people.",
  values: WARNING_CODES,
});

const ImportWarningType = builder.objectRef<ImportWarning>("ImportWarning").implement({
  description:
    "A fact the import expected and could not find, or could not read with confidence. The record is still imported; with `strict: true` it fails instead.",
  fields: (t) => ({
    field: t.exposeString("field", {
      description:
        'The field of the posting the fact belongs to, as a dotted path of `CreatePostingInput`, e.g. "hours.perWeek", "salary", "benefits".',
    }),
    code: t.field({ type: ImportWarningCodeEnum, description: "What kind of doubt.", resolve: (w) => w.code }),
    message: t.exposeString("message", { description: "What was expected, what was found and what was done, in English, for people." }),
  }),
});

const ImportDocumentInput = builder.inputType("ImportDocumentInput", {
  description: "One document to import.",
  fields: (t) => ({
    format: t.field({ type: ImportFormatEnum, required: true, description: "How to read `content`." }),
    content: t.string({ required: true, description: "The document's text." }),
    name: t.string({ description: 'A name for the document in the results, e.g. its file name (default "document <n>").' }),
  }),
});

const ImportPostingsInput = builder.inputType("ImportPostingsInput", {
  description: `Documents whose postings to import (at most ${IMPORT_MAX_RECORDS} records in all).`,
  fields: (t) => ({
    documents: t.field({ type: [ImportDocumentInput], required: true, description: "The documents, read in order." }),
    publish: t.boolean({
      description:
        "Publish every imported posting; each must then be publishable. Default false: new postings are DRAFTs and existing ones keep their status.",
    }),
    createEmployers: t.boolean({
      description: "Create employers that do not exist yet, from the record's hiring organisation (admin keys only). Default true.",
    }),
    strict: t.boolean({
      defaultValue: false,
      description:
        "Fail every record with a warning: its warnings become its `errors` (one per fact) and nothing of it is written. Default false: such records are imported and their `warnings` reported.",
    }),
  }),
});

const ImportRecordResultType = builder.objectRef<ImportResult>("ImportRecordResult").implement({
  description: "What happened to one record.",
  fields: (t) => ({
    position: t.exposeInt("position", { description: "The record's position in the import, from 0, across all documents." }),
    origin: t.exposeString("origin", { description: 'Where the record came from: the document\'s name, with "#n" for the n-th posting in it.' }),
    status: t.field({ type: ImportStatusEnum, description: "Created, updated, unchanged or failed.", resolve: (r) => r.status }),
    reference: t.exposeString("reference", {
      nullable: true,
      description: "The posting's reference (the employer's own, or one derived from its content).",
    }),
    posting: t.prismaField({
      type: "Posting",
      nullable: true,
      description: "The posting as it is now; null when nothing was written.",
      // Prisma batches the findUnique calls of one tick into one query.
      resolve: (query, r, _args, ctx) => {
        const selection = { ...query };
        return r.postingId && r.status !== "FAILED" ? ctx.prisma.posting.findUnique({ ...selection, where: { id: r.postingId } }) : null;
      },
    }),
    errors: t.field({
      type: [UserErrorType],
      description: 'Every reason a FAILED record was not written, with field paths relative to the record (e.g. ["salary", "max"]); empty otherwise.',
      resolve: (r) => r.errors,
    }),
    warnings: t.field({
      type: [ImportWarningType],
      description:
        "Every fact the import expected and could not find or read with confidence, whatever the status (with `strict: true`, a record with any fails).",
      resolve: (r) => r.warnings,
    }),
  }),
});

interface ImportPayload {
  results: ImportResult[];
  userErrors: ReturnType<typeof userError>[];
}

const count = (payload: ImportPayload, status: ImportResult["status"]) => payload.results.filter((r) => r.status === status).length;

const ImportPostingsPayload = builder.objectRef<ImportPayload>("ImportPostingsPayload").implement({
  description: "The result of `importPostings`: one result per record, and the totals.",
  fields: (t) => ({
    results: t.field({ type: [ImportRecordResultType], description: "One result per record, in order.", resolve: (p) => p.results }),
    created: t.int({ description: "Records that created a posting.", resolve: (p) => count(p, "CREATED") }),
    updated: t.int({ description: "Records that changed an existing posting.", resolve: (p) => count(p, "UPDATED") }),
    unchanged: t.int({ description: "Records that matched an existing posting exactly.", resolve: (p) => count(p, "UNCHANGED") }),
    failed: t.int({ description: "Records that were not written.", resolve: (p) => count(p, "FAILED") }),
    userErrors: t.field({
      type: [UserErrorType],
      description: "Problems with the request as a whole (too many records); when there are any, nothing is imported.",
      resolve: (p) => p.userErrors,
    }),
  }),
});

builder.mutationFields((t) => ({
  importPostings: t.field({
    type: ImportPostingsPayload,
    description:
      'Imports postings from schema.org JobPosting JSON-LD and "Find a job" adverts. Idempotent: the employer is matched by slug or name, the posting by (employer, reference), so importing again updates in place (or leaves it UNCHANGED), never duplicates. Each record is validated with the same rules as `createPosting` and written on its own or with others that are valid; a bad record is reported with every reason and never stops the others. Each result lists the facts that could not be read with confidence (`warnings`); `strict: true` fails such records instead of writing them. An employer key imports for its own employer only (needs WRITE_POSTINGS); an admin key for any, creating employers that do not exist.',
    authScopes: { writePostings: true },
    args: { input: t.arg({ type: ImportPostingsInput, required: true, description: "The documents and options." }) },
    resolve: async (_root, { input }, ctx) => {
      const records = input.documents.flatMap((doc, i) => recordsFromDocument(doc.format, doc.content, doc.name ?? `document ${i + 1}`));
      if (records.length > IMPORT_MAX_RECORDS) {
        return {
          results: [],
          userErrors: [
            userError(
              ["input", "documents"],
              "TOO_LONG",
              `At most ${IMPORT_MAX_RECORDS} records per call; these documents hold ${records.length}. Split them, or use pnpm import.`,
            ),
          ],
        };
      }
      const results = await importRecords(ctx, records, {
        publish: input.publish ?? false,
        createEmployers: input.createEmployers ?? true,
        strict: input.strict ?? false,
      });
      return { results, userErrors: [] };
    },
  }),
}));
