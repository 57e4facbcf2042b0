export type {
  CatalogOperation,
  CatalogResponse,
  CatalogSource,
  DeclarationResponse,
} from "./catalog-api-types.js";
export { CONSOLE_DIRECTORY, createConsoleAssets } from "./console-assets.js";
export { createGateway, type Gateway, type GatewayOptions } from "./create-gateway.js";
export {
  createGatewayServer,
  GATEWAY_INFO,
  type GatewayServerOptions,
} from "./create-gateway-server.js";
export { type Credential, Credentials, ROLES, type Role, tokenDigest } from "./credentials.js";
export { TYPES_RESOURCE, WORKFLOW_PROMPT } from "./gateway-context.js";
export {
  callGatewayTool,
  catalogSummary,
  EXECUTE_OUTPUT_SCHEMA,
  type GatewayToolName,
  gatewayToolListing,
} from "./gateway-tools.js";
export { createHealthCheck, type HealthReport } from "./health.js";
export { createHttpApp, type HttpApp, type HttpAppOptions } from "./http-app.js";
export { guardRequest, type HttpGuardOptions, LOOPBACK_HOSTS } from "./http-guard.js";
export { createJsonApi } from "./json-api.js";
export { createGatewayMetrics, type GatewayMetrics } from "./metrics.js";
export { type HttpGateway, listen, type ServeHttpOptions, serveHttp } from "./serve-http.js";
export { serveStdio } from "./serve-stdio.js";
