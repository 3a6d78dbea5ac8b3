// OpenTelemetry tracing, off unless OTEL_EXPORTER_OTLP_ENDPOINT is set: a span per GraphQL
// operation (Envelop's OpenTelemetry plugin), exported by OTLP over HTTP in batches.
// The OpenTelemetry modules are imported only when tracing is on (optional-modules.ts).
import type { TracerProvider } from "@opentelemetry/api";
import type { BasicTracerProvider } from "@opentelemetry/sdk-trace-base";
import type { Plugin } from "graphql-yoga";

/** A tracer provider exporting to an OTLP/HTTP collector (the `/v1/traces` path is added, as the OTel spec says). */
export async function createOtlpTracerProvider({ endpoint, serviceName }: { endpoint: string; serviceName: string }): Promise<BasicTracerProvider> {
  const [{ OTLPTraceExporter }, { Resource }, { BasicTracerProvider, BatchSpanProcessor }] = await Promise.all([
    import("@opentelemetry/exporter-trace-otlp-http"),
    import("@opentelemetry/resources"),
    import("@opentelemetry/sdk-trace-base"),
  ]);
  const provider = new BasicTracerProvider({ resource: new Resource({ "service.name": serviceName }) });
  provider.addSpanProcessor(new BatchSpanProcessor(new OTLPTraceExporter({ url: `${endpoint.replace(/\/$/, "")}/v1/traces` })));
  return provider;
}

/**
 * Spans per operation with its name, type and document. Resolver spans, variables and results
 * are left out: they cost on every field and may carry personal data.
 */
export async function tracingPlugin(provider: TracerProvider, serviceName = "jobgraph-api"): Promise<Plugin> {
  const { useOpenTelemetry } = await import("@envelop/opentelemetry");
  return useOpenTelemetry(
    { document: true, resolvers: false, variables: false, result: false },
    provider,
    undefined,
    undefined,
    serviceName,
  ) as Plugin;
}
