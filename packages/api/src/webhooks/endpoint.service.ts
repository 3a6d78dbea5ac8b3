// Webhook endpoints: created, changed, disabled, deleted and re-keyed by API keys; deliveries sent
// again on request. Who may touch which endpoint is access.ts.
import type { Prisma } from "../generated/prisma/client.js";
import { encodeGlobalId } from "../graphql/builder.js";
import type { Context } from "../graphql/context.js";
import { failed, ok, type UserError, userError, userErrorsFromZod, type WriteResult } from "../write/user-errors.js";
import { manageableEndpointsWhere } from "./access.js";
import { CreateWebhookEndpointSchema, UpdateWebhookEndpointSchema } from "./endpoint.input.js";
import { DEFAULT_OUTBOUND_POLICY, endpointUrlProblem, newWebhookSecret } from "./send.js";

/** Endpoints per owner (an employer, or the admins together): each one multiplies every change's deliveries. */
export const MAX_ENDPOINTS_PER_OWNER = 10;

/** After a rotation, the previous secret signs too (every request carries both signatures) for this long. */
export const PREVIOUS_SECRET_GRACE_MS = 24 * 60 * 60 * 1000;

type EndpointContext = Pick<Context, "prisma" | "viewer" | "now" | "webhookPolicy">;

interface EmployerIdArg {
  typename: string;
  id: string;
}

function urlErrors(ctx: EndpointContext, url: string | null | undefined): UserError[] {
  if (url == null) return [];
  const problem = endpointUrlProblem(url, ctx.webhookPolicy ?? DEFAULT_OUTBOUND_POLICY);
  return problem ? [userError(["input", "url"], "INVALID", problem)] : [];
}

/** An admin endpoint's employer filter: Employer IDs that exist; employer keys may not set one. */
async function employerFilter(
  ctx: EndpointContext,
  ids: readonly EmployerIdArg[] | null | undefined,
): Promise<{ ids?: string[]; errors: UserError[] }> {
  if (ids == null) return { errors: [] };
  if (ctx.viewer.kind !== "ADMIN")
    return {
      errors: [
        userError(
          ["input", "employerIds"],
          "FORBIDDEN",
          "Only admin keys filter by employer: an employer key's endpoint receives its own employer's changes.",
        ),
      ],
    };
  const wanted = [...new Set(ids.map((id) => id.id))];
  const found = wanted.length ? await ctx.prisma.employer.findMany({ where: { id: { in: wanted } }, select: { id: true } }) : [];
  const known = new Set(found.map((row) => row.id));
  const errors = ids.flatMap((id, index) =>
    known.has(id.id) ? [] : [userError(["input", "employerIds", index], "NOT_FOUND", `No employer with ID ${encodeGlobalId("Employer", id.id)}.`)],
  );
  return { ids: wanted, errors };
}

export async function createWebhookEndpoint(
  ctx: EndpointContext,
  input: Record<string, unknown> & { employerIds?: readonly EmployerIdArg[] | null },
): Promise<WriteResult<{ id: string; secret: string }>> {
  const { employerIds, ...fields } = input;
  const parsed = CreateWebhookEndpointSchema.safeParse(fields);
  const filter = await employerFilter(ctx, employerIds);
  const errors = [...(parsed.success ? urlErrors(ctx, parsed.data.url) : userErrorsFromZod(parsed.error, ["input"], fields)), ...filter.errors];
  if (!parsed.success || errors.length) return failed(errors);
  const viewer = ctx.viewer;
  if (viewer.kind === "ANONYMOUS") return failed([userError(null, "FORBIDDEN", "An API key is needed.")]);
  const owned = await ctx.prisma.webhookEndpoint.count({ where: { employerId: viewer.kind === "EMPLOYER" ? viewer.employerId : null } });
  if (owned >= MAX_ENDPOINTS_PER_OWNER)
    return failed([
      userError(
        null,
        "INVALID",
        `At most ${MAX_ENDPOINTS_PER_OWNER} webhook endpoints per employer (and for the admins together): delete one first.`,
      ),
    ]);
  const secret = newWebhookSecret();
  const endpoint = await ctx.prisma.webhookEndpoint.create({
    data: {
      url: parsed.data.url,
      description: parsed.data.description ?? null,
      kinds: parsed.data.kinds ?? [],
      types: parsed.data.types ?? [],
      employerId: viewer.kind === "EMPLOYER" ? viewer.employerId : null,
      employerIds: filter.ids ?? [],
      secret,
      createdByKeyPrefix: viewer.prefix,
    },
    select: { id: true },
  });
  return ok({ id: endpoint.id, secret });
}

async function findManageable(ctx: EndpointContext, id: string) {
  return ctx.prisma.webhookEndpoint.findFirst({ where: { AND: [{ id }, manageableEndpointsWhere(ctx.viewer)] } });
}

const notFound = (field: string[]) => failed<never>([userError(field, "NOT_FOUND", "No webhook endpoint with this ID that your API key manages.")]);

export async function updateWebhookEndpoint(
  ctx: EndpointContext,
  id: string,
  input: Record<string, unknown> & { employerIds?: readonly EmployerIdArg[] | null },
): Promise<WriteResult<{ id: string }>> {
  const { employerIds, ...fields } = input;
  const parsed = UpdateWebhookEndpointSchema.safeParse(fields);
  const filter = await employerFilter(ctx, employerIds);
  const errors = [...(parsed.success ? urlErrors(ctx, parsed.data.url) : userErrorsFromZod(parsed.error, ["input"], fields)), ...filter.errors];
  if (!parsed.success || errors.length) return failed(errors);
  const endpoint = await findManageable(ctx, id);
  if (!endpoint) return notFound(["id"]);
  const patch = parsed.data;
  const data: Prisma.WebhookEndpointUpdateInput = {};
  if (patch.url != null) data.url = patch.url;
  if (patch.description !== undefined) data.description = patch.description;
  if (patch.kinds !== undefined) data.kinds = patch.kinds ?? [];
  if (patch.types !== undefined) data.types = patch.types ?? [];
  if (filter.ids) data.employerIds = filter.ids;
  const enabling = patch.enabled === true && !endpoint.enabled;
  if (patch.enabled === false) Object.assign(data, { enabled: false, disabledAt: ctx.now, disabledReason: "Disabled through the API." });
  if (enabling) Object.assign(data, { enabled: true, disabledAt: null, disabledReason: null });
  await ctx.prisma.$transaction([
    ctx.prisma.webhookEndpoint.update({ where: { id }, data }),
    // Enabled again: what is pending is tried again now, with a new 24-hour window.
    ...(enabling
      ? [
          ctx.prisma.webhookDelivery.updateMany({
            where: { endpointId: id, status: "PENDING" },
            data: { nextAttemptAt: ctx.now, firstAttemptAt: null },
          }),
        ]
      : []),
  ]);
  return ok({ id });
}

export async function deleteWebhookEndpoint(ctx: EndpointContext, id: string): Promise<WriteResult<{ id: string }>> {
  const endpoint = await findManageable(ctx, id);
  if (!endpoint) return notFound(["id"]);
  await ctx.prisma.webhookEndpoint.delete({ where: { id } });
  return ok({ id });
}

/** A new secret; the previous one keeps signing (a second signature on every request) for 24 hours. */
export async function rotateWebhookEndpointSecret(ctx: EndpointContext, id: string): Promise<WriteResult<{ id: string; secret: string }>> {
  const endpoint = await findManageable(ctx, id);
  if (!endpoint) return notFound(["id"]);
  const secret = newWebhookSecret();
  await ctx.prisma.webhookEndpoint.update({
    where: { id },
    data: { secret, previousSecret: endpoint.secret, previousSecretExpiresAt: new Date(ctx.now.getTime() + PREVIOUS_SECRET_GRACE_MS) },
  });
  return ok({ id, secret });
}

/** Sends a delivery again, whatever its status: the same webhook-id and body, a new 24-hour retry window. */
export async function redeliverWebhookDelivery(ctx: EndpointContext, id: string): Promise<WriteResult<{ id: string }>> {
  const delivery = await ctx.prisma.webhookDelivery.findFirst({ where: { id, endpoint: manageableEndpointsWhere(ctx.viewer) } });
  if (!delivery) return failed([userError(["id"], "NOT_FOUND", "No webhook delivery with this ID that your API key manages.")]);
  await ctx.prisma.webhookDelivery.update({ where: { id }, data: { status: "PENDING", nextAttemptAt: ctx.now, firstAttemptAt: null } });
  return ok({ id });
}

/** The body of a test event: what a receiver gets from sendTestWebhook. */
export function testEventBody(now: Date): string {
  return JSON.stringify({
    type: "webhook.test",
    timestamp: now.toISOString(),
    data: { message: "Hello from Jobgraph: this endpoint receives its webhooks." },
  });
}

/** Queues a `webhook.test` event to the endpoint now (also while disabled: that is how to check a fix before enabling it). */
export async function sendTestWebhook(ctx: EndpointContext, id: string): Promise<WriteResult<{ id: string }>> {
  const endpoint = await findManageable(ctx, id);
  if (!endpoint) return notFound(["id"]);
  const delivery = await ctx.prisma.webhookDelivery.create({
    data: { endpointId: id, eventType: "webhook.test", payload: testEventBody(ctx.now), nextAttemptAt: ctx.now },
    select: { id: true },
  });
  return ok({ id: delivery.id });
}
