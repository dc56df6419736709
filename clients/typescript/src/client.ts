// The claimcheck API client: the types generated from the gateway's committed OpenAPI document
// (src/generated/claimcheck-api.ts, by openapi-typescript) bound to openapi-fetch, which makes every call typed:
// the path, its parameters, the request body and each status's answer.
import createClient, { type Client } from "openapi-fetch";

import type { components, operations, paths } from "./generated/claimcheck-api.js";

export type { components, operations, paths };
export type Schemas = components["schemas"];
export type ClaimcheckClient = Client<paths>;

export interface ClaimcheckOptions {
  /** The gateway, e.g. http://localhost:8080 (no trailing /api). */
  baseUrl: string;
  /** Sent as X-API-Key (the document's ApiKey scheme); a local run's gateway needs none. */
  apiKey?: string | undefined;
}

export function createClaimcheckClient({ baseUrl, apiKey }: ClaimcheckOptions): ClaimcheckClient {
  return createClient<paths>({
    baseUrl: baseUrl.replace(/\/+$/, ""),
    headers: apiKey ? { "X-API-Key": apiKey } : {},
  });
}
