/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment BenefitSummary on Benefit {\n  id\n  key\n  name\n  category\n  description\n}\n\nfragment OfferedBenefitFields on OfferedBenefit {\n  benefit {\n    ...BenefitSummary\n  }\n  detail\n  value\n  unit\n  source\n}": typeof types.BenefitSummaryFragmentDoc,
    "fragment PageInfoFields on PageInfo {\n  hasNextPage\n  hasPreviousPage\n  startCursor\n  endCursor\n}\n\nfragment LocationFields on Location {\n  name\n  addressLine\n  locality\n  region\n  postcode\n  countryCode\n  latitude\n  longitude\n}": typeof types.PageInfoFieldsFragmentDoc,
    "fragment EmployerSummary on Employer {\n  id\n  slug\n  name\n}\n\nfragment AccreditationFields on Accreditation {\n  scheme\n  level\n  awardedOn\n  expiresOn\n  statement\n}\n\nfragment EmployerListItem on Employer {\n  ...EmployerSummary\n  logoUrl\n  industry\n  size\n  brands\n  openPostingsCount\n  headquarters {\n    ...LocationFields\n  }\n  accreditations {\n    ...AccreditationFields\n  }\n}\n\nfragment EmployerDetail on Employer {\n  ...EmployerListItem\n  description\n  descriptionHtml\n  websiteUrl\n  benefits {\n    ...OfferedBenefitFields\n  }\n  createdAt\n  updatedAt\n}": typeof types.EmployerSummaryFragmentDoc,
    "query GetBenefit($key: String!, $postingsFirst: Int, $postingsAfter: String) {\n  benefit(key: $key) {\n    ...BenefitSummary\n    postings(first: $postingsFirst, after: $postingsAfter) {\n      ...PostingPage\n    }\n  }\n}": typeof types.GetBenefitDocument,
    "query GetEmployer($slug: String, $id: ID, $postingsFirst: Int, $postingsAfter: String) {\n  employer(slug: $slug, id: $id) {\n    ...EmployerDetail\n    postings(first: $postingsFirst, after: $postingsAfter) {\n      ...PostingPage\n    }\n  }\n}": typeof types.GetEmployerDocument,
    "query GetPosting($id: ID, $employerSlug: String, $reference: String) {\n  posting(id: $id, employerSlug: $employerSlug, reference: $reference) {\n    ...PostingDetail\n  }\n}": typeof types.GetPostingDocument,
    "query ListBenefits($category: BenefitCategory, $first: Int, $after: String, $last: Int, $before: String) {\n  benefits(\n    category: $category\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n  ) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...BenefitSummary\n    }\n  }\n}": typeof types.ListBenefitsDocument,
    "query ListEmployers($filter: EmployerFilter, $orderBy: EmployerOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  employers(\n    filter: $filter\n    orderBy: $orderBy\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n  ) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...EmployerListItem\n    }\n  }\n}": typeof types.ListEmployersDocument,
    "fragment PostingSummary on Posting {\n  id\n  title\n  summary\n  reference\n  employer {\n    ...EmployerSummary\n  }\n  salary {\n    min\n    max\n    currency\n    period\n    text\n    annualMin\n    annualMax\n    disclosed\n  }\n  hours {\n    type\n    perWeek\n  }\n  contractType\n  workplace {\n    type\n    remoteDaysPerWeekMax\n    officeDaysPerWeekMin\n    officeTimeShareMin\n  }\n  locations {\n    name\n    region\n    postcode\n    countryCode\n    latitude\n    longitude\n  }\n  postedAt\n  closesAt\n  isOpen\n}\n\nfragment PostingDetail on Posting {\n  ...PostingSummary\n  team\n  description\n  descriptionHtml\n  responsibilities\n  requirements {\n    essential\n    desirable\n  }\n  skills\n  hours {\n    text\n  }\n  workplace {\n    policy\n  }\n  locations {\n    ...LocationFields\n  }\n  status\n  apply {\n    url\n    method\n    directApply\n    email\n    instructions\n  }\n  benefits {\n    ...OfferedBenefitFields\n  }\n  source {\n    id\n    name\n    url\n  }\n  createdAt\n  updatedAt\n}\n\nfragment PostingPage on PostingConnection {\n  totalCount\n  pageInfo {\n    ...PageInfoFields\n  }\n  nodes {\n    ...PostingSummary\n  }\n}": typeof types.PostingSummaryFragmentDoc,
    "query SearchPostings($filter: PostingFilter, $orderBy: PostingOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  postings(\n    filter: $filter\n    orderBy: $orderBy\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n  ) {\n    ...PostingPage\n  }\n}": typeof types.SearchPostingsDocument,
};
const documents: Documents = {
    "fragment BenefitSummary on Benefit {\n  id\n  key\n  name\n  category\n  description\n}\n\nfragment OfferedBenefitFields on OfferedBenefit {\n  benefit {\n    ...BenefitSummary\n  }\n  detail\n  value\n  unit\n  source\n}": types.BenefitSummaryFragmentDoc,
    "fragment PageInfoFields on PageInfo {\n  hasNextPage\n  hasPreviousPage\n  startCursor\n  endCursor\n}\n\nfragment LocationFields on Location {\n  name\n  addressLine\n  locality\n  region\n  postcode\n  countryCode\n  latitude\n  longitude\n}": types.PageInfoFieldsFragmentDoc,
    "fragment EmployerSummary on Employer {\n  id\n  slug\n  name\n}\n\nfragment AccreditationFields on Accreditation {\n  scheme\n  level\n  awardedOn\n  expiresOn\n  statement\n}\n\nfragment EmployerListItem on Employer {\n  ...EmployerSummary\n  logoUrl\n  industry\n  size\n  brands\n  openPostingsCount\n  headquarters {\n    ...LocationFields\n  }\n  accreditations {\n    ...AccreditationFields\n  }\n}\n\nfragment EmployerDetail on Employer {\n  ...EmployerListItem\n  description\n  descriptionHtml\n  websiteUrl\n  benefits {\n    ...OfferedBenefitFields\n  }\n  createdAt\n  updatedAt\n}": types.EmployerSummaryFragmentDoc,
    "query GetBenefit($key: String!, $postingsFirst: Int, $postingsAfter: String) {\n  benefit(key: $key) {\n    ...BenefitSummary\n    postings(first: $postingsFirst, after: $postingsAfter) {\n      ...PostingPage\n    }\n  }\n}": types.GetBenefitDocument,
    "query GetEmployer($slug: String, $id: ID, $postingsFirst: Int, $postingsAfter: String) {\n  employer(slug: $slug, id: $id) {\n    ...EmployerDetail\n    postings(first: $postingsFirst, after: $postingsAfter) {\n      ...PostingPage\n    }\n  }\n}": types.GetEmployerDocument,
    "query GetPosting($id: ID, $employerSlug: String, $reference: String) {\n  posting(id: $id, employerSlug: $employerSlug, reference: $reference) {\n    ...PostingDetail\n  }\n}": types.GetPostingDocument,
    "query ListBenefits($category: BenefitCategory, $first: Int, $after: String, $last: Int, $before: String) {\n  benefits(\n    category: $category\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n  ) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...BenefitSummary\n    }\n  }\n}": types.ListBenefitsDocument,
    "query ListEmployers($filter: EmployerFilter, $orderBy: EmployerOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  employers(\n    filter: $filter\n    orderBy: $orderBy\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n  ) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...EmployerListItem\n    }\n  }\n}": types.ListEmployersDocument,
    "fragment PostingSummary on Posting {\n  id\n  title\n  summary\n  reference\n  employer {\n    ...EmployerSummary\n  }\n  salary {\n    min\n    max\n    currency\n    period\n    text\n    annualMin\n    annualMax\n    disclosed\n  }\n  hours {\n    type\n    perWeek\n  }\n  contractType\n  workplace {\n    type\n    remoteDaysPerWeekMax\n    officeDaysPerWeekMin\n    officeTimeShareMin\n  }\n  locations {\n    name\n    region\n    postcode\n    countryCode\n    latitude\n    longitude\n  }\n  postedAt\n  closesAt\n  isOpen\n}\n\nfragment PostingDetail on Posting {\n  ...PostingSummary\n  team\n  description\n  descriptionHtml\n  responsibilities\n  requirements {\n    essential\n    desirable\n  }\n  skills\n  hours {\n    text\n  }\n  workplace {\n    policy\n  }\n  locations {\n    ...LocationFields\n  }\n  status\n  apply {\n    url\n    method\n    directApply\n    email\n    instructions\n  }\n  benefits {\n    ...OfferedBenefitFields\n  }\n  source {\n    id\n    name\n    url\n  }\n  createdAt\n  updatedAt\n}\n\nfragment PostingPage on PostingConnection {\n  totalCount\n  pageInfo {\n    ...PageInfoFields\n  }\n  nodes {\n    ...PostingSummary\n  }\n}": types.PostingSummaryFragmentDoc,
    "query SearchPostings($filter: PostingFilter, $orderBy: PostingOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  postings(\n    filter: $filter\n    orderBy: $orderBy\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n  ) {\n    ...PostingPage\n  }\n}": types.SearchPostingsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BenefitSummary on Benefit {\n  id\n  key\n  name\n  category\n  description\n}\n\nfragment OfferedBenefitFields on OfferedBenefit {\n  benefit {\n    ...BenefitSummary\n  }\n  detail\n  value\n  unit\n  source\n}"): typeof import('./graphql.js').BenefitSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PageInfoFields on PageInfo {\n  hasNextPage\n  hasPreviousPage\n  startCursor\n  endCursor\n}\n\nfragment LocationFields on Location {\n  name\n  addressLine\n  locality\n  region\n  postcode\n  countryCode\n  latitude\n  longitude\n}"): typeof import('./graphql.js').PageInfoFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment EmployerSummary on Employer {\n  id\n  slug\n  name\n}\n\nfragment AccreditationFields on Accreditation {\n  scheme\n  level\n  awardedOn\n  expiresOn\n  statement\n}\n\nfragment EmployerListItem on Employer {\n  ...EmployerSummary\n  logoUrl\n  industry\n  size\n  brands\n  openPostingsCount\n  headquarters {\n    ...LocationFields\n  }\n  accreditations {\n    ...AccreditationFields\n  }\n}\n\nfragment EmployerDetail on Employer {\n  ...EmployerListItem\n  description\n  descriptionHtml\n  websiteUrl\n  benefits {\n    ...OfferedBenefitFields\n  }\n  createdAt\n  updatedAt\n}"): typeof import('./graphql.js').EmployerSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetBenefit($key: String!, $postingsFirst: Int, $postingsAfter: String) {\n  benefit(key: $key) {\n    ...BenefitSummary\n    postings(first: $postingsFirst, after: $postingsAfter) {\n      ...PostingPage\n    }\n  }\n}"): typeof import('./graphql.js').GetBenefitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetEmployer($slug: String, $id: ID, $postingsFirst: Int, $postingsAfter: String) {\n  employer(slug: $slug, id: $id) {\n    ...EmployerDetail\n    postings(first: $postingsFirst, after: $postingsAfter) {\n      ...PostingPage\n    }\n  }\n}"): typeof import('./graphql.js').GetEmployerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetPosting($id: ID, $employerSlug: String, $reference: String) {\n  posting(id: $id, employerSlug: $employerSlug, reference: $reference) {\n    ...PostingDetail\n  }\n}"): typeof import('./graphql.js').GetPostingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListBenefits($category: BenefitCategory, $first: Int, $after: String, $last: Int, $before: String) {\n  benefits(\n    category: $category\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n  ) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...BenefitSummary\n    }\n  }\n}"): typeof import('./graphql.js').ListBenefitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListEmployers($filter: EmployerFilter, $orderBy: EmployerOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  employers(\n    filter: $filter\n    orderBy: $orderBy\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n  ) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...EmployerListItem\n    }\n  }\n}"): typeof import('./graphql.js').ListEmployersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PostingSummary on Posting {\n  id\n  title\n  summary\n  reference\n  employer {\n    ...EmployerSummary\n  }\n  salary {\n    min\n    max\n    currency\n    period\n    text\n    annualMin\n    annualMax\n    disclosed\n  }\n  hours {\n    type\n    perWeek\n  }\n  contractType\n  workplace {\n    type\n    remoteDaysPerWeekMax\n    officeDaysPerWeekMin\n    officeTimeShareMin\n  }\n  locations {\n    name\n    region\n    postcode\n    countryCode\n    latitude\n    longitude\n  }\n  postedAt\n  closesAt\n  isOpen\n}\n\nfragment PostingDetail on Posting {\n  ...PostingSummary\n  team\n  description\n  descriptionHtml\n  responsibilities\n  requirements {\n    essential\n    desirable\n  }\n  skills\n  hours {\n    text\n  }\n  workplace {\n    policy\n  }\n  locations {\n    ...LocationFields\n  }\n  status\n  apply {\n    url\n    method\n    directApply\n    email\n    instructions\n  }\n  benefits {\n    ...OfferedBenefitFields\n  }\n  source {\n    id\n    name\n    url\n  }\n  createdAt\n  updatedAt\n}\n\nfragment PostingPage on PostingConnection {\n  totalCount\n  pageInfo {\n    ...PageInfoFields\n  }\n  nodes {\n    ...PostingSummary\n  }\n}"): typeof import('./graphql.js').PostingSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchPostings($filter: PostingFilter, $orderBy: PostingOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  postings(\n    filter: $filter\n    orderBy: $orderBy\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n  ) {\n    ...PostingPage\n  }\n}"): typeof import('./graphql.js').SearchPostingsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
