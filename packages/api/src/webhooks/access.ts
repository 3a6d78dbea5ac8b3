// Who manages which webhook endpoints: admin keys every endpoint; an employer key with
// MANAGE_EMPLOYER its own employer's. Written once, as a Prisma `where`.
import type { Prisma } from "../generated/prisma/client.js";
import { hasScope, type Viewer } from "../viewer/viewer.js";

/** The endpoints the viewer may list and change (none for anyone else). */
export function manageableEndpointsWhere(viewer: Viewer): Prisma.WebhookEndpointWhereInput {
  if (viewer.kind === "ADMIN") return {};
  if (viewer.kind === "EMPLOYER" && hasScope(viewer, "MANAGE_EMPLOYER")) return { employerId: viewer.employerId };
  return { id: { in: [] } };
}
