// The SDK's operations as client methods and paginators. Each method is its document's types and
// nothing more: adding a document under operations/ and a line here adds a typed method.

import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
import {
  ArchivePostingDocument,
  ClosePostingDocument,
  CreateBenefitDocument,
  CreateEmployerDocument,
  CreatePostingDocument,
  GetBenefitDocument,
  GetEmployerDocument,
  GetPostingDocument,
  ImportPostingsDocument,
  ListBenefitsDocument,
  ListEmployersDocument,
  PublishPostingDocument,
  SearchPostingsDocument,
  SetEmployerBenefitsDocument,
  SetPostingBenefitsDocument,
  UpdateEmployerDocument,
  UpdatePostingDocument,
  ViewerDocument,
} from "./generated/graphql.js";
import type { ConnectionPage } from "./runtime/paginate.js";

/**
 * One method per public operation, named after it: `SearchPostings` is `client.searchPostings`.
 * Mutations resolve to their payload with `userErrors`; they are retried only with an idempotency key.
 */
export const operations = {
  // Reads
  searchPostings: SearchPostingsDocument,
  getPosting: GetPostingDocument,
  getEmployer: GetEmployerDocument,
  listEmployers: ListEmployersDocument,
  listBenefits: ListBenefitsDocument,
  getBenefit: GetBenefitDocument,
  viewer: ViewerDocument,
  // Writes
  createEmployer: CreateEmployerDocument,
  updateEmployer: UpdateEmployerDocument,
  setEmployerBenefits: SetEmployerBenefitsDocument,
  createPosting: CreatePostingDocument,
  updatePosting: UpdatePostingDocument,
  setPostingBenefits: SetPostingBenefitsDocument,
  publishPosting: PublishPostingDocument,
  closePosting: ClosePostingDocument,
  archivePosting: ArchivePostingDocument,
  importPostings: ImportPostingsDocument,
  createBenefit: CreateBenefitDocument,
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
  postings: spec({ document: SearchPostingsDocument, connection: (data) => data.postings, cursorVariable: "after", pageSizeVariable: "first" }),
  employers: spec({ document: ListEmployersDocument, connection: (data) => data.employers, cursorVariable: "after", pageSizeVariable: "first" }),
  benefits: spec({ document: ListBenefitsDocument, connection: (data) => data.benefits, cursorVariable: "after", pageSizeVariable: "first" }),
  employerPostings: spec({
    document: GetEmployerDocument,
    connection: (data) => data.employer?.postings,
    cursorVariable: "postingsAfter",
    pageSizeVariable: "postingsFirst",
  }),
  benefitPostings: spec({
    document: GetBenefitDocument,
    connection: (data) => data.benefit?.postings,
    cursorVariable: "postingsAfter",
    pageSizeVariable: "postingsFirst",
  }),
};
