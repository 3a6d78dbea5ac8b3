# syntax=docker/dockerfile:1
# The Jobgraph API image. The steps are the commands the README, the tests and CI (.ci/run) run:
# `pnpm install --frozen-lockfile` (whose postinstall generates the Prisma client), `pnpm
# typecheck`, `pnpm build` (packages/api/dist: the server and the operator CLIs as JavaScript),
# then a production-only install. The runtime has the build, the production dependencies, the
# migrations and the SDK's persisted documents: no TypeScript sources, no tsx, no sample-data
# generator. The server runs as `node dist/server.js`, as a non-root user, with NODE_ENV=production
# (an empty database is migrated, not seeded). The CLIs run the same way:
#
#   docker build -t jobgraph-api .
#   docker run --rm -e DATABASE_URL=postgres://... jobgraph-api node dist/db.js migrate   # once per release
#   docker run --rm -e DATABASE_URL=postgres://... jobgraph-api node dist/keys.js create --admin --name ops
#   docker run -p 4000:4000 -e DATABASE_URL=postgres://... -e REDIS_URL=redis://... jobgraph-api

ARG NODE_VERSION=20.20

FROM node:${NODE_VERSION}-bookworm-slim AS base
RUN npm install -g pnpm@12.4.2
WORKDIR /app

# 1. Everything, from the lockfile: the Prisma client is generated, the types are checked, and the
#    server and CLIs are compiled to packages/api/dist.
FROM base AS build
COPY . .
RUN pnpm install --frozen-lockfile
RUN pnpm typecheck
RUN pnpm build

# 2. Production dependencies only, from the same lockfile (no scripts: the client comes from 1).
FROM base AS prod-deps
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
COPY packages/api/package.json packages/api/
COPY packages/sdk/package.json packages/sdk/
RUN pnpm install --frozen-lockfile --prod --ignore-scripts

# 3. The runtime: production dependencies, the build (the generated client is bundled in it), the
#    migrations and schema (read by the migration engine at run time).
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
# NODE_OPTIONS and MALLOC_*: packages/api/scripts/production-runtime.ts says why (memory).
ENV NODE_ENV=production \
    PORT=4000 \
    JOBGRAPH_DATA_DIR=/data/pglite \
    NODE_OPTIONS=--max-semi-space-size=12 \
    MALLOC_ARENA_MAX=2 \
    MALLOC_MMAP_THRESHOLD_=131072 \
    MALLOC_TRIM_THRESHOLD_=131072
WORKDIR /app
COPY --from=prod-deps /app/node_modules node_modules
COPY --from=prod-deps /app/packages/api/node_modules packages/api/node_modules
COPY --from=build /app/package.json /app/pnpm-workspace.yaml /app/pnpm-lock.yaml ./
COPY --from=build /app/prisma prisma
# package.json: "type": "module" makes dist/*.js ES modules.
COPY --from=build /app/packages/api/package.json packages/api/
COPY --from=build /app/packages/api/dist packages/api/dist
# Only the embedded database (no DATABASE_URL) writes to disk, under /data.
RUN mkdir -p /data && chown node:node /data
USER node
WORKDIR /app/packages/api
EXPOSE 4000
# Ready = serving and its database answering (GET /ready); the orchestrator stops routing otherwise.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/ready`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM finishes in-flight requests and ends subscriptions before exiting (src/server.ts).
STOPSIGNAL SIGTERM
# Source maps: stack traces name src/ files and lines.
CMD ["node", "--enable-source-maps", "dist/server.js"]
