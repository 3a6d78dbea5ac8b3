// The SDK's operations as client methods and paginators. Each method is its document's types and
// nothing more: adding a document under operations/ and a line here adds a typed method.

import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
import * as documents from "./generated/graphql.js";
import type { ConnectionPage } from "./runtime/paginate.js";

/**
 * One method per public operation, named after it: `SearchPostings` is `client.searchPostings`.
 * Mutations resolve to their payload with `userErrors`; they are retried only with an idempotency key.
 */
export const operations = {
  // Reads
  searchPostings: documents.SearchPostingsDocument,
  getPosting: documents.GetPostingDocument,
  getEmployer: documents.GetEmployerDocument,
  listEmployers: documents.ListEmployersDocument,
  listBenefits: documents.ListBenefitsDocument,
  getBenefit: documents.GetBenefitDocument,
  viewer: documents.ViewerDocument,
  changes: documents.ChangesDocument,
  // Writes
  createEmployer: documents.CreateEmployerDocument,
  updateEmployer: documents.UpdateEmployerDocument,
  setEmployerBenefits: documents.SetEmployerBenefitsDocument,
  createPosting: documents.CreatePostingDocument,
  updatePosting: documents.UpdatePostingDocument,
  setPostingBenefits: documents.SetPostingBenefitsDocument,
  publishPosting: documents.PublishPostingDocument,
  closePosting: documents.ClosePostingDocument,
  archivePosting: documents.ArchivePostingDocument,
  importPostings: documents.ImportPostingsDocument,
  createBenefit: documents.CreateBenefitDocument,
};

/** How to page through one connection: the document, where the connection is, and its cursor variables. */
export interface ConnectionSpec<TResult, TVariables, TNode, TCursor extends string> {
  document: DocumentTypeDecoration<TResult, TVariables>;
  connection: (data: TResult) => ConnectionPage<TNode> | null | undefined;
  cursorVariable: TCursor & keyof TVariables;
  pageSizeVariable: string & keyof TVariables;
}

const spec = <TResult, TVariables, TNode, TCursor extends string>(connection: ConnectionSpec<TResult, TVariables, TNode, TCursor>) => connection;

/**
 * Every connection an operation returns. A nested connection (an employer's or a benefit's postings)
 * is paged by running its parent's operation again with the next cursor.
 */
export const connections = {
  postings: spec({
    document: documents.SearchPostingsDocument,
    connection: (data) => data.postings,
    cursorVariable: "after",
    pageSizeVariable: "first",
  }),
  employers: spec({
    document: documents.ListEmployersDocument,
    connection: (data) => data.employers,
    cursorVariable: "after",
    pageSizeVariable: "first",
  }),
  benefits: spec({
    document: documents.ListBenefitsDocument,
    connection: (data) => data.benefits,
    cursorVariable: "after",
    pageSizeVariable: "first",
  }),
  employerPostings: spec({
    document: documents.GetEmployerDocument,
    connection: (data) => data.employer?.postings,
    cursorVariable: "postingsAfter",
    pageSizeVariable: "postingsFirst",
  }),
  benefitPostings: spec({
    document: documents.GetBenefitDocument,
    connection: (data) => data.benefit?.postings,
    cursorVariable: "postingsAfter",
    pageSizeVariable: "postingsFirst",
  }),
};
