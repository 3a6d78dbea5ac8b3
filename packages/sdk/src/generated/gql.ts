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
    "mutation ArchivePosting($id: ID!, $expectedVersion: Int) {\n  archivePosting(id: $id, expectedVersion: $expectedVersion) {\n    posting {\n      ...PostingDetail\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.ArchivePostingDocument,
    "fragment BenefitSummary on Benefit {\n  id\n  key\n  name\n  category\n  description\n}\n\nfragment OfferedBenefitFields on OfferedBenefit {\n  benefit {\n    ...BenefitSummary\n  }\n  detail\n  value\n  unit\n  source\n}": typeof types.BenefitSummaryFragmentDoc,
    "mutation ClosePosting($id: ID!, $expectedVersion: Int) {\n  closePosting(id: $id, expectedVersion: $expectedVersion) {\n    posting {\n      ...PostingDetail\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.ClosePostingDocument,
    "fragment PageInfoFields on PageInfo {\n  hasNextPage\n  hasPreviousPage\n  startCursor\n  endCursor\n}\n\nfragment LocationFields on Location {\n  name\n  addressLine\n  locality\n  region\n  postcode\n  countryCode\n  latitude\n  longitude\n}\n\nfragment UserErrorFields on UserError {\n  field\n  code\n  message\n}": typeof types.PageInfoFieldsFragmentDoc,
    "mutation CreateBenefit($input: CreateBenefitInput!) {\n  createBenefit(input: $input) {\n    benefit {\n      ...BenefitSummary\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.CreateBenefitDocument,
    "mutation CreateEmployer($input: CreateEmployerInput!) {\n  createEmployer(input: $input) {\n    employer {\n      ...EmployerDetail\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.CreateEmployerDocument,
    "mutation CreatePosting($input: CreatePostingInput!) {\n  createPosting(input: $input) {\n    posting {\n      ...PostingDetail\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.CreatePostingDocument,
    "fragment EmployerSummary on Employer {\n  id\n  slug\n  name\n}\n\nfragment AccreditationFields on Accreditation {\n  scheme\n  level\n  awardedOn\n  expiresOn\n  statement\n}\n\nfragment EmployerListItem on Employer {\n  ...EmployerSummary\n  logoUrl\n  industry\n  size\n  brands\n  openPostingsCount\n  headquarters {\n    ...LocationFields\n  }\n  accreditations {\n    ...AccreditationFields\n  }\n}\n\nfragment EmployerDetail on Employer {\n  ...EmployerListItem\n  description\n  descriptionHtml\n  websiteUrl\n  benefits {\n    ...OfferedBenefitFields\n  }\n  createdAt\n  updatedAt\n  version\n}": typeof types.EmployerSummaryFragmentDoc,
    "query GetBenefit($key: String!, $postingsFirst: Int, $postingsAfter: String) {\n  benefit(key: $key) {\n    ...BenefitSummary\n    postings(first: $postingsFirst, after: $postingsAfter) {\n      ...PostingPage\n    }\n  }\n}": typeof types.GetBenefitDocument,
    "query GetEmployer($slug: String, $id: ID, $postingsFirst: Int, $postingsAfter: String) {\n  employer(slug: $slug, id: $id) {\n    ...EmployerDetail\n    postings(first: $postingsFirst, after: $postingsAfter) {\n      ...PostingPage\n    }\n  }\n}": typeof types.GetEmployerDocument,
    "query GetPosting($id: ID, $employerSlug: String, $reference: String) {\n  posting(id: $id, employerSlug: $employerSlug, reference: $reference) {\n    ...PostingDetail\n    employer {\n      ...EmployerListItem\n      description\n      descriptionHtml\n      websiteUrl\n    }\n  }\n}": typeof types.GetPostingDocument,
    "mutation ImportPostings($input: ImportPostingsInput!) {\n  importPostings(input: $input) {\n    created\n    updated\n    unchanged\n    failed\n    results {\n      position\n      origin\n      reference\n      status\n      posting {\n        ...PostingSummary\n      }\n      errors {\n        ...UserErrorFields\n      }\n      warnings {\n        ...ImportWarningFields\n      }\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.ImportPostingsDocument,
    "query ListBenefits($category: BenefitCategory, $first: Int, $after: String, $last: Int, $before: String) {\n  benefits(\n    category: $category\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n  ) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...BenefitSummary\n    }\n  }\n}": typeof types.ListBenefitsDocument,
    "query ListEmployers($filter: EmployerFilter, $orderBy: EmployerOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  employers(\n    filter: $filter\n    orderBy: $orderBy\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n  ) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...EmployerListItem\n    }\n  }\n}": typeof types.ListEmployersDocument,
    "fragment PostingSummary on Posting {\n  id\n  title\n  summary\n  reference\n  employer {\n    ...EmployerSummary\n  }\n  salary {\n    min\n    max\n    currency\n    period\n    text\n    annualMin\n    annualMax\n    disclosed\n  }\n  hours {\n    type\n    perWeek\n  }\n  contractType\n  workplace {\n    type\n    remoteDaysPerWeekMax\n    officeDaysPerWeekMin\n    officeTimeShareMin\n  }\n  locations {\n    name\n    region\n    postcode\n    countryCode\n    latitude\n    longitude\n  }\n  postedAt\n  closesAt\n  isOpen\n}\n\nfragment PostingDetail on Posting {\n  ...PostingSummary\n  team\n  description\n  descriptionHtml\n  responsibilities\n  requirements {\n    essential\n    desirable\n  }\n  skills\n  hours {\n    text\n  }\n  workplace {\n    policy\n  }\n  locations {\n    ...LocationFields\n  }\n  status\n  apply {\n    url\n    method\n    directApply\n    email\n    instructions\n  }\n  benefits {\n    ...OfferedBenefitFields\n  }\n  source {\n    id\n    name\n    url\n  }\n  createdAt\n  updatedAt\n  version\n}\n\nfragment PostingPage on PostingConnection {\n  totalCount\n  pageInfo {\n    ...PageInfoFields\n  }\n  nodes {\n    ...PostingSummary\n  }\n}\n\nfragment PostingFacetsFields on PostingFacets {\n  contractTypes {\n    value\n    count\n  }\n  hoursTypes {\n    value\n    count\n  }\n  workplaceTypes {\n    value\n    count\n  }\n  employers {\n    count\n    employer {\n      ...EmployerSummary\n    }\n  }\n  locations {\n    name\n    count\n  }\n  benefits {\n    count\n    benefit {\n      key\n      name\n      category\n    }\n  }\n  salary {\n    min\n    max\n    count\n  }\n}\n\nfragment ImportWarningFields on ImportWarning {\n  field\n  code\n  message\n}": typeof types.PostingSummaryFragmentDoc,
    "mutation PublishPosting($id: ID!, $expectedVersion: Int) {\n  publishPosting(id: $id, expectedVersion: $expectedVersion) {\n    posting {\n      ...PostingDetail\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.PublishPostingDocument,
    "query SearchPostings($filter: PostingFilter, $orderBy: PostingOrder, $first: Int, $after: String, $last: Int, $before: String, $withFacets: Boolean = false) {\n  postings(\n    filter: $filter\n    orderBy: $orderBy\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n  ) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...PostingSummary\n    }\n    edges {\n      cursor\n      distance\n      relevance\n    }\n    facets @include(if: $withFacets) {\n      ...PostingFacetsFields\n    }\n  }\n}": typeof types.SearchPostingsDocument,
    "mutation SetEmployerBenefits($id: ID!, $benefits: [OfferedBenefitInput!]!, $expectedVersion: Int) {\n  setEmployerBenefits(\n    id: $id\n    benefits: $benefits\n    expectedVersion: $expectedVersion\n  ) {\n    employer {\n      ...EmployerDetail\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.SetEmployerBenefitsDocument,
    "mutation SetPostingBenefits($id: ID!, $benefits: [OfferedBenefitInput!]!, $expectedVersion: Int) {\n  setPostingBenefits(\n    id: $id\n    benefits: $benefits\n    expectedVersion: $expectedVersion\n  ) {\n    posting {\n      ...PostingDetail\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.SetPostingBenefitsDocument,
    "mutation UpdateEmployer($id: ID!, $input: UpdateEmployerInput!, $expectedVersion: Int) {\n  updateEmployer(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    employer {\n      ...EmployerDetail\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.UpdateEmployerDocument,
    "mutation UpdatePosting($id: ID!, $input: UpdatePostingInput!, $expectedVersion: Int) {\n  updatePosting(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    posting {\n      ...PostingDetail\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.UpdatePostingDocument,
    "query Viewer {\n  viewer {\n    kind\n    scopes\n    apiKey {\n      prefix\n      name\n      scopes\n      createdAt\n      expiresAt\n      lastUsedAt\n    }\n    employer {\n      ...EmployerSummary\n    }\n  }\n}": typeof types.ViewerDocument,
};
const documents: Documents = {
    "mutation ArchivePosting($id: ID!, $expectedVersion: Int) {\n  archivePosting(id: $id, expectedVersion: $expectedVersion) {\n    posting {\n      ...PostingDetail\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": types.ArchivePostingDocument,
    "fragment BenefitSummary on Benefit {\n  id\n  key\n  name\n  category\n  description\n}\n\nfragment OfferedBenefitFields on OfferedBenefit {\n  benefit {\n    ...BenefitSummary\n  }\n  detail\n  value\n  unit\n  source\n}": types.BenefitSummaryFragmentDoc,
    "mutation ClosePosting($id: ID!, $expectedVersion: Int) {\n  closePosting(id: $id, expectedVersion: $expectedVersion) {\n    posting {\n      ...PostingDetail\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": types.ClosePostingDocument,
    "fragment PageInfoFields on PageInfo {\n  hasNextPage\n  hasPreviousPage\n  startCursor\n  endCursor\n}\n\nfragment LocationFields on Location {\n  name\n  addressLine\n  locality\n  region\n  postcode\n  countryCode\n  latitude\n  longitude\n}\n\nfragment UserErrorFields on UserError {\n  field\n  code\n  message\n}": types.PageInfoFieldsFragmentDoc,
    "mutation CreateBenefit($input: CreateBenefitInput!) {\n  createBenefit(input: $input) {\n    benefit {\n      ...BenefitSummary\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": types.CreateBenefitDocument,
    "mutation CreateEmployer($input: CreateEmployerInput!) {\n  createEmployer(input: $input) {\n    employer {\n      ...EmployerDetail\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": types.CreateEmployerDocument,
    "mutation CreatePosting($input: CreatePostingInput!) {\n  createPosting(input: $input) {\n    posting {\n      ...PostingDetail\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": types.CreatePostingDocument,
    "fragment EmployerSummary on Employer {\n  id\n  slug\n  name\n}\n\nfragment AccreditationFields on Accreditation {\n  scheme\n  level\n  awardedOn\n  expiresOn\n  statement\n}\n\nfragment EmployerListItem on Employer {\n  ...EmployerSummary\n  logoUrl\n  industry\n  size\n  brands\n  openPostingsCount\n  headquarters {\n    ...LocationFields\n  }\n  accreditations {\n    ...AccreditationFields\n  }\n}\n\nfragment EmployerDetail on Employer {\n  ...EmployerListItem\n  description\n  descriptionHtml\n  websiteUrl\n  benefits {\n    ...OfferedBenefitFields\n  }\n  createdAt\n  updatedAt\n  version\n}": types.EmployerSummaryFragmentDoc,
    "query GetBenefit($key: String!, $postingsFirst: Int, $postingsAfter: String) {\n  benefit(key: $key) {\n    ...BenefitSummary\n    postings(first: $postingsFirst, after: $postingsAfter) {\n      ...PostingPage\n    }\n  }\n}": types.GetBenefitDocument,
    "query GetEmployer($slug: String, $id: ID, $postingsFirst: Int, $postingsAfter: String) {\n  employer(slug: $slug, id: $id) {\n    ...EmployerDetail\n    postings(first: $postingsFirst, after: $postingsAfter) {\n      ...PostingPage\n    }\n  }\n}": types.GetEmployerDocument,
    "query GetPosting($id: ID, $employerSlug: String, $reference: String) {\n  posting(id: $id, employerSlug: $employerSlug, reference: $reference) {\n    ...PostingDetail\n    employer {\n      ...EmployerListItem\n      description\n      descriptionHtml\n      websiteUrl\n    }\n  }\n}": types.GetPostingDocument,
    "mutation ImportPostings($input: ImportPostingsInput!) {\n  importPostings(input: $input) {\n    created\n    updated\n    unchanged\n    failed\n    results {\n      position\n      origin\n      reference\n      status\n      posting {\n        ...PostingSummary\n      }\n      errors {\n        ...UserErrorFields\n      }\n      warnings {\n        ...ImportWarningFields\n      }\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": types.ImportPostingsDocument,
    "query ListBenefits($category: BenefitCategory, $first: Int, $after: String, $last: Int, $before: String) {\n  benefits(\n    category: $category\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n  ) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...BenefitSummary\n    }\n  }\n}": types.ListBenefitsDocument,
    "query ListEmployers($filter: EmployerFilter, $orderBy: EmployerOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  employers(\n    filter: $filter\n    orderBy: $orderBy\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n  ) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...EmployerListItem\n    }\n  }\n}": types.ListEmployersDocument,
    "fragment PostingSummary on Posting {\n  id\n  title\n  summary\n  reference\n  employer {\n    ...EmployerSummary\n  }\n  salary {\n    min\n    max\n    currency\n    period\n    text\n    annualMin\n    annualMax\n    disclosed\n  }\n  hours {\n    type\n    perWeek\n  }\n  contractType\n  workplace {\n    type\n    remoteDaysPerWeekMax\n    officeDaysPerWeekMin\n    officeTimeShareMin\n  }\n  locations {\n    name\n    region\n    postcode\n    countryCode\n    latitude\n    longitude\n  }\n  postedAt\n  closesAt\n  isOpen\n}\n\nfragment PostingDetail on Posting {\n  ...PostingSummary\n  team\n  description\n  descriptionHtml\n  responsibilities\n  requirements {\n    essential\n    desirable\n  }\n  skills\n  hours {\n    text\n  }\n  workplace {\n    policy\n  }\n  locations {\n    ...LocationFields\n  }\n  status\n  apply {\n    url\n    method\n    directApply\n    email\n    instructions\n  }\n  benefits {\n    ...OfferedBenefitFields\n  }\n  source {\n    id\n    name\n    url\n  }\n  createdAt\n  updatedAt\n  version\n}\n\nfragment PostingPage on PostingConnection {\n  totalCount\n  pageInfo {\n    ...PageInfoFields\n  }\n  nodes {\n    ...PostingSummary\n  }\n}\n\nfragment PostingFacetsFields on PostingFacets {\n  contractTypes {\n    value\n    count\n  }\n  hoursTypes {\n    value\n    count\n  }\n  workplaceTypes {\n    value\n    count\n  }\n  employers {\n    count\n    employer {\n      ...EmployerSummary\n    }\n  }\n  locations {\n    name\n    count\n  }\n  benefits {\n    count\n    benefit {\n      key\n      name\n      category\n    }\n  }\n  salary {\n    min\n    max\n    count\n  }\n}\n\nfragment ImportWarningFields on ImportWarning {\n  field\n  code\n  message\n}": types.PostingSummaryFragmentDoc,
    "mutation PublishPosting($id: ID!, $expectedVersion: Int) {\n  publishPosting(id: $id, expectedVersion: $expectedVersion) {\n    posting {\n      ...PostingDetail\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": types.PublishPostingDocument,
    "query SearchPostings($filter: PostingFilter, $orderBy: PostingOrder, $first: Int, $after: String, $last: Int, $before: String, $withFacets: Boolean = false) {\n  postings(\n    filter: $filter\n    orderBy: $orderBy\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n  ) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...PostingSummary\n    }\n    edges {\n      cursor\n      distance\n      relevance\n    }\n    facets @include(if: $withFacets) {\n      ...PostingFacetsFields\n    }\n  }\n}": types.SearchPostingsDocument,
    "mutation SetEmployerBenefits($id: ID!, $benefits: [OfferedBenefitInput!]!, $expectedVersion: Int) {\n  setEmployerBenefits(\n    id: $id\n    benefits: $benefits\n    expectedVersion: $expectedVersion\n  ) {\n    employer {\n      ...EmployerDetail\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": types.SetEmployerBenefitsDocument,
    "mutation SetPostingBenefits($id: ID!, $benefits: [OfferedBenefitInput!]!, $expectedVersion: Int) {\n  setPostingBenefits(\n    id: $id\n    benefits: $benefits\n    expectedVersion: $expectedVersion\n  ) {\n    posting {\n      ...PostingDetail\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": types.SetPostingBenefitsDocument,
    "mutation UpdateEmployer($id: ID!, $input: UpdateEmployerInput!, $expectedVersion: Int) {\n  updateEmployer(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    employer {\n      ...EmployerDetail\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": types.UpdateEmployerDocument,
    "mutation UpdatePosting($id: ID!, $input: UpdatePostingInput!, $expectedVersion: Int) {\n  updatePosting(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    posting {\n      ...PostingDetail\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": types.UpdatePostingDocument,
    "query Viewer {\n  viewer {\n    kind\n    scopes\n    apiKey {\n      prefix\n      name\n      scopes\n      createdAt\n      expiresAt\n      lastUsedAt\n    }\n    employer {\n      ...EmployerSummary\n    }\n  }\n}": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ArchivePosting($id: ID!, $expectedVersion: Int) {\n  archivePosting(id: $id, expectedVersion: $expectedVersion) {\n    posting {\n      ...PostingDetail\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}"): typeof import('./graphql.js').ArchivePostingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BenefitSummary on Benefit {\n  id\n  key\n  name\n  category\n  description\n}\n\nfragment OfferedBenefitFields on OfferedBenefit {\n  benefit {\n    ...BenefitSummary\n  }\n  detail\n  value\n  unit\n  source\n}"): typeof import('./graphql.js').BenefitSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClosePosting($id: ID!, $expectedVersion: Int) {\n  closePosting(id: $id, expectedVersion: $expectedVersion) {\n    posting {\n      ...PostingDetail\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}"): typeof import('./graphql.js').ClosePostingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PageInfoFields on PageInfo {\n  hasNextPage\n  hasPreviousPage\n  startCursor\n  endCursor\n}\n\nfragment LocationFields on Location {\n  name\n  addressLine\n  locality\n  region\n  postcode\n  countryCode\n  latitude\n  longitude\n}\n\nfragment UserErrorFields on UserError {\n  field\n  code\n  message\n}"): typeof import('./graphql.js').PageInfoFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateBenefit($input: CreateBenefitInput!) {\n  createBenefit(input: $input) {\n    benefit {\n      ...BenefitSummary\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}"): typeof import('./graphql.js').CreateBenefitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateEmployer($input: CreateEmployerInput!) {\n  createEmployer(input: $input) {\n    employer {\n      ...EmployerDetail\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}"): typeof import('./graphql.js').CreateEmployerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePosting($input: CreatePostingInput!) {\n  createPosting(input: $input) {\n    posting {\n      ...PostingDetail\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}"): typeof import('./graphql.js').CreatePostingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment EmployerSummary on Employer {\n  id\n  slug\n  name\n}\n\nfragment AccreditationFields on Accreditation {\n  scheme\n  level\n  awardedOn\n  expiresOn\n  statement\n}\n\nfragment EmployerListItem on Employer {\n  ...EmployerSummary\n  logoUrl\n  industry\n  size\n  brands\n  openPostingsCount\n  headquarters {\n    ...LocationFields\n  }\n  accreditations {\n    ...AccreditationFields\n  }\n}\n\nfragment EmployerDetail on Employer {\n  ...EmployerListItem\n  description\n  descriptionHtml\n  websiteUrl\n  benefits {\n    ...OfferedBenefitFields\n  }\n  createdAt\n  updatedAt\n  version\n}"): typeof import('./graphql.js').EmployerSummaryFragmentDoc;
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
export function graphql(source: "query GetPosting($id: ID, $employerSlug: String, $reference: String) {\n  posting(id: $id, employerSlug: $employerSlug, reference: $reference) {\n    ...PostingDetail\n    employer {\n      ...EmployerListItem\n      description\n      descriptionHtml\n      websiteUrl\n    }\n  }\n}"): typeof import('./graphql.js').GetPostingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportPostings($input: ImportPostingsInput!) {\n  importPostings(input: $input) {\n    created\n    updated\n    unchanged\n    failed\n    results {\n      position\n      origin\n      reference\n      status\n      posting {\n        ...PostingSummary\n      }\n      errors {\n        ...UserErrorFields\n      }\n      warnings {\n        ...ImportWarningFields\n      }\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}"): typeof import('./graphql.js').ImportPostingsDocument;
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
export function graphql(source: "fragment PostingSummary on Posting {\n  id\n  title\n  summary\n  reference\n  employer {\n    ...EmployerSummary\n  }\n  salary {\n    min\n    max\n    currency\n    period\n    text\n    annualMin\n    annualMax\n    disclosed\n  }\n  hours {\n    type\n    perWeek\n  }\n  contractType\n  workplace {\n    type\n    remoteDaysPerWeekMax\n    officeDaysPerWeekMin\n    officeTimeShareMin\n  }\n  locations {\n    name\n    region\n    postcode\n    countryCode\n    latitude\n    longitude\n  }\n  postedAt\n  closesAt\n  isOpen\n}\n\nfragment PostingDetail on Posting {\n  ...PostingSummary\n  team\n  description\n  descriptionHtml\n  responsibilities\n  requirements {\n    essential\n    desirable\n  }\n  skills\n  hours {\n    text\n  }\n  workplace {\n    policy\n  }\n  locations {\n    ...LocationFields\n  }\n  status\n  apply {\n    url\n    method\n    directApply\n    email\n    instructions\n  }\n  benefits {\n    ...OfferedBenefitFields\n  }\n  source {\n    id\n    name\n    url\n  }\n  createdAt\n  updatedAt\n  version\n}\n\nfragment PostingPage on PostingConnection {\n  totalCount\n  pageInfo {\n    ...PageInfoFields\n  }\n  nodes {\n    ...PostingSummary\n  }\n}\n\nfragment PostingFacetsFields on PostingFacets {\n  contractTypes {\n    value\n    count\n  }\n  hoursTypes {\n    value\n    count\n  }\n  workplaceTypes {\n    value\n    count\n  }\n  employers {\n    count\n    employer {\n      ...EmployerSummary\n    }\n  }\n  locations {\n    name\n    count\n  }\n  benefits {\n    count\n    benefit {\n      key\n      name\n      category\n    }\n  }\n  salary {\n    min\n    max\n    count\n  }\n}\n\nfragment ImportWarningFields on ImportWarning {\n  field\n  code\n  message\n}"): typeof import('./graphql.js').PostingSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishPosting($id: ID!, $expectedVersion: Int) {\n  publishPosting(id: $id, expectedVersion: $expectedVersion) {\n    posting {\n      ...PostingDetail\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}"): typeof import('./graphql.js').PublishPostingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchPostings($filter: PostingFilter, $orderBy: PostingOrder, $first: Int, $after: String, $last: Int, $before: String, $withFacets: Boolean = false) {\n  postings(\n    filter: $filter\n    orderBy: $orderBy\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n  ) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...PostingSummary\n    }\n    edges {\n      cursor\n      distance\n      relevance\n    }\n    facets @include(if: $withFacets) {\n      ...PostingFacetsFields\n    }\n  }\n}"): typeof import('./graphql.js').SearchPostingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetEmployerBenefits($id: ID!, $benefits: [OfferedBenefitInput!]!, $expectedVersion: Int) {\n  setEmployerBenefits(\n    id: $id\n    benefits: $benefits\n    expectedVersion: $expectedVersion\n  ) {\n    employer {\n      ...EmployerDetail\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}"): typeof import('./graphql.js').SetEmployerBenefitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetPostingBenefits($id: ID!, $benefits: [OfferedBenefitInput!]!, $expectedVersion: Int) {\n  setPostingBenefits(\n    id: $id\n    benefits: $benefits\n    expectedVersion: $expectedVersion\n  ) {\n    posting {\n      ...PostingDetail\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}"): typeof import('./graphql.js').SetPostingBenefitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateEmployer($id: ID!, $input: UpdateEmployerInput!, $expectedVersion: Int) {\n  updateEmployer(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    employer {\n      ...EmployerDetail\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}"): typeof import('./graphql.js').UpdateEmployerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePosting($id: ID!, $input: UpdatePostingInput!, $expectedVersion: Int) {\n  updatePosting(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    posting {\n      ...PostingDetail\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}"): typeof import('./graphql.js').UpdatePostingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Viewer {\n  viewer {\n    kind\n    scopes\n    apiKey {\n      prefix\n      name\n      scopes\n      createdAt\n      expiresAt\n      lastUsedAt\n    }\n    employer {\n      ...EmployerSummary\n    }\n  }\n}"): typeof import('./graphql.js').ViewerDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
