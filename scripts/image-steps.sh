#!/usr/bin/env bash
# Runs the Dockerfile's stages by hand, for machines without Docker: from a clean `git archive` of
# HEAD, the build stage (frozen install, which generates the Prisma client; typecheck; pnpm build),
# the production-only install (which must hold neither faker nor tsx), the runtime layout (the
# build, no sources), then the compiled migrate and keys CLIs, the compiled server
# (NODE_ENV=production) on the new empty database, a query showing it was not seeded, /metrics,
# and a SIGTERM that must exit 0. Needs PostgreSQL (ADMIN_URL) and Redis (REDIS_URL).
#
#   bash scripts/image-steps.sh
set -euo pipefail
repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
admin=${ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}
redis=${REDIS_URL:-redis://127.0.0.1:6379}
port=${PORT:-4792}
work=$(mktemp -d)
db="jobgraph_image_$$"
cleanup() {
  local status=$?
  # On failure, what the server said (its log goes with the work folder).
  if [ "$status" -ne 0 ] && [ -f "$work/server.log" ]; then echo "server log:" >&2; tail -40 "$work/server.log" >&2; fi
  psql -q "$admin" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work"/build "$work"/prod/packages/{api,sdk} "$work"/runtime/packages/api
git -C "$repo" archive HEAD | tar -x -C "$work/build"
rm -rf "$work/build/.ci" # .dockerignore
(cd "$work/build" && pnpm install --frozen-lockfile >"$work/build-install.log" 2>&1 && pnpm typecheck >"$work/typecheck.log" 2>&1 &&
  pnpm build >"$work/build.log" 2>&1) || { tail -40 "$work"/*.log >&2; exit 1; }
echo "build stage: install, typecheck and build ok ($(tail -1 "$work/build.log"))"

cp "$work"/build/{package.json,pnpm-lock.yaml,pnpm-workspace.yaml} "$work/prod/"
cp "$work/build/packages/api/package.json" "$work/prod/packages/api/"
cp "$work/build/packages/sdk/package.json" "$work/prod/packages/sdk/"
(cd "$work/prod" && pnpm install --frozen-lockfile --prod --ignore-scripts >"$work/prod-install.log" 2>&1)
echo "prod-deps stage: ok ($(du -sh "$work/prod/node_modules" | cut -f1) of node_modules)"
# Development tools stay out of the runtime: the sample-data generator's faker, tsx, esbuild. (TypeScript
# and the prisma CLI are there, as peer dependencies of @prisma/client that pnpm installs; nothing loads them.)
dev_tools=$(ls "$work/prod/node_modules/.pnpm" | grep -E '^(@faker-js\+faker|tsx|esbuild)@' || true)
if [ -n "$dev_tools" ]; then echo "the production install has development tools: $dev_tools" >&2; exit 1; fi

rt="$work/runtime"
cp -a "$work/prod/node_modules" "$rt/node_modules"
cp -a "$work/prod/packages/api/node_modules" "$rt/packages/api/node_modules"
cp "$work"/build/{package.json,pnpm-workspace.yaml,pnpm-lock.yaml} "$rt/"
cp -a "$work/build/prisma" "$rt/prisma"
cp "$work/build/packages/api/package.json" "$rt/packages/api/"
cp -a "$work/build/packages/api/dist" "$rt/packages/api/"

psql -q "$admin" -c "CREATE DATABASE $db"
url="${admin%/*}/$db"
cd "$rt/packages/api"
NODE_ENV=production DATABASE_URL="$url" node dist/db.js migrate
NODE_ENV=production DATABASE_URL="$url" node dist/keys.js list
# JOBGRAPH_SEED unset: production's default (no sample data).
NODE_ENV=production PORT="$port" DATABASE_URL="$url" REDIS_URL="$redis" REDIS_PREFIX="image-steps-$$:" \
  node --enable-source-maps dist/server.js >"$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.5; done
count=$(curl -sf -X POST -H 'content-type: application/json' -d '{"query":"query Count { postings { totalCount } employers { totalCount } }","operationName":"Count"}' \
  "http://127.0.0.1:$port/graphql")
echo "$count"
case "$count" in *'"postings":{"totalCount":0},"employers":{"totalCount":0}'*) ;; *) echo "expected an empty, unseeded database" >&2; exit 1 ;; esac
curl -sf "http://127.0.0.1:$port/metrics" | grep -E '^(jobgraph_db_pool_connections\{pool="primary",state="total"\}|graphql_envelop_request\{)'
kill -TERM "$pid"
wait "$pid"
echo "runtime stage: compiled CLIs and server ran (no tsx, no sources), migrated, not seeded, served, stopped cleanly on SIGTERM"
