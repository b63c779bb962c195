/**
 * Nimbus Cloud SDK: the client library of a fictional cloud, standing in for
 * the large vendor SDKs (openstacksdk, boto3, the Azure and Google clients)
 * whose import makes every plain Ansible task pay a start-up cost. Only
 * `slow_init.ts` uses it, and it imports it dynamically after `create()`, so
 * turbo mode's thin client never loads it: the daemon loads it once.
 *
 * The per-resource code (200 resource types of 20 services, each with its
 * type, schema, codecs and a service class) was generated once,
 * deterministically, and is kept as ordinary code. Importing it does real
 * work, as big SDKs do: it parses several hundred kilobytes and builds a
 * registry of compiled validators.
 *
 * @module
 */

/**
 * Version of the SDK, reported by modules that use it.
 *
 * @example
 * ```ts
 * import { SDK_VERSION } from "./_big_sdk.ts";
 * console.assert(/^\d+\.\d+\.\d+$/.test(SDK_VERSION));
 * ```
 */
export const SDK_VERSION = "4.12.0";

/**
 * An error answer of the API, or a request the SDK refused to send.
 *
 * @example
 * ```ts
 * import { NimbusApiError } from "./_big_sdk.ts";
 * const error = new NimbusApiError(401, "bad credentials");
 * console.assert(error.status === 401 && error.message === "bad credentials");
 * ```
 */
export class NimbusApiError extends Error {
  /** HTTP status of the answer (422 for local validation, 0 for network errors). */
  readonly status: number;

  /** Builds the error from a status and a message. */
  constructor(status: number, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "NimbusApiError";
    this.status = status;
  }
}

type FieldType = "string" | "integer" | "boolean" | "list" | "map";

/** One field of a resource, as the API documents it. */
interface FieldSchema {
  name: string;
  type: FieldType;
  required: boolean;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  choices?: readonly string[];
  description: string;
}

type Check = (value: unknown) => string | undefined;

/** A resource type: where it lives and how its fields are checked. */
interface ResourceDescriptor {
  kind: string;
  service: string;
  path: string;
  statuses: readonly string[];
  fields: readonly FieldSchema[];
  /** Compiled at import time, so that requests are checked cheaply. */
  checks: ReadonlyMap<string, Check>;
}

const REGISTRY = new Map<string, ResourceDescriptor>();

function register(
  definition: Omit<ResourceDescriptor, "checks">,
): ResourceDescriptor {
  const checks = new Map<string, Check>();
  for (const field of definition.fields) {
    checks.set(field.name, compileCheck(definition.kind, field));
  }
  const descriptor: ResourceDescriptor = { ...definition, checks };
  REGISTRY.set(definition.kind, descriptor);
  return descriptor;
}

function compileCheck(kind: string, field: FieldSchema): Check {
  const where = `${kind}.${field.name}`;
  const pattern = field.pattern === undefined
    ? undefined
    : new RegExp(field.pattern);
  // Compiling the pattern once here is why the SDK's import costs time.
  pattern?.test("");
  const choices = field.choices === undefined
    ? undefined
    : new Set(field.choices);
  switch (field.type) {
    case "string":
      return (value) => {
        if (typeof value !== "string") return `${where} must be a string`;
        if (field.maximum !== undefined && value.length > field.maximum) {
          return `${where} is longer than ${field.maximum} characters`;
        }
        if (pattern && !pattern.test(value)) {
          return `${where} does not match ${field.pattern}`;
        }
        if (choices && !choices.has(value)) {
          return `${where} must be one of ${[...choices].join(", ")}`;
        }
        return undefined;
      };
    case "integer":
      return (value) => {
        if (typeof value !== "number" || !Number.isInteger(value)) {
          return `${where} must be an integer`;
        }
        if (field.minimum !== undefined && value < field.minimum) {
          return `${where} must be at least ${field.minimum}`;
        }
        if (field.maximum !== undefined && value > field.maximum) {
          return `${where} must be at most ${field.maximum}`;
        }
        return undefined;
      };
    case "boolean":
      return (value) =>
        typeof value === "boolean" ? undefined : `${where} must be a boolean`;
    case "list":
      return (value) =>
        Array.isArray(value) && value.every((v) => typeof v === "string")
          ? undefined
          : `${where} must be a list of strings`;
    case "map":
      return (value) =>
        isRecord(value) &&
          Object.values(value).every((v) => typeof v === "string")
          ? undefined
          : `${where} must be a map of strings`;
  }
}

function assertValid(
  descriptor: ResourceDescriptor,
  body: Record<string, unknown>,
  creating: boolean,
): void {
  const problems: string[] = [];
  for (const field of descriptor.fields) {
    const value = body[field.name];
    if (value === undefined) {
      if (creating && field.required) {
        problems.push(`${descriptor.kind}.${field.name} is required`);
      }
      continue;
    }
    const problem = descriptor.checks.get(field.name)?.(value);
    if (problem) problems.push(problem);
  }
  if (problems.length) throw new NimbusApiError(422, problems.join("; "));
}

/** How service classes reach the API. */
interface Transport {
  request(method: string, path: string, body?: unknown): Promise<unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringMap(value: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) out[key] = String(v);
  return out;
}

function oneOf(
  value: unknown,
  allowed: readonly string[],
  fallback: string,
): string {
  return typeof value === "string" && allowed.includes(value)
    ? value
    : fallback;
}

function record(raw: unknown, key: string): Record<string, unknown> {
  if (isRecord(raw) && isRecord(raw[key])) return raw[key];
  if (isRecord(raw)) return raw;
  throw new NimbusApiError(502, `expected a ${key} object in the answer`);
}

function records(raw: unknown, key: string): Record<string, unknown>[] {
  const list = isRecord(raw) ? raw[key] : raw;
  if (!Array.isArray(list)) {
    throw new NimbusApiError(502, `expected a ${key} list in the answer`);
  }
  return list.filter(isRecord);
}

function queryString(filters: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (Array.isArray(value)) {
      for (const v of value) params.append(key, String(v));
    } else if (isRecord(value)) {
      for (const [k, v] of Object.entries(value)) {
        params.append(`${key}.${k}`, String(v));
      }
    } else params.append(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** CRC-32 table for the request checksum header, built once at import. */
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** The HTTP transport: JSON bodies, bearer token, checksums, retries. */
class HttpTransport implements Transport {
  #baseUrl: string;
  #token: string | undefined;
  #timeoutMs: number;
  #userAgent: string;

  constructor(
    baseUrl: string,
    token: string | undefined,
    timeoutMs: number,
    userAgent: string,
  ) {
    this.#baseUrl = baseUrl.replace(/\/+$/, "");
    this.#token = token;
    this.#timeoutMs = timeoutMs;
    this.#userAgent = userAgent;
  }

  async request(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<unknown> {
    const payload = body === undefined
      ? undefined
      : new TextEncoder().encode(JSON.stringify(body));
    const headers: Record<string, string> = {
      accept: "application/json",
      "user-agent": this.#userAgent,
    };
    if (this.#token) headers.authorization = `Bearer ${this.#token}`;
    if (payload) {
      headers["content-type"] = "application/json";
      headers["x-nimbus-checksum"] = crc32(payload).toString(16);
    }
    // Only idempotent requests are retried: a lost POST may have happened.
    const attempts = method === "GET" || method === "DELETE" ? 3 : 1;
    for (let attempt = 1;; attempt++) {
      let response: Response;
      try {
        response = await fetch(`${this.#baseUrl}${path}`, {
          method,
          headers,
          body: payload,
          signal: AbortSignal.timeout(this.#timeoutMs),
        });
      } catch (error) {
        if (attempt < attempts) {
          await sleep(100 * attempt);
          continue;
        }
        throw new NimbusApiError(
          0,
          `${method} ${path} failed: ${(error as Error).message}`,
          { cause: error },
        );
      }
      const text = await response.text();
      if (response.status >= 500 && attempt < attempts) {
        await sleep(100 * attempt);
        continue;
      }
      let parsed: unknown = undefined;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        parsed = text;
      }
      if (!response.ok) {
        const detail = isRecord(parsed) && typeof parsed.error === "string"
          ? parsed.error
          : text || response.statusText;
        throw new NimbusApiError(
          response.status,
          `${method} ${path}: ${response.status} ${detail}`,
        );
      }
      return parsed;
    }
  }
}

/** Fields every resource has, whatever its type. */
interface BaseResource {
  id: string;
  name: string;
  status: string;
}

/** The operations every resource type offers; subclasses add their actions. */
class ResourceService<T extends BaseResource> {
  #transport: Transport;
  #descriptor: ResourceDescriptor;
  #one: string;
  #many: string;
  #decode: (raw: Record<string, unknown>) => T;
  #encode: (value: Partial<T>) => Record<string, unknown>;

  constructor(
    transport: Transport,
    descriptor: ResourceDescriptor,
    one: string,
    many: string,
    decode: (raw: Record<string, unknown>) => T,
    encode: (value: Partial<T>) => Record<string, unknown>,
  ) {
    this.#transport = transport;
    this.#descriptor = descriptor;
    this.#one = one;
    this.#many = many;
    this.#decode = decode;
    this.#encode = encode;
  }

  #url(id?: string, action?: string): string {
    let url = this.#descriptor.path;
    if (id !== undefined) url += `/${encodeURIComponent(id)}`;
    if (action !== undefined) url += `/actions/${action}`;
    return url;
  }

  /** Lists resources, optionally filtered by field values. */
  async list(filters: Partial<T> = {}): Promise<T[]> {
    const query = queryString(this.#encode(filters));
    const raw = await this.#transport.request("GET", this.#url() + query);
    return records(raw, this.#many).map(this.#decode);
  }

  /** Reads one resource; undefined when it does not exist. */
  async get(id: string): Promise<T | undefined> {
    try {
      const raw = await this.#transport.request("GET", this.#url(id));
      return this.#decode(record(raw, this.#one));
    } catch (error) {
      if (error instanceof NimbusApiError && error.status === 404) {
        return undefined;
      }
      throw error;
    }
  }

  /** Finds a resource by name. */
  async findByName(name: string): Promise<T | undefined> {
    const found = await this.list({ name } as Partial<T>);
    return found.find((item) => item.name === name);
  }

  /** Creates a resource after validating it locally. */
  async create(spec: Partial<T>): Promise<T> {
    const body = this.#encode(spec);
    assertValid(this.#descriptor, body, true);
    const raw = await this.#transport.request("POST", this.#url(), {
      [this.#one]: body,
    });
    return this.#decode(record(raw, this.#one));
  }

  /** Changes the given fields of a resource. */
  async update(id: string, patch: Partial<T>): Promise<T> {
    const body = this.#encode(patch);
    assertValid(this.#descriptor, body, false);
    const raw = await this.#transport.request("PATCH", this.#url(id), {
      [this.#one]: body,
    });
    return this.#decode(record(raw, this.#one));
  }

  /** Deletes a resource; true when it existed. */
  async delete(id: string): Promise<boolean> {
    try {
      await this.#transport.request("DELETE", this.#url(id));
      return true;
    } catch (error) {
      if (error instanceof NimbusApiError && error.status === 404) {
        return false;
      }
      throw error;
    }
  }

  /** Polls until the resource reaches `status`; fails on ERROR or timeout. */
  async waitFor(id: string, status: string, timeoutMs = 600_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (let delay = 500;; delay = Math.min(delay * 2, 10_000)) {
      const current = await this.get(id);
      if (current?.status === status) return current;
      if (current?.status === "ERROR") {
        throw new NimbusApiError(
          409,
          `${this.#descriptor.kind} ${id} went to ERROR`,
        );
      }
      if (Date.now() + delay > deadline) {
        throw new NimbusApiError(
          408,
          `timed out waiting for ${this.#descriptor.kind} ${id} to be ${status}`,
        );
      }
      await sleep(delay);
    }
  }

  /** Creates the resource when missing, updates it when it differs. */
  async ensure(
    spec: Partial<T> & { name: string },
  ): Promise<{ changed: boolean; item: T }> {
    const existing = await this.findByName(spec.name);
    if (!existing) return { changed: true, item: await this.create(spec) };
    const wanted = this.#encode(spec);
    const have = this.#encode(existing);
    const differs = Object.keys(wanted).some((key) =>
      !sameJson(wanted[key], have[key])
    );
    if (!differs) return { changed: false, item: existing };
    return { changed: true, item: await this.update(existing.id, spec) };
  }

  /** Runs a named action on a resource and returns its new state. */
  protected async action(
    id: string,
    action: string,
    options: Record<string, unknown>,
  ): Promise<T> {
    const raw = await this.#transport.request(
      "POST",
      this.#url(id, action),
      options,
    );
    return this.#decode(record(raw, this.#one));
  }
}

// ---------------------------------------------------------------------------
// compute
// ---------------------------------------------------------------------------

/** An instance of the compute service, as the API returns it. */
interface ComputeInstance {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the instance. */
  name: string;
  /** Region that hosts the resource. */
  region?: string;
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** IPv4 network in CIDR notation. */
  cidr?: string;
  /** Reachable from the internet. */
  public?: boolean;
  /** Service tier. */
  tier?: string;
  /** Evaluation order, lowest first. */
  priority?: number;
  /** Request timeout. */
  timeoutSeconds?: number;
}

const COMPUTE_INSTANCE = register({
  kind: "compute.instance",
  service: "compute",
  path: "/v3/compute/instances",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the instance",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "cidr",
      type: "string",
      required: false,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
    {
      name: "tier",
      type: "string",
      required: false,
      choices: ["basic", "standard", "premium"],
      description: "Service tier",
    },
    {
      name: "priority",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "timeout_seconds",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3600,
      description: "Request timeout",
    },
  ],
});

function decodeComputeInstance(raw: Record<string, unknown>): ComputeInstance {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      COMPUTE_INSTANCE.statuses,
      "BUILD",
    ) as ComputeInstance["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    region: typeof raw.region === "string" ? raw.region : undefined,
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    cidr: typeof raw.cidr === "string" ? raw.cidr : undefined,
    public: typeof raw.public === "boolean" ? raw.public : undefined,
    tier: typeof raw.tier === "string" ? raw.tier : undefined,
    priority: typeof raw.priority === "number" ? raw.priority : undefined,
    timeoutSeconds: typeof raw.timeout_seconds === "number"
      ? raw.timeout_seconds
      : undefined,
  };
}

function encodeComputeInstance(
  value: Partial<ComputeInstance>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.region !== undefined) body.region = value.region;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.public !== undefined) body.public = value.public;
  if (value.tier !== undefined) body.tier = value.tier;
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.timeoutSeconds !== undefined) {
    body.timeout_seconds = value.timeoutSeconds;
  }
  return body;
}

/** Operations on instances (`/v3/compute/instances`). */
class ComputeInstanceService extends ResourceService<ComputeInstance> {
  constructor(transport: Transport) {
    super(
      transport,
      COMPUTE_INSTANCE,
      "instance",
      "instances",
      decodeComputeInstance,
      encodeComputeInstance,
    );
  }

  /** Asks the API to refresh an instance; answers with its new state. */
  async refresh(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<ComputeInstance> {
    return await this.action(id, "refresh", options);
  }
}

/** A flavor of the compute service, as the API returns it. */
interface ComputeFlavor {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the flavor. */
  name: string;
  /** Region that hosts the resource. */
  region?: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** TCP or UDP port. */
  port?: number;
  /** Network the resource is attached to. */
  networkId?: string;
  /** Arbitrary metadata. */
  metadata?: Record<string, string>;
}

const COMPUTE_FLAVOR = register({
  kind: "compute.flavor",
  service: "compute",
  path: "/v3/compute/flavors",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the flavor",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "port",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65535,
      description: "TCP or UDP port",
    },
    {
      name: "network_id",
      type: "string",
      required: false,
      pattern: "^net-[0-9a-f]{12}$",
      description: "Network the resource is attached to",
    },
    {
      name: "metadata",
      type: "map",
      required: false,
      description: "Arbitrary metadata",
    },
  ],
});

function decodeComputeFlavor(raw: Record<string, unknown>): ComputeFlavor {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      COMPUTE_FLAVOR.statuses,
      "BUILD",
    ) as ComputeFlavor["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    region: typeof raw.region === "string" ? raw.region : undefined,
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    port: typeof raw.port === "number" ? raw.port : undefined,
    networkId: typeof raw.network_id === "string" ? raw.network_id : undefined,
    metadata: isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined,
  };
}

function encodeComputeFlavor(
  value: Partial<ComputeFlavor>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.region !== undefined) body.region = value.region;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.port !== undefined) body.port = value.port;
  if (value.networkId !== undefined) body.network_id = value.networkId;
  if (value.metadata !== undefined) body.metadata = value.metadata;
  return body;
}

/** Operations on flavors (`/v3/compute/flavors`). */
class ComputeFlavorService extends ResourceService<ComputeFlavor> {
  constructor(transport: Transport) {
    super(
      transport,
      COMPUTE_FLAVOR,
      "flavor",
      "flavors",
      decodeComputeFlavor,
      encodeComputeFlavor,
    );
  }

  /** Asks the API to start a flavor; answers with its new state. */
  async start(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<ComputeFlavor> {
    return await this.action(id, "start", options);
  }
}

/** An image of the compute service, as the API returns it. */
interface ComputeImage {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the image. */
  name: string;
  /** Free-form text shown in the console. */
  description?: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** Whether the resource is active. */
  enabled?: boolean;
  /** Size in gibibytes. */
  sizeGb?: number;
  /** TCP or UDP port. */
  port?: number;
  /** Subnet the resource is attached to. */
  subnetId: string;
  /** Lower bound for autoscaling. */
  minReplicas?: number;
  /** Upper bound for autoscaling. */
  maxReplicas?: number;
  /** Time to live, in seconds. */
  ttlSeconds: number;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Reachable from the internet. */
  public?: boolean;
  /** Service tier. */
  tier: string;
  /** Cron expression. */
  schedule?: string;
  /** Refuse deletion while set. */
  deletionProtection: boolean;
}

const COMPUTE_IMAGE = register({
  kind: "compute.image",
  service: "compute",
  path: "/v3/compute/images",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the image",
    },
    {
      name: "description",
      type: "string",
      required: false,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "enabled",
      type: "boolean",
      required: false,
      description: "Whether the resource is active",
    },
    {
      name: "size_gb",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "port",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65535,
      description: "TCP or UDP port",
    },
    {
      name: "subnet_id",
      type: "string",
      required: true,
      pattern: "^subnet-[0-9a-f]{12}$",
      description: "Subnet the resource is attached to",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: true,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
    {
      name: "tier",
      type: "string",
      required: true,
      choices: ["basic", "standard", "premium"],
      description: "Service tier",
    },
    {
      name: "schedule",
      type: "string",
      required: false,
      pattern: "^(\\S+\\s){4}\\S+$",
      description: "Cron expression",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: true,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeComputeImage(raw: Record<string, unknown>): ComputeImage {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      COMPUTE_IMAGE.statuses,
      "BUILD",
    ) as ComputeImage["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: typeof raw.description === "string"
      ? raw.description
      : undefined,
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    enabled: typeof raw.enabled === "boolean" ? raw.enabled : undefined,
    sizeGb: typeof raw.size_gb === "number" ? raw.size_gb : undefined,
    port: typeof raw.port === "number" ? raw.port : undefined,
    subnetId: String(raw.subnet_id ?? ""),
    minReplicas: typeof raw.min_replicas === "number"
      ? raw.min_replicas
      : undefined,
    maxReplicas: typeof raw.max_replicas === "number"
      ? raw.max_replicas
      : undefined,
    ttlSeconds:
      (typeof raw.ttl_seconds === "number" ? raw.ttl_seconds : undefined) ?? 0,
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    public: typeof raw.public === "boolean" ? raw.public : undefined,
    tier: String(raw.tier ?? ""),
    schedule: typeof raw.schedule === "string" ? raw.schedule : undefined,
    deletionProtection:
      (typeof raw.deletion_protection === "boolean"
        ? raw.deletion_protection
        : undefined) ?? false,
  };
}

function encodeComputeImage(
  value: Partial<ComputeImage>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.enabled !== undefined) body.enabled = value.enabled;
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.port !== undefined) body.port = value.port;
  if (value.subnetId !== undefined) body.subnet_id = value.subnetId;
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.public !== undefined) body.public = value.public;
  if (value.tier !== undefined) body.tier = value.tier;
  if (value.schedule !== undefined) body.schedule = value.schedule;
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on images (`/v3/compute/images`). */
class ComputeImageService extends ResourceService<ComputeImage> {
  constructor(transport: Transport) {
    super(
      transport,
      COMPUTE_IMAGE,
      "image",
      "images",
      decodeComputeImage,
      encodeComputeImage,
    );
  }

  /** Asks the API to stop an image; answers with its new state. */
  async stop(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<ComputeImage> {
    return await this.action(id, "stop", options);
  }

  /** Asks the API to disable an image; answers with its new state. */
  async disable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<ComputeImage> {
    return await this.action(id, "disable", options);
  }

  /** Asks the API to refresh an image; answers with its new state. */
  async refresh(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<ComputeImage> {
    return await this.action(id, "refresh", options);
  }
}

/** A keypair of the compute service, as the API returns it. */
interface ComputeKeypair {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the keypair. */
  name: string;
  /** Free-form text shown in the console. */
  description: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** Owning project. */
  projectId?: string;
  /** TCP or UDP port. */
  port?: number;
  /** Days data is kept. */
  retentionDays?: number;
  /** Reachable from the internet. */
  public?: boolean;
  /** Administrative state. */
  adminStateUp?: boolean;
  /** Contact for the resource. */
  ownerEmail?: string;
  /** Networks allowed to connect. */
  allowedCidrs?: string[];
  /** Version of the engine or runtime. */
  version: string;
}

const COMPUTE_KEYPAIR = register({
  kind: "compute.keypair",
  service: "compute",
  path: "/v3/compute/keypairs",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the keypair",
    },
    {
      name: "description",
      type: "string",
      required: true,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "port",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65535,
      description: "TCP or UDP port",
    },
    {
      name: "retention_days",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3650,
      description: "Days data is kept",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: false,
      description: "Administrative state",
    },
    {
      name: "owner_email",
      type: "string",
      required: false,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: false,
      description: "Networks allowed to connect",
    },
    {
      name: "version",
      type: "string",
      required: true,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
  ],
});

function decodeComputeKeypair(raw: Record<string, unknown>): ComputeKeypair {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      COMPUTE_KEYPAIR.statuses,
      "BUILD",
    ) as ComputeKeypair["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: String(raw.description ?? ""),
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    port: typeof raw.port === "number" ? raw.port : undefined,
    retentionDays: typeof raw.retention_days === "number"
      ? raw.retention_days
      : undefined,
    public: typeof raw.public === "boolean" ? raw.public : undefined,
    adminStateUp: typeof raw.admin_state_up === "boolean"
      ? raw.admin_state_up
      : undefined,
    ownerEmail: typeof raw.owner_email === "string"
      ? raw.owner_email
      : undefined,
    allowedCidrs: Array.isArray(raw.allowed_cidrs)
      ? raw.allowed_cidrs.map(String)
      : undefined,
    version: String(raw.version ?? ""),
  };
}

function encodeComputeKeypair(
  value: Partial<ComputeKeypair>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.port !== undefined) body.port = value.port;
  if (value.retentionDays !== undefined) {
    body.retention_days = value.retentionDays;
  }
  if (value.public !== undefined) body.public = value.public;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  if (value.version !== undefined) body.version = value.version;
  return body;
}

/** Operations on keypairs (`/v3/compute/keypairs`). */
class ComputeKeypairService extends ResourceService<ComputeKeypair> {
  constructor(transport: Transport) {
    super(
      transport,
      COMPUTE_KEYPAIR,
      "keypair",
      "keypairs",
      decodeComputeKeypair,
      encodeComputeKeypair,
    );
  }

  /** Asks the API to resize a keypair; answers with its new state. */
  async resize(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<ComputeKeypair> {
    return await this.action(id, "resize", options);
  }

  /** Asks the API to disable a keypair; answers with its new state. */
  async disable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<ComputeKeypair> {
    return await this.action(id, "disable", options);
  }

  /** Asks the API to refresh a keypair; answers with its new state. */
  async refresh(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<ComputeKeypair> {
    return await this.action(id, "refresh", options);
  }
}

/** A server group of the compute service, as the API returns it. */
interface ComputeServerGroup {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the server group. */
  name: string;
  /** Free-form text shown in the console. */
  description?: string;
  /** Owning project. */
  projectId?: string;
  /** Tags attached to the resource. */
  tags?: string[];
  /** Network the resource is attached to. */
  networkId: string;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Request timeout. */
  timeoutSeconds?: number;
  /** Networks allowed to connect. */
  allowedCidrs?: string[];
}

const COMPUTE_SERVER_GROUP = register({
  kind: "compute.server_group",
  service: "compute",
  path: "/v3/compute/server-groups",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the server group",
    },
    {
      name: "description",
      type: "string",
      required: false,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "tags",
      type: "list",
      required: false,
      description: "Tags attached to the resource",
    },
    {
      name: "network_id",
      type: "string",
      required: true,
      pattern: "^net-[0-9a-f]{12}$",
      description: "Network the resource is attached to",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "timeout_seconds",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3600,
      description: "Request timeout",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: false,
      description: "Networks allowed to connect",
    },
  ],
});

function decodeComputeServerGroup(
  raw: Record<string, unknown>,
): ComputeServerGroup {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      COMPUTE_SERVER_GROUP.statuses,
      "BUILD",
    ) as ComputeServerGroup["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: typeof raw.description === "string"
      ? raw.description
      : undefined,
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    tags: Array.isArray(raw.tags) ? raw.tags.map(String) : undefined,
    networkId: String(raw.network_id ?? ""),
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    timeoutSeconds: typeof raw.timeout_seconds === "number"
      ? raw.timeout_seconds
      : undefined,
    allowedCidrs: Array.isArray(raw.allowed_cidrs)
      ? raw.allowed_cidrs.map(String)
      : undefined,
  };
}

function encodeComputeServerGroup(
  value: Partial<ComputeServerGroup>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.networkId !== undefined) body.network_id = value.networkId;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.timeoutSeconds !== undefined) {
    body.timeout_seconds = value.timeoutSeconds;
  }
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  return body;
}

/** Operations on server groups (`/v3/compute/server-groups`). */
class ComputeServerGroupService extends ResourceService<ComputeServerGroup> {
  constructor(transport: Transport) {
    super(
      transport,
      COMPUTE_SERVER_GROUP,
      "server_group",
      "server_groups",
      decodeComputeServerGroup,
      encodeComputeServerGroup,
    );
  }

  /** Asks the API to stop a server group; answers with its new state. */
  async stop(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<ComputeServerGroup> {
    return await this.action(id, "stop", options);
  }

  /** Asks the API to resize a server group; answers with its new state. */
  async resize(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<ComputeServerGroup> {
    return await this.action(id, "resize", options);
  }
}

/** A snapshot of the compute service, as the API returns it. */
interface ComputeSnapshot {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the snapshot. */
  name: string;
  /** Owning project. */
  projectId?: string;
  /** Tags attached to the resource. */
  tags?: string[];
  /** IPv4 network in CIDR notation. */
  cidr?: string;
  /** Network the resource is attached to. */
  networkId: string;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Who may see the resource. */
  visibility?: string;
  /** Cron expression. */
  schedule?: string;
  /** Contact for the resource. */
  ownerEmail?: string;
  /** Networks allowed to connect. */
  allowedCidrs: string[];
  /** Version of the engine or runtime. */
  version?: string;
  /** Refuse deletion while set. */
  deletionProtection?: boolean;
}

const COMPUTE_SNAPSHOT = register({
  kind: "compute.snapshot",
  service: "compute",
  path: "/v3/compute/snapshots",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the snapshot",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "tags",
      type: "list",
      required: false,
      description: "Tags attached to the resource",
    },
    {
      name: "cidr",
      type: "string",
      required: false,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "network_id",
      type: "string",
      required: true,
      pattern: "^net-[0-9a-f]{12}$",
      description: "Network the resource is attached to",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "visibility",
      type: "string",
      required: false,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "schedule",
      type: "string",
      required: false,
      pattern: "^(\\S+\\s){4}\\S+$",
      description: "Cron expression",
    },
    {
      name: "owner_email",
      type: "string",
      required: false,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: true,
      description: "Networks allowed to connect",
    },
    {
      name: "version",
      type: "string",
      required: false,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: false,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeComputeSnapshot(raw: Record<string, unknown>): ComputeSnapshot {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      COMPUTE_SNAPSHOT.statuses,
      "BUILD",
    ) as ComputeSnapshot["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    tags: Array.isArray(raw.tags) ? raw.tags.map(String) : undefined,
    cidr: typeof raw.cidr === "string" ? raw.cidr : undefined,
    networkId: String(raw.network_id ?? ""),
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    visibility: typeof raw.visibility === "string" ? raw.visibility : undefined,
    schedule: typeof raw.schedule === "string" ? raw.schedule : undefined,
    ownerEmail: typeof raw.owner_email === "string"
      ? raw.owner_email
      : undefined,
    allowedCidrs:
      (Array.isArray(raw.allowed_cidrs)
        ? raw.allowed_cidrs.map(String)
        : undefined) ?? [],
    version: typeof raw.version === "string" ? raw.version : undefined,
    deletionProtection: typeof raw.deletion_protection === "boolean"
      ? raw.deletion_protection
      : undefined,
  };
}

function encodeComputeSnapshot(
  value: Partial<ComputeSnapshot>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.networkId !== undefined) body.network_id = value.networkId;
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.schedule !== undefined) body.schedule = value.schedule;
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  if (value.version !== undefined) body.version = value.version;
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on snapshots (`/v3/compute/snapshots`). */
class ComputeSnapshotService extends ResourceService<ComputeSnapshot> {
  constructor(transport: Transport) {
    super(
      transport,
      COMPUTE_SNAPSHOT,
      "snapshot",
      "snapshots",
      decodeComputeSnapshot,
      encodeComputeSnapshot,
    );
  }

  /** Asks the API to resize a snapshot; answers with its new state. */
  async resize(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<ComputeSnapshot> {
    return await this.action(id, "resize", options);
  }

  /** Asks the API to enable a snapshot; answers with its new state. */
  async enable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<ComputeSnapshot> {
    return await this.action(id, "enable", options);
  }

  /** Asks the API to restore a snapshot; answers with its new state. */
  async restore(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<ComputeSnapshot> {
    return await this.action(id, "restore", options);
  }
}

// ---------------------------------------------------------------------------
// storage
// ---------------------------------------------------------------------------

/** A volume of the storage service, as the API returns it. */
interface StorageVolume {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the volume. */
  name: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** Tags attached to the resource. */
  tags?: string[];
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** Whether the resource is active. */
  enabled?: boolean;
  /** Size in gibibytes. */
  sizeGb?: number;
  /** Days data is kept. */
  retentionDays: number;
  /** Reachable from the internet. */
  public?: boolean;
  /** Who may see the resource. */
  visibility?: string;
  /** Service tier. */
  tier: string;
  /** Administrative state. */
  adminStateUp?: boolean;
  /** Request timeout. */
  timeoutSeconds?: number;
  /** Networks allowed to connect. */
  allowedCidrs?: string[];
  /** Refuse deletion while set. */
  deletionProtection: boolean;
}

const STORAGE_VOLUME = register({
  kind: "storage.volume",
  service: "storage",
  path: "/v1/storage/volumes",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the volume",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "tags",
      type: "list",
      required: false,
      description: "Tags attached to the resource",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "enabled",
      type: "boolean",
      required: false,
      description: "Whether the resource is active",
    },
    {
      name: "size_gb",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "retention_days",
      type: "integer",
      required: true,
      minimum: 1,
      maximum: 3650,
      description: "Days data is kept",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
    {
      name: "visibility",
      type: "string",
      required: false,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "tier",
      type: "string",
      required: true,
      choices: ["basic", "standard", "premium"],
      description: "Service tier",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: false,
      description: "Administrative state",
    },
    {
      name: "timeout_seconds",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3600,
      description: "Request timeout",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: false,
      description: "Networks allowed to connect",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: true,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeStorageVolume(raw: Record<string, unknown>): StorageVolume {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      STORAGE_VOLUME.statuses,
      "BUILD",
    ) as StorageVolume["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    tags: Array.isArray(raw.tags) ? raw.tags.map(String) : undefined,
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    enabled: typeof raw.enabled === "boolean" ? raw.enabled : undefined,
    sizeGb: typeof raw.size_gb === "number" ? raw.size_gb : undefined,
    retentionDays:
      (typeof raw.retention_days === "number"
        ? raw.retention_days
        : undefined) ?? 0,
    public: typeof raw.public === "boolean" ? raw.public : undefined,
    visibility: typeof raw.visibility === "string" ? raw.visibility : undefined,
    tier: String(raw.tier ?? ""),
    adminStateUp: typeof raw.admin_state_up === "boolean"
      ? raw.admin_state_up
      : undefined,
    timeoutSeconds: typeof raw.timeout_seconds === "number"
      ? raw.timeout_seconds
      : undefined,
    allowedCidrs: Array.isArray(raw.allowed_cidrs)
      ? raw.allowed_cidrs.map(String)
      : undefined,
    deletionProtection:
      (typeof raw.deletion_protection === "boolean"
        ? raw.deletion_protection
        : undefined) ?? false,
  };
}

function encodeStorageVolume(
  value: Partial<StorageVolume>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.enabled !== undefined) body.enabled = value.enabled;
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.retentionDays !== undefined) {
    body.retention_days = value.retentionDays;
  }
  if (value.public !== undefined) body.public = value.public;
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.tier !== undefined) body.tier = value.tier;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.timeoutSeconds !== undefined) {
    body.timeout_seconds = value.timeoutSeconds;
  }
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on volumes (`/v1/storage/volumes`). */
class StorageVolumeService extends ResourceService<StorageVolume> {
  constructor(transport: Transport) {
    super(
      transport,
      STORAGE_VOLUME,
      "volume",
      "volumes",
      decodeStorageVolume,
      encodeStorageVolume,
    );
  }

  /** Asks the API to rotate a volume; answers with its new state. */
  async rotate(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<StorageVolume> {
    return await this.action(id, "rotate", options);
  }
}

/** A volume type of the storage service, as the API returns it. */
interface StorageVolumeType {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the volume type. */
  name: string;
  /** Owning project. */
  projectId?: string;
  /** Tags attached to the resource. */
  tags?: string[];
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** Whether the resource is active. */
  enabled?: boolean;
  /** Size in gibibytes. */
  sizeGb?: number;
  /** TCP or UDP port. */
  port?: number;
  /** Network the resource is attached to. */
  networkId?: string;
  /** Upper bound for autoscaling. */
  maxReplicas?: number;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** Reachable from the internet. */
  public?: boolean;
  /** Who may see the resource. */
  visibility?: string;
  /** URL the service calls. */
  endpointUrl: string;
  /** Request timeout. */
  timeoutSeconds?: number;
  /** Arbitrary metadata. */
  metadata?: Record<string, string>;
}

const STORAGE_VOLUME_TYPE = register({
  kind: "storage.volume_type",
  service: "storage",
  path: "/v1/storage/volume-types",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the volume type",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "tags",
      type: "list",
      required: false,
      description: "Tags attached to the resource",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "enabled",
      type: "boolean",
      required: false,
      description: "Whether the resource is active",
    },
    {
      name: "size_gb",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "port",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65535,
      description: "TCP or UDP port",
    },
    {
      name: "network_id",
      type: "string",
      required: false,
      pattern: "^net-[0-9a-f]{12}$",
      description: "Network the resource is attached to",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
    {
      name: "visibility",
      type: "string",
      required: false,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "endpoint_url",
      type: "string",
      required: true,
      pattern: "^https?://",
      description: "URL the service calls",
    },
    {
      name: "timeout_seconds",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3600,
      description: "Request timeout",
    },
    {
      name: "metadata",
      type: "map",
      required: false,
      description: "Arbitrary metadata",
    },
  ],
});

function decodeStorageVolumeType(
  raw: Record<string, unknown>,
): StorageVolumeType {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      STORAGE_VOLUME_TYPE.statuses,
      "BUILD",
    ) as StorageVolumeType["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    tags: Array.isArray(raw.tags) ? raw.tags.map(String) : undefined,
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    enabled: typeof raw.enabled === "boolean" ? raw.enabled : undefined,
    sizeGb: typeof raw.size_gb === "number" ? raw.size_gb : undefined,
    port: typeof raw.port === "number" ? raw.port : undefined,
    networkId: typeof raw.network_id === "string" ? raw.network_id : undefined,
    maxReplicas: typeof raw.max_replicas === "number"
      ? raw.max_replicas
      : undefined,
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    public: typeof raw.public === "boolean" ? raw.public : undefined,
    visibility: typeof raw.visibility === "string" ? raw.visibility : undefined,
    endpointUrl: String(raw.endpoint_url ?? ""),
    timeoutSeconds: typeof raw.timeout_seconds === "number"
      ? raw.timeout_seconds
      : undefined,
    metadata: isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined,
  };
}

function encodeStorageVolumeType(
  value: Partial<StorageVolumeType>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.enabled !== undefined) body.enabled = value.enabled;
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.port !== undefined) body.port = value.port;
  if (value.networkId !== undefined) body.network_id = value.networkId;
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.public !== undefined) body.public = value.public;
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.endpointUrl !== undefined) body.endpoint_url = value.endpointUrl;
  if (value.timeoutSeconds !== undefined) {
    body.timeout_seconds = value.timeoutSeconds;
  }
  if (value.metadata !== undefined) body.metadata = value.metadata;
  return body;
}

/** Operations on volume types (`/v1/storage/volume-types`). */
class StorageVolumeTypeService extends ResourceService<StorageVolumeType> {
  constructor(transport: Transport) {
    super(
      transport,
      STORAGE_VOLUME_TYPE,
      "volume_type",
      "volume_types",
      decodeStorageVolumeType,
      encodeStorageVolumeType,
    );
  }

  /** Asks the API to stop a volume type; answers with its new state. */
  async stop(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<StorageVolumeType> {
    return await this.action(id, "stop", options);
  }

  /** Asks the API to resize a volume type; answers with its new state. */
  async resize(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<StorageVolumeType> {
    return await this.action(id, "resize", options);
  }

  /** Asks the API to restore a volume type; answers with its new state. */
  async restore(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<StorageVolumeType> {
    return await this.action(id, "restore", options);
  }
}

/** A bucket of the storage service, as the API returns it. */
interface StorageBucket {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the bucket. */
  name: string;
  /** Free-form text shown in the console. */
  description?: string;
  /** Size in gibibytes. */
  sizeGb?: number;
  /** Days data is kept. */
  retentionDays?: number;
  /** Key used to encrypt data at rest. */
  encryptionKeyId: string;
  /** Reachable from the internet. */
  public?: boolean;
  /** Who may see the resource. */
  visibility: string;
  /** Service tier. */
  tier?: string;
  /** Cron expression. */
  schedule?: string;
  /** Administrative state. */
  adminStateUp?: boolean;
  /** Contact for the resource. */
  ownerEmail?: string;
}

const STORAGE_BUCKET = register({
  kind: "storage.bucket",
  service: "storage",
  path: "/v1/storage/buckets",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the bucket",
    },
    {
      name: "description",
      type: "string",
      required: false,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "size_gb",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "retention_days",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3650,
      description: "Days data is kept",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: true,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
    {
      name: "visibility",
      type: "string",
      required: true,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "tier",
      type: "string",
      required: false,
      choices: ["basic", "standard", "premium"],
      description: "Service tier",
    },
    {
      name: "schedule",
      type: "string",
      required: false,
      pattern: "^(\\S+\\s){4}\\S+$",
      description: "Cron expression",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: false,
      description: "Administrative state",
    },
    {
      name: "owner_email",
      type: "string",
      required: false,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
  ],
});

function decodeStorageBucket(raw: Record<string, unknown>): StorageBucket {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      STORAGE_BUCKET.statuses,
      "BUILD",
    ) as StorageBucket["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: typeof raw.description === "string"
      ? raw.description
      : undefined,
    sizeGb: typeof raw.size_gb === "number" ? raw.size_gb : undefined,
    retentionDays: typeof raw.retention_days === "number"
      ? raw.retention_days
      : undefined,
    encryptionKeyId: String(raw.encryption_key_id ?? ""),
    public: typeof raw.public === "boolean" ? raw.public : undefined,
    visibility: String(raw.visibility ?? ""),
    tier: typeof raw.tier === "string" ? raw.tier : undefined,
    schedule: typeof raw.schedule === "string" ? raw.schedule : undefined,
    adminStateUp: typeof raw.admin_state_up === "boolean"
      ? raw.admin_state_up
      : undefined,
    ownerEmail: typeof raw.owner_email === "string"
      ? raw.owner_email
      : undefined,
  };
}

function encodeStorageBucket(
  value: Partial<StorageBucket>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.retentionDays !== undefined) {
    body.retention_days = value.retentionDays;
  }
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.public !== undefined) body.public = value.public;
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.tier !== undefined) body.tier = value.tier;
  if (value.schedule !== undefined) body.schedule = value.schedule;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  return body;
}

/** Operations on buckets (`/v1/storage/buckets`). */
class StorageBucketService extends ResourceService<StorageBucket> {
  constructor(transport: Transport) {
    super(
      transport,
      STORAGE_BUCKET,
      "bucket",
      "buckets",
      decodeStorageBucket,
      encodeStorageBucket,
    );
  }

  /** Asks the API to start a bucket; answers with its new state. */
  async start(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<StorageBucket> {
    return await this.action(id, "start", options);
  }

  /** Asks the API to restore a bucket; answers with its new state. */
  async restore(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<StorageBucket> {
    return await this.action(id, "restore", options);
  }
}

/** An object policy of the storage service, as the API returns it. */
interface StorageObjectPolicy {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the object policy. */
  name: string;
  /** Free-form text shown in the console. */
  description?: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** Tags attached to the resource. */
  tags?: string[];
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** Size in gibibytes. */
  sizeGb?: number;
  /** Network the resource is attached to. */
  networkId?: string;
  /** Days data is kept. */
  retentionDays?: number;
  /** Lower bound for autoscaling. */
  minReplicas?: number;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Reachable from the internet. */
  public?: boolean;
}

const STORAGE_OBJECT_POLICY = register({
  kind: "storage.object_policy",
  service: "storage",
  path: "/v1/storage/object-policies",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the object policy",
    },
    {
      name: "description",
      type: "string",
      required: false,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "tags",
      type: "list",
      required: false,
      description: "Tags attached to the resource",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "size_gb",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "network_id",
      type: "string",
      required: false,
      pattern: "^net-[0-9a-f]{12}$",
      description: "Network the resource is attached to",
    },
    {
      name: "retention_days",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3650,
      description: "Days data is kept",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
  ],
});

function decodeStorageObjectPolicy(
  raw: Record<string, unknown>,
): StorageObjectPolicy {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      STORAGE_OBJECT_POLICY.statuses,
      "BUILD",
    ) as StorageObjectPolicy["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: typeof raw.description === "string"
      ? raw.description
      : undefined,
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    tags: Array.isArray(raw.tags) ? raw.tags.map(String) : undefined,
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    sizeGb: typeof raw.size_gb === "number" ? raw.size_gb : undefined,
    networkId: typeof raw.network_id === "string" ? raw.network_id : undefined,
    retentionDays: typeof raw.retention_days === "number"
      ? raw.retention_days
      : undefined,
    minReplicas: typeof raw.min_replicas === "number"
      ? raw.min_replicas
      : undefined,
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    public: typeof raw.public === "boolean" ? raw.public : undefined,
  };
}

function encodeStorageObjectPolicy(
  value: Partial<StorageObjectPolicy>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.networkId !== undefined) body.network_id = value.networkId;
  if (value.retentionDays !== undefined) {
    body.retention_days = value.retentionDays;
  }
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.public !== undefined) body.public = value.public;
  return body;
}

/** Operations on object policies (`/v1/storage/object-policies`). */
class StorageObjectPolicyService extends ResourceService<StorageObjectPolicy> {
  constructor(transport: Transport) {
    super(
      transport,
      STORAGE_OBJECT_POLICY,
      "object_policy",
      "object_policies",
      decodeStorageObjectPolicy,
      encodeStorageObjectPolicy,
    );
  }

  /** Asks the API to start an object policy; answers with its new state. */
  async start(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<StorageObjectPolicy> {
    return await this.action(id, "start", options);
  }

  /** Asks the API to resize an object policy; answers with its new state. */
  async resize(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<StorageObjectPolicy> {
    return await this.action(id, "resize", options);
  }

  /** Asks the API to disable an object policy; answers with its new state. */
  async disable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<StorageObjectPolicy> {
    return await this.action(id, "disable", options);
  }

  /** Asks the API to refresh an object policy; answers with its new state. */
  async refresh(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<StorageObjectPolicy> {
    return await this.action(id, "refresh", options);
  }
}

/** A lifecycle rule of the storage service, as the API returns it. */
interface StorageLifecycleRule {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the lifecycle rule. */
  name: string;
  /** Owning project. */
  projectId?: string;
  /** IPv4 network in CIDR notation. */
  cidr?: string;
  /** Days data is kept. */
  retentionDays?: number;
  /** Reachable from the internet. */
  public: boolean;
  /** Service tier. */
  tier?: string;
  /** Cron expression. */
  schedule?: string;
  /** Evaluation order, lowest first. */
  priority?: number;
  /** Administrative state. */
  adminStateUp?: boolean;
}

const STORAGE_LIFECYCLE_RULE = register({
  kind: "storage.lifecycle_rule",
  service: "storage",
  path: "/v1/storage/lifecycle-rules",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the lifecycle rule",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "cidr",
      type: "string",
      required: false,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "retention_days",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3650,
      description: "Days data is kept",
    },
    {
      name: "public",
      type: "boolean",
      required: true,
      description: "Reachable from the internet",
    },
    {
      name: "tier",
      type: "string",
      required: false,
      choices: ["basic", "standard", "premium"],
      description: "Service tier",
    },
    {
      name: "schedule",
      type: "string",
      required: false,
      pattern: "^(\\S+\\s){4}\\S+$",
      description: "Cron expression",
    },
    {
      name: "priority",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: false,
      description: "Administrative state",
    },
  ],
});

function decodeStorageLifecycleRule(
  raw: Record<string, unknown>,
): StorageLifecycleRule {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      STORAGE_LIFECYCLE_RULE.statuses,
      "BUILD",
    ) as StorageLifecycleRule["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    cidr: typeof raw.cidr === "string" ? raw.cidr : undefined,
    retentionDays: typeof raw.retention_days === "number"
      ? raw.retention_days
      : undefined,
    public: (typeof raw.public === "boolean" ? raw.public : undefined) ?? false,
    tier: typeof raw.tier === "string" ? raw.tier : undefined,
    schedule: typeof raw.schedule === "string" ? raw.schedule : undefined,
    priority: typeof raw.priority === "number" ? raw.priority : undefined,
    adminStateUp: typeof raw.admin_state_up === "boolean"
      ? raw.admin_state_up
      : undefined,
  };
}

function encodeStorageLifecycleRule(
  value: Partial<StorageLifecycleRule>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.retentionDays !== undefined) {
    body.retention_days = value.retentionDays;
  }
  if (value.public !== undefined) body.public = value.public;
  if (value.tier !== undefined) body.tier = value.tier;
  if (value.schedule !== undefined) body.schedule = value.schedule;
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  return body;
}

/** Operations on lifecycle rules (`/v1/storage/lifecycle-rules`). */
class StorageLifecycleRuleService
  extends ResourceService<StorageLifecycleRule> {
  constructor(transport: Transport) {
    super(
      transport,
      STORAGE_LIFECYCLE_RULE,
      "lifecycle_rule",
      "lifecycle_rules",
      decodeStorageLifecycleRule,
      encodeStorageLifecycleRule,
    );
  }

  /** Asks the API to stop a lifecycle rule; answers with its new state. */
  async stop(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<StorageLifecycleRule> {
    return await this.action(id, "stop", options);
  }

  /** Asks the API to disable a lifecycle rule; answers with its new state. */
  async disable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<StorageLifecycleRule> {
    return await this.action(id, "disable", options);
  }

  /** Asks the API to refresh a lifecycle rule; answers with its new state. */
  async refresh(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<StorageLifecycleRule> {
    return await this.action(id, "refresh", options);
  }
}

/** A replication of the storage service, as the API returns it. */
interface StorageReplication {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the replication. */
  name: string;
  /** Free-form text shown in the console. */
  description?: string;
  /** Tags attached to the resource. */
  tags: string[];
  /** Size in gibibytes. */
  sizeGb?: number;
  /** Network protocol. */
  protocol: string;
  /** Days data is kept. */
  retentionDays?: number;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Service tier. */
  tier?: string;
  /** Cron expression. */
  schedule?: string;
  /** Operating mode. */
  mode?: string;
  /** Contact for the resource. */
  ownerEmail?: string;
  /** Request timeout. */
  timeoutSeconds?: number;
}

const STORAGE_REPLICATION = register({
  kind: "storage.replication",
  service: "storage",
  path: "/v1/storage/replications",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the replication",
    },
    {
      name: "description",
      type: "string",
      required: false,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "tags",
      type: "list",
      required: true,
      description: "Tags attached to the resource",
    },
    {
      name: "size_gb",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "protocol",
      type: "string",
      required: true,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "retention_days",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3650,
      description: "Days data is kept",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "tier",
      type: "string",
      required: false,
      choices: ["basic", "standard", "premium"],
      description: "Service tier",
    },
    {
      name: "schedule",
      type: "string",
      required: false,
      pattern: "^(\\S+\\s){4}\\S+$",
      description: "Cron expression",
    },
    {
      name: "mode",
      type: "string",
      required: false,
      choices: ["active", "passive", "standby"],
      description: "Operating mode",
    },
    {
      name: "owner_email",
      type: "string",
      required: false,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
    {
      name: "timeout_seconds",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3600,
      description: "Request timeout",
    },
  ],
});

function decodeStorageReplication(
  raw: Record<string, unknown>,
): StorageReplication {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      STORAGE_REPLICATION.statuses,
      "BUILD",
    ) as StorageReplication["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: typeof raw.description === "string"
      ? raw.description
      : undefined,
    tags: (Array.isArray(raw.tags) ? raw.tags.map(String) : undefined) ?? [],
    sizeGb: typeof raw.size_gb === "number" ? raw.size_gb : undefined,
    protocol: String(raw.protocol ?? ""),
    retentionDays: typeof raw.retention_days === "number"
      ? raw.retention_days
      : undefined,
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    tier: typeof raw.tier === "string" ? raw.tier : undefined,
    schedule: typeof raw.schedule === "string" ? raw.schedule : undefined,
    mode: typeof raw.mode === "string" ? raw.mode : undefined,
    ownerEmail: typeof raw.owner_email === "string"
      ? raw.owner_email
      : undefined,
    timeoutSeconds: typeof raw.timeout_seconds === "number"
      ? raw.timeout_seconds
      : undefined,
  };
}

function encodeStorageReplication(
  value: Partial<StorageReplication>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.retentionDays !== undefined) {
    body.retention_days = value.retentionDays;
  }
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.tier !== undefined) body.tier = value.tier;
  if (value.schedule !== undefined) body.schedule = value.schedule;
  if (value.mode !== undefined) body.mode = value.mode;
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  if (value.timeoutSeconds !== undefined) {
    body.timeout_seconds = value.timeoutSeconds;
  }
  return body;
}

/** Operations on replications (`/v1/storage/replications`). */
class StorageReplicationService extends ResourceService<StorageReplication> {
  constructor(transport: Transport) {
    super(
      transport,
      STORAGE_REPLICATION,
      "replication",
      "replications",
      decodeStorageReplication,
      encodeStorageReplication,
    );
  }

  /** Asks the API to rotate a replication; answers with its new state. */
  async rotate(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<StorageReplication> {
    return await this.action(id, "rotate", options);
  }

  /** Asks the API to restore a replication; answers with its new state. */
  async restore(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<StorageReplication> {
    return await this.action(id, "restore", options);
  }

  /** Asks the API to refresh a replication; answers with its new state. */
  async refresh(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<StorageReplication> {
    return await this.action(id, "refresh", options);
  }
}

// ---------------------------------------------------------------------------
// network
// ---------------------------------------------------------------------------

/** A network of the network service, as the API returns it. */
interface NetworkNetwork {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the network. */
  name: string;
  /** Upper bound for autoscaling. */
  maxReplicas?: number;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Who may see the resource. */
  visibility?: string;
  /** Contact for the resource. */
  ownerEmail?: string;
  /** Networks allowed to connect. */
  allowedCidrs?: string[];
  /** Version of the engine or runtime. */
  version?: string;
}

const NETWORK_NETWORK = register({
  kind: "network.network",
  service: "network",
  path: "/v2.1/network/networks",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the network",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "visibility",
      type: "string",
      required: false,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "owner_email",
      type: "string",
      required: false,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: false,
      description: "Networks allowed to connect",
    },
    {
      name: "version",
      type: "string",
      required: false,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
  ],
});

function decodeNetworkNetwork(raw: Record<string, unknown>): NetworkNetwork {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      NETWORK_NETWORK.statuses,
      "BUILD",
    ) as NetworkNetwork["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    maxReplicas: typeof raw.max_replicas === "number"
      ? raw.max_replicas
      : undefined,
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    visibility: typeof raw.visibility === "string" ? raw.visibility : undefined,
    ownerEmail: typeof raw.owner_email === "string"
      ? raw.owner_email
      : undefined,
    allowedCidrs: Array.isArray(raw.allowed_cidrs)
      ? raw.allowed_cidrs.map(String)
      : undefined,
    version: typeof raw.version === "string" ? raw.version : undefined,
  };
}

function encodeNetworkNetwork(
  value: Partial<NetworkNetwork>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  if (value.version !== undefined) body.version = value.version;
  return body;
}

/** Operations on networks (`/v2.1/network/networks`). */
class NetworkNetworkService extends ResourceService<NetworkNetwork> {
  constructor(transport: Transport) {
    super(
      transport,
      NETWORK_NETWORK,
      "network",
      "networks",
      decodeNetworkNetwork,
      encodeNetworkNetwork,
    );
  }

  /** Asks the API to reboot a network; answers with its new state. */
  async reboot(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<NetworkNetwork> {
    return await this.action(id, "reboot", options);
  }

  /** Asks the API to resize a network; answers with its new state. */
  async resize(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<NetworkNetwork> {
    return await this.action(id, "resize", options);
  }
}

/** A subnet of the network service, as the API returns it. */
interface NetworkSubnet {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the subnet. */
  name: string;
  /** Free-form text shown in the console. */
  description?: string;
  /** Region that hosts the resource. */
  region: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** Owning project. */
  projectId: string;
  /** Key/value labels used for filtering. */
  labels: Record<string, string>;
  /** Network protocol. */
  protocol?: string;
  /** Subnet the resource is attached to. */
  subnetId?: string;
  /** Days data is kept. */
  retentionDays: number;
  /** Lower bound for autoscaling. */
  minReplicas?: number;
  /** Service tier. */
  tier?: string;
  /** Cron expression. */
  schedule?: string;
  /** Contact for the resource. */
  ownerEmail?: string;
  /** Arbitrary metadata. */
  metadata?: Record<string, string>;
  /** Version of the engine or runtime. */
  version?: string;
}

const NETWORK_SUBNET = register({
  kind: "network.subnet",
  service: "network",
  path: "/v2.1/network/subnets",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the subnet",
    },
    {
      name: "description",
      type: "string",
      required: false,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "region",
      type: "string",
      required: true,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "project_id",
      type: "string",
      required: true,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "labels",
      type: "map",
      required: true,
      description: "Key/value labels used for filtering",
    },
    {
      name: "protocol",
      type: "string",
      required: false,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "subnet_id",
      type: "string",
      required: false,
      pattern: "^subnet-[0-9a-f]{12}$",
      description: "Subnet the resource is attached to",
    },
    {
      name: "retention_days",
      type: "integer",
      required: true,
      minimum: 1,
      maximum: 3650,
      description: "Days data is kept",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "tier",
      type: "string",
      required: false,
      choices: ["basic", "standard", "premium"],
      description: "Service tier",
    },
    {
      name: "schedule",
      type: "string",
      required: false,
      pattern: "^(\\S+\\s){4}\\S+$",
      description: "Cron expression",
    },
    {
      name: "owner_email",
      type: "string",
      required: false,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
    {
      name: "metadata",
      type: "map",
      required: false,
      description: "Arbitrary metadata",
    },
    {
      name: "version",
      type: "string",
      required: false,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
  ],
});

function decodeNetworkSubnet(raw: Record<string, unknown>): NetworkSubnet {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      NETWORK_SUBNET.statuses,
      "BUILD",
    ) as NetworkSubnet["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: typeof raw.description === "string"
      ? raw.description
      : undefined,
    region: String(raw.region ?? ""),
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    projectId: String(raw.project_id ?? ""),
    labels: (isRecord(raw.labels) ? stringMap(raw.labels) : undefined) ?? {},
    protocol: typeof raw.protocol === "string" ? raw.protocol : undefined,
    subnetId: typeof raw.subnet_id === "string" ? raw.subnet_id : undefined,
    retentionDays:
      (typeof raw.retention_days === "number"
        ? raw.retention_days
        : undefined) ?? 0,
    minReplicas: typeof raw.min_replicas === "number"
      ? raw.min_replicas
      : undefined,
    tier: typeof raw.tier === "string" ? raw.tier : undefined,
    schedule: typeof raw.schedule === "string" ? raw.schedule : undefined,
    ownerEmail: typeof raw.owner_email === "string"
      ? raw.owner_email
      : undefined,
    metadata: isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined,
    version: typeof raw.version === "string" ? raw.version : undefined,
  };
}

function encodeNetworkSubnet(
  value: Partial<NetworkSubnet>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.region !== undefined) body.region = value.region;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.subnetId !== undefined) body.subnet_id = value.subnetId;
  if (value.retentionDays !== undefined) {
    body.retention_days = value.retentionDays;
  }
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.tier !== undefined) body.tier = value.tier;
  if (value.schedule !== undefined) body.schedule = value.schedule;
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  if (value.metadata !== undefined) body.metadata = value.metadata;
  if (value.version !== undefined) body.version = value.version;
  return body;
}

/** Operations on subnets (`/v2.1/network/subnets`). */
class NetworkSubnetService extends ResourceService<NetworkSubnet> {
  constructor(transport: Transport) {
    super(
      transport,
      NETWORK_SUBNET,
      "subnet",
      "subnets",
      decodeNetworkSubnet,
      encodeNetworkSubnet,
    );
  }

  /** Asks the API to restore a subnet; answers with its new state. */
  async restore(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<NetworkSubnet> {
    return await this.action(id, "restore", options);
  }
}

/** A port of the network service, as the API returns it. */
interface NetworkPort {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the port. */
  name: string;
  /** Tags attached to the resource. */
  tags: string[];
  /** Size in gibibytes. */
  sizeGb?: number;
  /** Lower bound for autoscaling. */
  minReplicas?: number;
  /** Upper bound for autoscaling. */
  maxReplicas?: number;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Evaluation order, lowest first. */
  priority?: number;
  /** Administrative state. */
  adminStateUp?: boolean;
  /** Version of the engine or runtime. */
  version?: string;
}

const NETWORK_PORT = register({
  kind: "network.port",
  service: "network",
  path: "/v2.1/network/ports",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the port",
    },
    {
      name: "tags",
      type: "list",
      required: true,
      description: "Tags attached to the resource",
    },
    {
      name: "size_gb",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "priority",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: false,
      description: "Administrative state",
    },
    {
      name: "version",
      type: "string",
      required: false,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
  ],
});

function decodeNetworkPort(raw: Record<string, unknown>): NetworkPort {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      NETWORK_PORT.statuses,
      "BUILD",
    ) as NetworkPort["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    tags: (Array.isArray(raw.tags) ? raw.tags.map(String) : undefined) ?? [],
    sizeGb: typeof raw.size_gb === "number" ? raw.size_gb : undefined,
    minReplicas: typeof raw.min_replicas === "number"
      ? raw.min_replicas
      : undefined,
    maxReplicas: typeof raw.max_replicas === "number"
      ? raw.max_replicas
      : undefined,
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    priority: typeof raw.priority === "number" ? raw.priority : undefined,
    adminStateUp: typeof raw.admin_state_up === "boolean"
      ? raw.admin_state_up
      : undefined,
    version: typeof raw.version === "string" ? raw.version : undefined,
  };
}

function encodeNetworkPort(
  value: Partial<NetworkPort>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.version !== undefined) body.version = value.version;
  return body;
}

/** Operations on ports (`/v2.1/network/ports`). */
class NetworkPortService extends ResourceService<NetworkPort> {
  constructor(transport: Transport) {
    super(
      transport,
      NETWORK_PORT,
      "port",
      "ports",
      decodeNetworkPort,
      encodeNetworkPort,
    );
  }

  /** Asks the API to stop a port; answers with its new state. */
  async stop(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<NetworkPort> {
    return await this.action(id, "stop", options);
  }

  /** Asks the API to disable a port; answers with its new state. */
  async disable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<NetworkPort> {
    return await this.action(id, "disable", options);
  }
}

/** A router of the network service, as the API returns it. */
interface NetworkRouter {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the router. */
  name: string;
  /** Region that hosts the resource. */
  region?: string;
  /** Tags attached to the resource. */
  tags?: string[];
  /** Size in gibibytes. */
  sizeGb?: number;
  /** Network protocol. */
  protocol?: string;
  /** Reachable from the internet. */
  public?: boolean;
  /** Service tier. */
  tier: string;
  /** Evaluation order, lowest first. */
  priority?: number;
  /** Request timeout. */
  timeoutSeconds?: number;
}

const NETWORK_ROUTER = register({
  kind: "network.router",
  service: "network",
  path: "/v2.1/network/routers",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the router",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "tags",
      type: "list",
      required: false,
      description: "Tags attached to the resource",
    },
    {
      name: "size_gb",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "protocol",
      type: "string",
      required: false,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
    {
      name: "tier",
      type: "string",
      required: true,
      choices: ["basic", "standard", "premium"],
      description: "Service tier",
    },
    {
      name: "priority",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "timeout_seconds",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3600,
      description: "Request timeout",
    },
  ],
});

function decodeNetworkRouter(raw: Record<string, unknown>): NetworkRouter {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      NETWORK_ROUTER.statuses,
      "BUILD",
    ) as NetworkRouter["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    region: typeof raw.region === "string" ? raw.region : undefined,
    tags: Array.isArray(raw.tags) ? raw.tags.map(String) : undefined,
    sizeGb: typeof raw.size_gb === "number" ? raw.size_gb : undefined,
    protocol: typeof raw.protocol === "string" ? raw.protocol : undefined,
    public: typeof raw.public === "boolean" ? raw.public : undefined,
    tier: String(raw.tier ?? ""),
    priority: typeof raw.priority === "number" ? raw.priority : undefined,
    timeoutSeconds: typeof raw.timeout_seconds === "number"
      ? raw.timeout_seconds
      : undefined,
  };
}

function encodeNetworkRouter(
  value: Partial<NetworkRouter>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.region !== undefined) body.region = value.region;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.public !== undefined) body.public = value.public;
  if (value.tier !== undefined) body.tier = value.tier;
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.timeoutSeconds !== undefined) {
    body.timeout_seconds = value.timeoutSeconds;
  }
  return body;
}

/** Operations on routers (`/v2.1/network/routers`). */
class NetworkRouterService extends ResourceService<NetworkRouter> {
  constructor(transport: Transport) {
    super(
      transport,
      NETWORK_ROUTER,
      "router",
      "routers",
      decodeNetworkRouter,
      encodeNetworkRouter,
    );
  }

  /** Asks the API to start a router; answers with its new state. */
  async start(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<NetworkRouter> {
    return await this.action(id, "start", options);
  }

  /** Asks the API to reboot a router; answers with its new state. */
  async reboot(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<NetworkRouter> {
    return await this.action(id, "reboot", options);
  }

  /** Asks the API to resize a router; answers with its new state. */
  async resize(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<NetworkRouter> {
    return await this.action(id, "resize", options);
  }

  /** Asks the API to rotate a router; answers with its new state. */
  async rotate(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<NetworkRouter> {
    return await this.action(id, "rotate", options);
  }

  /** Asks the API to enable a router; answers with its new state. */
  async enable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<NetworkRouter> {
    return await this.action(id, "enable", options);
  }
}

/** A floating ip of the network service, as the API returns it. */
interface NetworkFloatingIp {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the floating ip. */
  name: string;
  /** Region that hosts the resource. */
  region?: string;
  /** Owning project. */
  projectId: string;
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** Size in gibibytes. */
  sizeGb?: number;
  /** IPv4 network in CIDR notation. */
  cidr: string;
  /** Days data is kept. */
  retentionDays?: number;
  /** Lower bound for autoscaling. */
  minReplicas?: number;
  /** Time to live, in seconds. */
  ttlSeconds: number;
  /** Administrative state. */
  adminStateUp?: boolean;
  /** Request timeout. */
  timeoutSeconds?: number;
  /** Refuse deletion while set. */
  deletionProtection?: boolean;
}

const NETWORK_FLOATING_IP = register({
  kind: "network.floating_ip",
  service: "network",
  path: "/v2.1/network/floating-ips",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the floating ip",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "project_id",
      type: "string",
      required: true,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "size_gb",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "cidr",
      type: "string",
      required: true,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "retention_days",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3650,
      description: "Days data is kept",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: true,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: false,
      description: "Administrative state",
    },
    {
      name: "timeout_seconds",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3600,
      description: "Request timeout",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: false,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeNetworkFloatingIp(
  raw: Record<string, unknown>,
): NetworkFloatingIp {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      NETWORK_FLOATING_IP.statuses,
      "BUILD",
    ) as NetworkFloatingIp["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    region: typeof raw.region === "string" ? raw.region : undefined,
    projectId: String(raw.project_id ?? ""),
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    sizeGb: typeof raw.size_gb === "number" ? raw.size_gb : undefined,
    cidr: String(raw.cidr ?? ""),
    retentionDays: typeof raw.retention_days === "number"
      ? raw.retention_days
      : undefined,
    minReplicas: typeof raw.min_replicas === "number"
      ? raw.min_replicas
      : undefined,
    ttlSeconds:
      (typeof raw.ttl_seconds === "number" ? raw.ttl_seconds : undefined) ?? 0,
    adminStateUp: typeof raw.admin_state_up === "boolean"
      ? raw.admin_state_up
      : undefined,
    timeoutSeconds: typeof raw.timeout_seconds === "number"
      ? raw.timeout_seconds
      : undefined,
    deletionProtection: typeof raw.deletion_protection === "boolean"
      ? raw.deletion_protection
      : undefined,
  };
}

function encodeNetworkFloatingIp(
  value: Partial<NetworkFloatingIp>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.region !== undefined) body.region = value.region;
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.retentionDays !== undefined) {
    body.retention_days = value.retentionDays;
  }
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.timeoutSeconds !== undefined) {
    body.timeout_seconds = value.timeoutSeconds;
  }
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on floating ips (`/v2.1/network/floating-ips`). */
class NetworkFloatingIpService extends ResourceService<NetworkFloatingIp> {
  constructor(transport: Transport) {
    super(
      transport,
      NETWORK_FLOATING_IP,
      "floating_ip",
      "floating_ips",
      decodeNetworkFloatingIp,
      encodeNetworkFloatingIp,
    );
  }

  /** Asks the API to disable a floating ip; answers with its new state. */
  async disable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<NetworkFloatingIp> {
    return await this.action(id, "disable", options);
  }

  /** Asks the API to refresh a floating ip; answers with its new state. */
  async refresh(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<NetworkFloatingIp> {
    return await this.action(id, "refresh", options);
  }
}

/** A security group of the network service, as the API returns it. */
interface NetworkSecurityGroup {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the security group. */
  name: string;
  /** Owning project. */
  projectId: string;
  /** Size in gibibytes. */
  sizeGb: number;
  /** IPv4 network in CIDR notation. */
  cidr?: string;
  /** Subnet the resource is attached to. */
  subnetId?: string;
  /** Days data is kept. */
  retentionDays?: number;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Cron expression. */
  schedule?: string;
  /** Administrative state. */
  adminStateUp: boolean;
  /** Operating mode. */
  mode?: string;
  /** Contact for the resource. */
  ownerEmail?: string;
}

const NETWORK_SECURITY_GROUP = register({
  kind: "network.security_group",
  service: "network",
  path: "/v2.1/network/security-groups",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the security group",
    },
    {
      name: "project_id",
      type: "string",
      required: true,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "size_gb",
      type: "integer",
      required: true,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "cidr",
      type: "string",
      required: false,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "subnet_id",
      type: "string",
      required: false,
      pattern: "^subnet-[0-9a-f]{12}$",
      description: "Subnet the resource is attached to",
    },
    {
      name: "retention_days",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3650,
      description: "Days data is kept",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "schedule",
      type: "string",
      required: false,
      pattern: "^(\\S+\\s){4}\\S+$",
      description: "Cron expression",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: true,
      description: "Administrative state",
    },
    {
      name: "mode",
      type: "string",
      required: false,
      choices: ["active", "passive", "standby"],
      description: "Operating mode",
    },
    {
      name: "owner_email",
      type: "string",
      required: false,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
  ],
});

function decodeNetworkSecurityGroup(
  raw: Record<string, unknown>,
): NetworkSecurityGroup {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      NETWORK_SECURITY_GROUP.statuses,
      "BUILD",
    ) as NetworkSecurityGroup["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    projectId: String(raw.project_id ?? ""),
    sizeGb: (typeof raw.size_gb === "number" ? raw.size_gb : undefined) ?? 0,
    cidr: typeof raw.cidr === "string" ? raw.cidr : undefined,
    subnetId: typeof raw.subnet_id === "string" ? raw.subnet_id : undefined,
    retentionDays: typeof raw.retention_days === "number"
      ? raw.retention_days
      : undefined,
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    schedule: typeof raw.schedule === "string" ? raw.schedule : undefined,
    adminStateUp:
      (typeof raw.admin_state_up === "boolean"
        ? raw.admin_state_up
        : undefined) ?? false,
    mode: typeof raw.mode === "string" ? raw.mode : undefined,
    ownerEmail: typeof raw.owner_email === "string"
      ? raw.owner_email
      : undefined,
  };
}

function encodeNetworkSecurityGroup(
  value: Partial<NetworkSecurityGroup>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.subnetId !== undefined) body.subnet_id = value.subnetId;
  if (value.retentionDays !== undefined) {
    body.retention_days = value.retentionDays;
  }
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.schedule !== undefined) body.schedule = value.schedule;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.mode !== undefined) body.mode = value.mode;
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  return body;
}

/** Operations on security groups (`/v2.1/network/security-groups`). */
class NetworkSecurityGroupService
  extends ResourceService<NetworkSecurityGroup> {
  constructor(transport: Transport) {
    super(
      transport,
      NETWORK_SECURITY_GROUP,
      "security_group",
      "security_groups",
      decodeNetworkSecurityGroup,
      encodeNetworkSecurityGroup,
    );
  }
}

// ---------------------------------------------------------------------------
// dns
// ---------------------------------------------------------------------------

/** A zone of the dns service, as the API returns it. */
interface DnsZone {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the zone. */
  name: string;
  /** Availability zone inside the region. */
  availabilityZone: string;
  /** Network protocol. */
  protocol?: string;
  /** Network the resource is attached to. */
  networkId?: string;
  /** Days data is kept. */
  retentionDays?: number;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** Administrative state. */
  adminStateUp?: boolean;
}

const DNS_ZONE = register({
  kind: "dns.zone",
  service: "dns",
  path: "/v1/dns/zones",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the zone",
    },
    {
      name: "availability_zone",
      type: "string",
      required: true,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "protocol",
      type: "string",
      required: false,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "network_id",
      type: "string",
      required: false,
      pattern: "^net-[0-9a-f]{12}$",
      description: "Network the resource is attached to",
    },
    {
      name: "retention_days",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3650,
      description: "Days data is kept",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: false,
      description: "Administrative state",
    },
  ],
});

function decodeDnsZone(raw: Record<string, unknown>): DnsZone {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(raw.status, DNS_ZONE.statuses, "BUILD") as DnsZone["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    availabilityZone: String(raw.availability_zone ?? ""),
    protocol: typeof raw.protocol === "string" ? raw.protocol : undefined,
    networkId: typeof raw.network_id === "string" ? raw.network_id : undefined,
    retentionDays: typeof raw.retention_days === "number"
      ? raw.retention_days
      : undefined,
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    adminStateUp: typeof raw.admin_state_up === "boolean"
      ? raw.admin_state_up
      : undefined,
  };
}

function encodeDnsZone(value: Partial<DnsZone>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.networkId !== undefined) body.network_id = value.networkId;
  if (value.retentionDays !== undefined) {
    body.retention_days = value.retentionDays;
  }
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  return body;
}

/** Operations on zones (`/v1/dns/zones`). */
class DnsZoneService extends ResourceService<DnsZone> {
  constructor(transport: Transport) {
    super(transport, DNS_ZONE, "zone", "zones", decodeDnsZone, encodeDnsZone);
  }

  /** Asks the API to stop a zone; answers with its new state. */
  async stop(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<DnsZone> {
    return await this.action(id, "stop", options);
  }

  /** Asks the API to resize a zone; answers with its new state. */
  async resize(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<DnsZone> {
    return await this.action(id, "resize", options);
  }

  /** Asks the API to disable a zone; answers with its new state. */
  async disable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<DnsZone> {
    return await this.action(id, "disable", options);
  }
}

/** A record set of the dns service, as the API returns it. */
interface DnsRecordSet {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the record set. */
  name: string;
  /** Availability zone inside the region. */
  availabilityZone: string;
  /** Owning project. */
  projectId?: string;
  /** Subnet the resource is attached to. */
  subnetId?: string;
  /** Upper bound for autoscaling. */
  maxReplicas?: number;
  /** Time to live, in seconds. */
  ttlSeconds: number;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Who may see the resource. */
  visibility?: string;
  /** Administrative state. */
  adminStateUp: boolean;
  /** Contact for the resource. */
  ownerEmail?: string;
  /** Request timeout. */
  timeoutSeconds?: number;
  /** Version of the engine or runtime. */
  version?: string;
}

const DNS_RECORD_SET = register({
  kind: "dns.record_set",
  service: "dns",
  path: "/v1/dns/record-sets",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the record set",
    },
    {
      name: "availability_zone",
      type: "string",
      required: true,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "subnet_id",
      type: "string",
      required: false,
      pattern: "^subnet-[0-9a-f]{12}$",
      description: "Subnet the resource is attached to",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: true,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "visibility",
      type: "string",
      required: false,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: true,
      description: "Administrative state",
    },
    {
      name: "owner_email",
      type: "string",
      required: false,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
    {
      name: "timeout_seconds",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3600,
      description: "Request timeout",
    },
    {
      name: "version",
      type: "string",
      required: false,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
  ],
});

function decodeDnsRecordSet(raw: Record<string, unknown>): DnsRecordSet {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      DNS_RECORD_SET.statuses,
      "BUILD",
    ) as DnsRecordSet["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    availabilityZone: String(raw.availability_zone ?? ""),
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    subnetId: typeof raw.subnet_id === "string" ? raw.subnet_id : undefined,
    maxReplicas: typeof raw.max_replicas === "number"
      ? raw.max_replicas
      : undefined,
    ttlSeconds:
      (typeof raw.ttl_seconds === "number" ? raw.ttl_seconds : undefined) ?? 0,
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    visibility: typeof raw.visibility === "string" ? raw.visibility : undefined,
    adminStateUp:
      (typeof raw.admin_state_up === "boolean"
        ? raw.admin_state_up
        : undefined) ?? false,
    ownerEmail: typeof raw.owner_email === "string"
      ? raw.owner_email
      : undefined,
    timeoutSeconds: typeof raw.timeout_seconds === "number"
      ? raw.timeout_seconds
      : undefined,
    version: typeof raw.version === "string" ? raw.version : undefined,
  };
}

function encodeDnsRecordSet(
  value: Partial<DnsRecordSet>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.subnetId !== undefined) body.subnet_id = value.subnetId;
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  if (value.timeoutSeconds !== undefined) {
    body.timeout_seconds = value.timeoutSeconds;
  }
  if (value.version !== undefined) body.version = value.version;
  return body;
}

/** Operations on record sets (`/v1/dns/record-sets`). */
class DnsRecordSetService extends ResourceService<DnsRecordSet> {
  constructor(transport: Transport) {
    super(
      transport,
      DNS_RECORD_SET,
      "record_set",
      "record_sets",
      decodeDnsRecordSet,
      encodeDnsRecordSet,
    );
  }

  /** Asks the API to stop a record set; answers with its new state. */
  async stop(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<DnsRecordSet> {
    return await this.action(id, "stop", options);
  }
}

/** A resolver of the dns service, as the API returns it. */
interface DnsResolver {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the resolver. */
  name: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** Whether the resource is active. */
  enabled?: boolean;
  /** Size in gibibytes. */
  sizeGb?: number;
  /** TCP or UDP port. */
  port?: number;
  /** Network protocol. */
  protocol?: string;
  /** Network the resource is attached to. */
  networkId?: string;
  /** Days data is kept. */
  retentionDays?: number;
  /** Reachable from the internet. */
  public?: boolean;
  /** Who may see the resource. */
  visibility?: string;
  /** Cron expression. */
  schedule?: string;
  /** Evaluation order, lowest first. */
  priority: number;
  /** Request timeout. */
  timeoutSeconds: number;
  /** Arbitrary metadata. */
  metadata?: Record<string, string>;
}

const DNS_RESOLVER = register({
  kind: "dns.resolver",
  service: "dns",
  path: "/v1/dns/resolvers",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the resolver",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "enabled",
      type: "boolean",
      required: false,
      description: "Whether the resource is active",
    },
    {
      name: "size_gb",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "port",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65535,
      description: "TCP or UDP port",
    },
    {
      name: "protocol",
      type: "string",
      required: false,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "network_id",
      type: "string",
      required: false,
      pattern: "^net-[0-9a-f]{12}$",
      description: "Network the resource is attached to",
    },
    {
      name: "retention_days",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3650,
      description: "Days data is kept",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
    {
      name: "visibility",
      type: "string",
      required: false,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "schedule",
      type: "string",
      required: false,
      pattern: "^(\\S+\\s){4}\\S+$",
      description: "Cron expression",
    },
    {
      name: "priority",
      type: "integer",
      required: true,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "timeout_seconds",
      type: "integer",
      required: true,
      minimum: 1,
      maximum: 3600,
      description: "Request timeout",
    },
    {
      name: "metadata",
      type: "map",
      required: false,
      description: "Arbitrary metadata",
    },
  ],
});

function decodeDnsResolver(raw: Record<string, unknown>): DnsResolver {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      DNS_RESOLVER.statuses,
      "BUILD",
    ) as DnsResolver["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    enabled: typeof raw.enabled === "boolean" ? raw.enabled : undefined,
    sizeGb: typeof raw.size_gb === "number" ? raw.size_gb : undefined,
    port: typeof raw.port === "number" ? raw.port : undefined,
    protocol: typeof raw.protocol === "string" ? raw.protocol : undefined,
    networkId: typeof raw.network_id === "string" ? raw.network_id : undefined,
    retentionDays: typeof raw.retention_days === "number"
      ? raw.retention_days
      : undefined,
    public: typeof raw.public === "boolean" ? raw.public : undefined,
    visibility: typeof raw.visibility === "string" ? raw.visibility : undefined,
    schedule: typeof raw.schedule === "string" ? raw.schedule : undefined,
    priority: (typeof raw.priority === "number" ? raw.priority : undefined) ??
      0,
    timeoutSeconds:
      (typeof raw.timeout_seconds === "number"
        ? raw.timeout_seconds
        : undefined) ?? 0,
    metadata: isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined,
  };
}

function encodeDnsResolver(
  value: Partial<DnsResolver>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.enabled !== undefined) body.enabled = value.enabled;
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.port !== undefined) body.port = value.port;
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.networkId !== undefined) body.network_id = value.networkId;
  if (value.retentionDays !== undefined) {
    body.retention_days = value.retentionDays;
  }
  if (value.public !== undefined) body.public = value.public;
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.schedule !== undefined) body.schedule = value.schedule;
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.timeoutSeconds !== undefined) {
    body.timeout_seconds = value.timeoutSeconds;
  }
  if (value.metadata !== undefined) body.metadata = value.metadata;
  return body;
}

/** Operations on resolvers (`/v1/dns/resolvers`). */
class DnsResolverService extends ResourceService<DnsResolver> {
  constructor(transport: Transport) {
    super(
      transport,
      DNS_RESOLVER,
      "resolver",
      "resolvers",
      decodeDnsResolver,
      encodeDnsResolver,
    );
  }
}

/** A forwarder of the dns service, as the API returns it. */
interface DnsForwarder {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the forwarder. */
  name: string;
  /** Region that hosts the resource. */
  region?: string;
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** Size in gibibytes. */
  sizeGb: number;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** Who may see the resource. */
  visibility?: string;
  /** URL the service calls. */
  endpointUrl?: string;
  /** Evaluation order, lowest first. */
  priority: number;
  /** Version of the engine or runtime. */
  version?: string;
  /** Refuse deletion while set. */
  deletionProtection?: boolean;
}

const DNS_FORWARDER = register({
  kind: "dns.forwarder",
  service: "dns",
  path: "/v1/dns/forwarders",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the forwarder",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "size_gb",
      type: "integer",
      required: true,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "visibility",
      type: "string",
      required: false,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "endpoint_url",
      type: "string",
      required: false,
      pattern: "^https?://",
      description: "URL the service calls",
    },
    {
      name: "priority",
      type: "integer",
      required: true,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "version",
      type: "string",
      required: false,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: false,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeDnsForwarder(raw: Record<string, unknown>): DnsForwarder {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      DNS_FORWARDER.statuses,
      "BUILD",
    ) as DnsForwarder["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    region: typeof raw.region === "string" ? raw.region : undefined,
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    sizeGb: (typeof raw.size_gb === "number" ? raw.size_gb : undefined) ?? 0,
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    visibility: typeof raw.visibility === "string" ? raw.visibility : undefined,
    endpointUrl: typeof raw.endpoint_url === "string"
      ? raw.endpoint_url
      : undefined,
    priority: (typeof raw.priority === "number" ? raw.priority : undefined) ??
      0,
    version: typeof raw.version === "string" ? raw.version : undefined,
    deletionProtection: typeof raw.deletion_protection === "boolean"
      ? raw.deletion_protection
      : undefined,
  };
}

function encodeDnsForwarder(
  value: Partial<DnsForwarder>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.region !== undefined) body.region = value.region;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.endpointUrl !== undefined) body.endpoint_url = value.endpointUrl;
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.version !== undefined) body.version = value.version;
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on forwarders (`/v1/dns/forwarders`). */
class DnsForwarderService extends ResourceService<DnsForwarder> {
  constructor(transport: Transport) {
    super(
      transport,
      DNS_FORWARDER,
      "forwarder",
      "forwarders",
      decodeDnsForwarder,
      encodeDnsForwarder,
    );
  }

  /** Asks the API to reboot a forwarder; answers with its new state. */
  async reboot(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<DnsForwarder> {
    return await this.action(id, "reboot", options);
  }

  /** Asks the API to enable a forwarder; answers with its new state. */
  async enable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<DnsForwarder> {
    return await this.action(id, "enable", options);
  }
}

/** A tsig key of the dns service, as the API returns it. */
interface DnsTsigKey {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the tsig key. */
  name: string;
  /** Region that hosts the resource. */
  region?: string;
  /** Tags attached to the resource. */
  tags?: string[];
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** Size in gibibytes. */
  sizeGb?: number;
  /** Contact for the resource. */
  ownerEmail?: string;
  /** Refuse deletion while set. */
  deletionProtection?: boolean;
}

const DNS_TSIG_KEY = register({
  kind: "dns.tsig_key",
  service: "dns",
  path: "/v1/dns/tsig-keys",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the tsig key",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "tags",
      type: "list",
      required: false,
      description: "Tags attached to the resource",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "size_gb",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "owner_email",
      type: "string",
      required: false,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: false,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeDnsTsigKey(raw: Record<string, unknown>): DnsTsigKey {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      DNS_TSIG_KEY.statuses,
      "BUILD",
    ) as DnsTsigKey["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    region: typeof raw.region === "string" ? raw.region : undefined,
    tags: Array.isArray(raw.tags) ? raw.tags.map(String) : undefined,
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    sizeGb: typeof raw.size_gb === "number" ? raw.size_gb : undefined,
    ownerEmail: typeof raw.owner_email === "string"
      ? raw.owner_email
      : undefined,
    deletionProtection: typeof raw.deletion_protection === "boolean"
      ? raw.deletion_protection
      : undefined,
  };
}

function encodeDnsTsigKey(value: Partial<DnsTsigKey>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.region !== undefined) body.region = value.region;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on tsig keys (`/v1/dns/tsig-keys`). */
class DnsTsigKeyService extends ResourceService<DnsTsigKey> {
  constructor(transport: Transport) {
    super(
      transport,
      DNS_TSIG_KEY,
      "tsig_key",
      "tsig_keys",
      decodeDnsTsigKey,
      encodeDnsTsigKey,
    );
  }

  /** Asks the API to disable a tsig key; answers with its new state. */
  async disable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<DnsTsigKey> {
    return await this.action(id, "disable", options);
  }
}

/** A blocklist of the dns service, as the API returns it. */
interface DnsBlocklist {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the blocklist. */
  name: string;
  /** Region that hosts the resource. */
  region?: string;
  /** Network protocol. */
  protocol?: string;
  /** Upper bound for autoscaling. */
  maxReplicas?: number;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Service tier. */
  tier?: string;
  /** Operating mode. */
  mode?: string;
  /** Version of the engine or runtime. */
  version?: string;
}

const DNS_BLOCKLIST = register({
  kind: "dns.blocklist",
  service: "dns",
  path: "/v1/dns/blocklists",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the blocklist",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "protocol",
      type: "string",
      required: false,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "tier",
      type: "string",
      required: false,
      choices: ["basic", "standard", "premium"],
      description: "Service tier",
    },
    {
      name: "mode",
      type: "string",
      required: false,
      choices: ["active", "passive", "standby"],
      description: "Operating mode",
    },
    {
      name: "version",
      type: "string",
      required: false,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
  ],
});

function decodeDnsBlocklist(raw: Record<string, unknown>): DnsBlocklist {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      DNS_BLOCKLIST.statuses,
      "BUILD",
    ) as DnsBlocklist["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    region: typeof raw.region === "string" ? raw.region : undefined,
    protocol: typeof raw.protocol === "string" ? raw.protocol : undefined,
    maxReplicas: typeof raw.max_replicas === "number"
      ? raw.max_replicas
      : undefined,
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    tier: typeof raw.tier === "string" ? raw.tier : undefined,
    mode: typeof raw.mode === "string" ? raw.mode : undefined,
    version: typeof raw.version === "string" ? raw.version : undefined,
  };
}

function encodeDnsBlocklist(
  value: Partial<DnsBlocklist>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.region !== undefined) body.region = value.region;
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.tier !== undefined) body.tier = value.tier;
  if (value.mode !== undefined) body.mode = value.mode;
  if (value.version !== undefined) body.version = value.version;
  return body;
}

/** Operations on blocklists (`/v1/dns/blocklists`). */
class DnsBlocklistService extends ResourceService<DnsBlocklist> {
  constructor(transport: Transport) {
    super(
      transport,
      DNS_BLOCKLIST,
      "blocklist",
      "blocklists",
      decodeDnsBlocklist,
      encodeDnsBlocklist,
    );
  }

  /** Asks the API to stop a blocklist; answers with its new state. */
  async stop(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<DnsBlocklist> {
    return await this.action(id, "stop", options);
  }

  /** Asks the API to resize a blocklist; answers with its new state. */
  async resize(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<DnsBlocklist> {
    return await this.action(id, "resize", options);
  }

  /** Asks the API to disable a blocklist; answers with its new state. */
  async disable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<DnsBlocklist> {
    return await this.action(id, "disable", options);
  }

  /** Asks the API to restore a blocklist; answers with its new state. */
  async restore(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<DnsBlocklist> {
    return await this.action(id, "restore", options);
  }

  /** Asks the API to export a blocklist; answers with its new state. */
  async export(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<DnsBlocklist> {
    return await this.action(id, "export", options);
  }
}

// ---------------------------------------------------------------------------
// identity
// ---------------------------------------------------------------------------

/** A project of the identity service, as the API returns it. */
interface IdentityProject {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the project. */
  name: string;
  /** Free-form text shown in the console. */
  description?: string;
  /** Availability zone inside the region. */
  availabilityZone: string;
  /** Tags attached to the resource. */
  tags?: string[];
  /** Whether the resource is active. */
  enabled?: boolean;
  /** Network protocol. */
  protocol: string;
  /** Upper bound for autoscaling. */
  maxReplicas?: number;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** Reachable from the internet. */
  public?: boolean;
  /** Operating mode. */
  mode?: string;
  /** Contact for the resource. */
  ownerEmail?: string;
  /** Networks allowed to connect. */
  allowedCidrs?: string[];
}

const IDENTITY_PROJECT = register({
  kind: "identity.project",
  service: "identity",
  path: "/v2/identity/projects",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the project",
    },
    {
      name: "description",
      type: "string",
      required: false,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "availability_zone",
      type: "string",
      required: true,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "tags",
      type: "list",
      required: false,
      description: "Tags attached to the resource",
    },
    {
      name: "enabled",
      type: "boolean",
      required: false,
      description: "Whether the resource is active",
    },
    {
      name: "protocol",
      type: "string",
      required: true,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
    {
      name: "mode",
      type: "string",
      required: false,
      choices: ["active", "passive", "standby"],
      description: "Operating mode",
    },
    {
      name: "owner_email",
      type: "string",
      required: false,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: false,
      description: "Networks allowed to connect",
    },
  ],
});

function decodeIdentityProject(raw: Record<string, unknown>): IdentityProject {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      IDENTITY_PROJECT.statuses,
      "BUILD",
    ) as IdentityProject["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: typeof raw.description === "string"
      ? raw.description
      : undefined,
    availabilityZone: String(raw.availability_zone ?? ""),
    tags: Array.isArray(raw.tags) ? raw.tags.map(String) : undefined,
    enabled: typeof raw.enabled === "boolean" ? raw.enabled : undefined,
    protocol: String(raw.protocol ?? ""),
    maxReplicas: typeof raw.max_replicas === "number"
      ? raw.max_replicas
      : undefined,
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    public: typeof raw.public === "boolean" ? raw.public : undefined,
    mode: typeof raw.mode === "string" ? raw.mode : undefined,
    ownerEmail: typeof raw.owner_email === "string"
      ? raw.owner_email
      : undefined,
    allowedCidrs: Array.isArray(raw.allowed_cidrs)
      ? raw.allowed_cidrs.map(String)
      : undefined,
  };
}

function encodeIdentityProject(
  value: Partial<IdentityProject>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.enabled !== undefined) body.enabled = value.enabled;
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.public !== undefined) body.public = value.public;
  if (value.mode !== undefined) body.mode = value.mode;
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  return body;
}

/** Operations on projects (`/v2/identity/projects`). */
class IdentityProjectService extends ResourceService<IdentityProject> {
  constructor(transport: Transport) {
    super(
      transport,
      IDENTITY_PROJECT,
      "project",
      "projects",
      decodeIdentityProject,
      encodeIdentityProject,
    );
  }

  /** Asks the API to export a project; answers with its new state. */
  async export(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<IdentityProject> {
    return await this.action(id, "export", options);
  }
}

/** A domain of the identity service, as the API returns it. */
interface IdentityDomain {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the domain. */
  name: string;
  /** Free-form text shown in the console. */
  description: string;
  /** Owning project. */
  projectId?: string;
  /** Size in gibibytes. */
  sizeGb: number;
  /** Network the resource is attached to. */
  networkId?: string;
  /** Subnet the resource is attached to. */
  subnetId?: string;
  /** Days data is kept. */
  retentionDays: number;
  /** Upper bound for autoscaling. */
  maxReplicas?: number;
  /** Time to live, in seconds. */
  ttlSeconds: number;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Who may see the resource. */
  visibility?: string;
  /** Evaluation order, lowest first. */
  priority?: number;
  /** Administrative state. */
  adminStateUp: boolean;
  /** Contact for the resource. */
  ownerEmail?: string;
  /** Arbitrary metadata. */
  metadata?: Record<string, string>;
}

const IDENTITY_DOMAIN = register({
  kind: "identity.domain",
  service: "identity",
  path: "/v2/identity/domains",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the domain",
    },
    {
      name: "description",
      type: "string",
      required: true,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "size_gb",
      type: "integer",
      required: true,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "network_id",
      type: "string",
      required: false,
      pattern: "^net-[0-9a-f]{12}$",
      description: "Network the resource is attached to",
    },
    {
      name: "subnet_id",
      type: "string",
      required: false,
      pattern: "^subnet-[0-9a-f]{12}$",
      description: "Subnet the resource is attached to",
    },
    {
      name: "retention_days",
      type: "integer",
      required: true,
      minimum: 1,
      maximum: 3650,
      description: "Days data is kept",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: true,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "visibility",
      type: "string",
      required: false,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "priority",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: true,
      description: "Administrative state",
    },
    {
      name: "owner_email",
      type: "string",
      required: false,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
    {
      name: "metadata",
      type: "map",
      required: false,
      description: "Arbitrary metadata",
    },
  ],
});

function decodeIdentityDomain(raw: Record<string, unknown>): IdentityDomain {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      IDENTITY_DOMAIN.statuses,
      "BUILD",
    ) as IdentityDomain["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: String(raw.description ?? ""),
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    sizeGb: (typeof raw.size_gb === "number" ? raw.size_gb : undefined) ?? 0,
    networkId: typeof raw.network_id === "string" ? raw.network_id : undefined,
    subnetId: typeof raw.subnet_id === "string" ? raw.subnet_id : undefined,
    retentionDays:
      (typeof raw.retention_days === "number"
        ? raw.retention_days
        : undefined) ?? 0,
    maxReplicas: typeof raw.max_replicas === "number"
      ? raw.max_replicas
      : undefined,
    ttlSeconds:
      (typeof raw.ttl_seconds === "number" ? raw.ttl_seconds : undefined) ?? 0,
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    visibility: typeof raw.visibility === "string" ? raw.visibility : undefined,
    priority: typeof raw.priority === "number" ? raw.priority : undefined,
    adminStateUp:
      (typeof raw.admin_state_up === "boolean"
        ? raw.admin_state_up
        : undefined) ?? false,
    ownerEmail: typeof raw.owner_email === "string"
      ? raw.owner_email
      : undefined,
    metadata: isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined,
  };
}

function encodeIdentityDomain(
  value: Partial<IdentityDomain>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.networkId !== undefined) body.network_id = value.networkId;
  if (value.subnetId !== undefined) body.subnet_id = value.subnetId;
  if (value.retentionDays !== undefined) {
    body.retention_days = value.retentionDays;
  }
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  if (value.metadata !== undefined) body.metadata = value.metadata;
  return body;
}

/** Operations on domains (`/v2/identity/domains`). */
class IdentityDomainService extends ResourceService<IdentityDomain> {
  constructor(transport: Transport) {
    super(
      transport,
      IDENTITY_DOMAIN,
      "domain",
      "domains",
      decodeIdentityDomain,
      encodeIdentityDomain,
    );
  }

  /** Asks the API to export a domain; answers with its new state. */
  async export(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<IdentityDomain> {
    return await this.action(id, "export", options);
  }
}

/** An user of the identity service, as the API returns it. */
interface IdentityUser {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the user. */
  name: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** IPv4 network in CIDR notation. */
  cidr?: string;
  /** Subnet the resource is attached to. */
  subnetId: string;
  /** Days data is kept. */
  retentionDays?: number;
  /** Administrative state. */
  adminStateUp?: boolean;
  /** Request timeout. */
  timeoutSeconds?: number;
  /** Refuse deletion while set. */
  deletionProtection?: boolean;
}

const IDENTITY_USER = register({
  kind: "identity.user",
  service: "identity",
  path: "/v2/identity/users",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the user",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "cidr",
      type: "string",
      required: false,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "subnet_id",
      type: "string",
      required: true,
      pattern: "^subnet-[0-9a-f]{12}$",
      description: "Subnet the resource is attached to",
    },
    {
      name: "retention_days",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3650,
      description: "Days data is kept",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: false,
      description: "Administrative state",
    },
    {
      name: "timeout_seconds",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3600,
      description: "Request timeout",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: false,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeIdentityUser(raw: Record<string, unknown>): IdentityUser {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      IDENTITY_USER.statuses,
      "BUILD",
    ) as IdentityUser["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    cidr: typeof raw.cidr === "string" ? raw.cidr : undefined,
    subnetId: String(raw.subnet_id ?? ""),
    retentionDays: typeof raw.retention_days === "number"
      ? raw.retention_days
      : undefined,
    adminStateUp: typeof raw.admin_state_up === "boolean"
      ? raw.admin_state_up
      : undefined,
    timeoutSeconds: typeof raw.timeout_seconds === "number"
      ? raw.timeout_seconds
      : undefined,
    deletionProtection: typeof raw.deletion_protection === "boolean"
      ? raw.deletion_protection
      : undefined,
  };
}

function encodeIdentityUser(
  value: Partial<IdentityUser>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.subnetId !== undefined) body.subnet_id = value.subnetId;
  if (value.retentionDays !== undefined) {
    body.retention_days = value.retentionDays;
  }
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.timeoutSeconds !== undefined) {
    body.timeout_seconds = value.timeoutSeconds;
  }
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on users (`/v2/identity/users`). */
class IdentityUserService extends ResourceService<IdentityUser> {
  constructor(transport: Transport) {
    super(
      transport,
      IDENTITY_USER,
      "user",
      "users",
      decodeIdentityUser,
      encodeIdentityUser,
    );
  }

  /** Asks the API to start an user; answers with its new state. */
  async start(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<IdentityUser> {
    return await this.action(id, "start", options);
  }

  /** Asks the API to reboot an user; answers with its new state. */
  async reboot(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<IdentityUser> {
    return await this.action(id, "reboot", options);
  }

  /** Asks the API to enable an user; answers with its new state. */
  async enable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<IdentityUser> {
    return await this.action(id, "enable", options);
  }
}

/** A group of the identity service, as the API returns it. */
interface IdentityGroup {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the group. */
  name: string;
  /** Free-form text shown in the console. */
  description?: string;
  /** Region that hosts the resource. */
  region: string;
  /** Owning project. */
  projectId?: string;
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** Days data is kept. */
  retentionDays?: number;
  /** Lower bound for autoscaling. */
  minReplicas?: number;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** Reachable from the internet. */
  public?: boolean;
  /** Operating mode. */
  mode?: string;
  /** Contact for the resource. */
  ownerEmail?: string;
  /** Request timeout. */
  timeoutSeconds?: number;
  /** Arbitrary metadata. */
  metadata?: Record<string, string>;
  /** Networks allowed to connect. */
  allowedCidrs?: string[];
  /** Version of the engine or runtime. */
  version?: string;
}

const IDENTITY_GROUP = register({
  kind: "identity.group",
  service: "identity",
  path: "/v2/identity/groups",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the group",
    },
    {
      name: "description",
      type: "string",
      required: false,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "region",
      type: "string",
      required: true,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "retention_days",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3650,
      description: "Days data is kept",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
    {
      name: "mode",
      type: "string",
      required: false,
      choices: ["active", "passive", "standby"],
      description: "Operating mode",
    },
    {
      name: "owner_email",
      type: "string",
      required: false,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
    {
      name: "timeout_seconds",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3600,
      description: "Request timeout",
    },
    {
      name: "metadata",
      type: "map",
      required: false,
      description: "Arbitrary metadata",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: false,
      description: "Networks allowed to connect",
    },
    {
      name: "version",
      type: "string",
      required: false,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
  ],
});

function decodeIdentityGroup(raw: Record<string, unknown>): IdentityGroup {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      IDENTITY_GROUP.statuses,
      "BUILD",
    ) as IdentityGroup["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: typeof raw.description === "string"
      ? raw.description
      : undefined,
    region: String(raw.region ?? ""),
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    retentionDays: typeof raw.retention_days === "number"
      ? raw.retention_days
      : undefined,
    minReplicas: typeof raw.min_replicas === "number"
      ? raw.min_replicas
      : undefined,
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    public: typeof raw.public === "boolean" ? raw.public : undefined,
    mode: typeof raw.mode === "string" ? raw.mode : undefined,
    ownerEmail: typeof raw.owner_email === "string"
      ? raw.owner_email
      : undefined,
    timeoutSeconds: typeof raw.timeout_seconds === "number"
      ? raw.timeout_seconds
      : undefined,
    metadata: isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined,
    allowedCidrs: Array.isArray(raw.allowed_cidrs)
      ? raw.allowed_cidrs.map(String)
      : undefined,
    version: typeof raw.version === "string" ? raw.version : undefined,
  };
}

function encodeIdentityGroup(
  value: Partial<IdentityGroup>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.region !== undefined) body.region = value.region;
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.retentionDays !== undefined) {
    body.retention_days = value.retentionDays;
  }
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.public !== undefined) body.public = value.public;
  if (value.mode !== undefined) body.mode = value.mode;
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  if (value.timeoutSeconds !== undefined) {
    body.timeout_seconds = value.timeoutSeconds;
  }
  if (value.metadata !== undefined) body.metadata = value.metadata;
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  if (value.version !== undefined) body.version = value.version;
  return body;
}

/** Operations on groups (`/v2/identity/groups`). */
class IdentityGroupService extends ResourceService<IdentityGroup> {
  constructor(transport: Transport) {
    super(
      transport,
      IDENTITY_GROUP,
      "group",
      "groups",
      decodeIdentityGroup,
      encodeIdentityGroup,
    );
  }

  /** Asks the API to resize a group; answers with its new state. */
  async resize(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<IdentityGroup> {
    return await this.action(id, "resize", options);
  }
}

/** A role of the identity service, as the API returns it. */
interface IdentityRole {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the role. */
  name: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** Owning project. */
  projectId?: string;
  /** TCP or UDP port. */
  port?: number;
  /** Network protocol. */
  protocol?: string;
  /** IPv4 network in CIDR notation. */
  cidr?: string;
  /** Network the resource is attached to. */
  networkId?: string;
  /** Lower bound for autoscaling. */
  minReplicas?: number;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** Operating mode. */
  mode?: string;
  /** Networks allowed to connect. */
  allowedCidrs?: string[];
}

const IDENTITY_ROLE = register({
  kind: "identity.role",
  service: "identity",
  path: "/v2/identity/roles",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the role",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "port",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65535,
      description: "TCP or UDP port",
    },
    {
      name: "protocol",
      type: "string",
      required: false,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "cidr",
      type: "string",
      required: false,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "network_id",
      type: "string",
      required: false,
      pattern: "^net-[0-9a-f]{12}$",
      description: "Network the resource is attached to",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "mode",
      type: "string",
      required: false,
      choices: ["active", "passive", "standby"],
      description: "Operating mode",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: false,
      description: "Networks allowed to connect",
    },
  ],
});

function decodeIdentityRole(raw: Record<string, unknown>): IdentityRole {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      IDENTITY_ROLE.statuses,
      "BUILD",
    ) as IdentityRole["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    port: typeof raw.port === "number" ? raw.port : undefined,
    protocol: typeof raw.protocol === "string" ? raw.protocol : undefined,
    cidr: typeof raw.cidr === "string" ? raw.cidr : undefined,
    networkId: typeof raw.network_id === "string" ? raw.network_id : undefined,
    minReplicas: typeof raw.min_replicas === "number"
      ? raw.min_replicas
      : undefined,
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    mode: typeof raw.mode === "string" ? raw.mode : undefined,
    allowedCidrs: Array.isArray(raw.allowed_cidrs)
      ? raw.allowed_cidrs.map(String)
      : undefined,
  };
}

function encodeIdentityRole(
  value: Partial<IdentityRole>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.port !== undefined) body.port = value.port;
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.networkId !== undefined) body.network_id = value.networkId;
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.mode !== undefined) body.mode = value.mode;
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  return body;
}

/** Operations on roles (`/v2/identity/roles`). */
class IdentityRoleService extends ResourceService<IdentityRole> {
  constructor(transport: Transport) {
    super(
      transport,
      IDENTITY_ROLE,
      "role",
      "roles",
      decodeIdentityRole,
      encodeIdentityRole,
    );
  }

  /** Asks the API to start a role; answers with its new state. */
  async start(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<IdentityRole> {
    return await this.action(id, "start", options);
  }

  /** Asks the API to stop a role; answers with its new state. */
  async stop(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<IdentityRole> {
    return await this.action(id, "stop", options);
  }

  /** Asks the API to disable a role; answers with its new state. */
  async disable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<IdentityRole> {
    return await this.action(id, "disable", options);
  }
}

/** A credential of the identity service, as the API returns it. */
interface IdentityCredential {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the credential. */
  name: string;
  /** Owning project. */
  projectId: string;
  /** Tags attached to the resource. */
  tags?: string[];
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** Whether the resource is active. */
  enabled?: boolean;
  /** Size in gibibytes. */
  sizeGb?: number;
  /** Network protocol. */
  protocol: string;
  /** Network the resource is attached to. */
  networkId: string;
  /** Days data is kept. */
  retentionDays: number;
  /** Lower bound for autoscaling. */
  minReplicas?: number;
  /** Upper bound for autoscaling. */
  maxReplicas?: number;
  /** Operating mode. */
  mode?: string;
  /** Request timeout. */
  timeoutSeconds?: number;
  /** Arbitrary metadata. */
  metadata?: Record<string, string>;
  /** Version of the engine or runtime. */
  version?: string;
}

const IDENTITY_CREDENTIAL = register({
  kind: "identity.credential",
  service: "identity",
  path: "/v2/identity/credentials",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the credential",
    },
    {
      name: "project_id",
      type: "string",
      required: true,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "tags",
      type: "list",
      required: false,
      description: "Tags attached to the resource",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "enabled",
      type: "boolean",
      required: false,
      description: "Whether the resource is active",
    },
    {
      name: "size_gb",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "protocol",
      type: "string",
      required: true,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "network_id",
      type: "string",
      required: true,
      pattern: "^net-[0-9a-f]{12}$",
      description: "Network the resource is attached to",
    },
    {
      name: "retention_days",
      type: "integer",
      required: true,
      minimum: 1,
      maximum: 3650,
      description: "Days data is kept",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "mode",
      type: "string",
      required: false,
      choices: ["active", "passive", "standby"],
      description: "Operating mode",
    },
    {
      name: "timeout_seconds",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3600,
      description: "Request timeout",
    },
    {
      name: "metadata",
      type: "map",
      required: false,
      description: "Arbitrary metadata",
    },
    {
      name: "version",
      type: "string",
      required: false,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
  ],
});

function decodeIdentityCredential(
  raw: Record<string, unknown>,
): IdentityCredential {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      IDENTITY_CREDENTIAL.statuses,
      "BUILD",
    ) as IdentityCredential["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    projectId: String(raw.project_id ?? ""),
    tags: Array.isArray(raw.tags) ? raw.tags.map(String) : undefined,
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    enabled: typeof raw.enabled === "boolean" ? raw.enabled : undefined,
    sizeGb: typeof raw.size_gb === "number" ? raw.size_gb : undefined,
    protocol: String(raw.protocol ?? ""),
    networkId: String(raw.network_id ?? ""),
    retentionDays:
      (typeof raw.retention_days === "number"
        ? raw.retention_days
        : undefined) ?? 0,
    minReplicas: typeof raw.min_replicas === "number"
      ? raw.min_replicas
      : undefined,
    maxReplicas: typeof raw.max_replicas === "number"
      ? raw.max_replicas
      : undefined,
    mode: typeof raw.mode === "string" ? raw.mode : undefined,
    timeoutSeconds: typeof raw.timeout_seconds === "number"
      ? raw.timeout_seconds
      : undefined,
    metadata: isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined,
    version: typeof raw.version === "string" ? raw.version : undefined,
  };
}

function encodeIdentityCredential(
  value: Partial<IdentityCredential>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.enabled !== undefined) body.enabled = value.enabled;
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.networkId !== undefined) body.network_id = value.networkId;
  if (value.retentionDays !== undefined) {
    body.retention_days = value.retentionDays;
  }
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.mode !== undefined) body.mode = value.mode;
  if (value.timeoutSeconds !== undefined) {
    body.timeout_seconds = value.timeoutSeconds;
  }
  if (value.metadata !== undefined) body.metadata = value.metadata;
  if (value.version !== undefined) body.version = value.version;
  return body;
}

/** Operations on credentials (`/v2/identity/credentials`). */
class IdentityCredentialService extends ResourceService<IdentityCredential> {
  constructor(transport: Transport) {
    super(
      transport,
      IDENTITY_CREDENTIAL,
      "credential",
      "credentials",
      decodeIdentityCredential,
      encodeIdentityCredential,
    );
  }

  /** Asks the API to rotate a credential; answers with its new state. */
  async rotate(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<IdentityCredential> {
    return await this.action(id, "rotate", options);
  }

  /** Asks the API to disable a credential; answers with its new state. */
  async disable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<IdentityCredential> {
    return await this.action(id, "disable", options);
  }
}

// ---------------------------------------------------------------------------
// database
// ---------------------------------------------------------------------------

/** A cluster of the database service, as the API returns it. */
interface DatabaseCluster {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the cluster. */
  name: string;
  /** Region that hosts the resource. */
  region?: string;
  /** Owning project. */
  projectId?: string;
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** Network the resource is attached to. */
  networkId?: string;
  /** Subnet the resource is attached to. */
  subnetId: string;
  /** Days data is kept. */
  retentionDays?: number;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** Who may see the resource. */
  visibility?: string;
  /** Service tier. */
  tier?: string;
  /** Cron expression. */
  schedule?: string;
  /** Arbitrary metadata. */
  metadata?: Record<string, string>;
  /** Version of the engine or runtime. */
  version?: string;
  /** Refuse deletion while set. */
  deletionProtection?: boolean;
}

const DATABASE_CLUSTER = register({
  kind: "database.cluster",
  service: "database",
  path: "/v1/database/clusters",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the cluster",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "network_id",
      type: "string",
      required: false,
      pattern: "^net-[0-9a-f]{12}$",
      description: "Network the resource is attached to",
    },
    {
      name: "subnet_id",
      type: "string",
      required: true,
      pattern: "^subnet-[0-9a-f]{12}$",
      description: "Subnet the resource is attached to",
    },
    {
      name: "retention_days",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3650,
      description: "Days data is kept",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "visibility",
      type: "string",
      required: false,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "tier",
      type: "string",
      required: false,
      choices: ["basic", "standard", "premium"],
      description: "Service tier",
    },
    {
      name: "schedule",
      type: "string",
      required: false,
      pattern: "^(\\S+\\s){4}\\S+$",
      description: "Cron expression",
    },
    {
      name: "metadata",
      type: "map",
      required: false,
      description: "Arbitrary metadata",
    },
    {
      name: "version",
      type: "string",
      required: false,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: false,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeDatabaseCluster(raw: Record<string, unknown>): DatabaseCluster {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      DATABASE_CLUSTER.statuses,
      "BUILD",
    ) as DatabaseCluster["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    region: typeof raw.region === "string" ? raw.region : undefined,
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    networkId: typeof raw.network_id === "string" ? raw.network_id : undefined,
    subnetId: String(raw.subnet_id ?? ""),
    retentionDays: typeof raw.retention_days === "number"
      ? raw.retention_days
      : undefined,
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    visibility: typeof raw.visibility === "string" ? raw.visibility : undefined,
    tier: typeof raw.tier === "string" ? raw.tier : undefined,
    schedule: typeof raw.schedule === "string" ? raw.schedule : undefined,
    metadata: isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined,
    version: typeof raw.version === "string" ? raw.version : undefined,
    deletionProtection: typeof raw.deletion_protection === "boolean"
      ? raw.deletion_protection
      : undefined,
  };
}

function encodeDatabaseCluster(
  value: Partial<DatabaseCluster>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.region !== undefined) body.region = value.region;
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.networkId !== undefined) body.network_id = value.networkId;
  if (value.subnetId !== undefined) body.subnet_id = value.subnetId;
  if (value.retentionDays !== undefined) {
    body.retention_days = value.retentionDays;
  }
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.tier !== undefined) body.tier = value.tier;
  if (value.schedule !== undefined) body.schedule = value.schedule;
  if (value.metadata !== undefined) body.metadata = value.metadata;
  if (value.version !== undefined) body.version = value.version;
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on clusters (`/v1/database/clusters`). */
class DatabaseClusterService extends ResourceService<DatabaseCluster> {
  constructor(transport: Transport) {
    super(
      transport,
      DATABASE_CLUSTER,
      "cluster",
      "clusters",
      decodeDatabaseCluster,
      encodeDatabaseCluster,
    );
  }

  /** Asks the API to disable a cluster; answers with its new state. */
  async disable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<DatabaseCluster> {
    return await this.action(id, "disable", options);
  }
}

/** An instance class of the database service, as the API returns it. */
interface DatabaseInstanceClass {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the instance class. */
  name: string;
  /** Region that hosts the resource. */
  region?: string;
  /** IPv4 network in CIDR notation. */
  cidr?: string;
  /** Lower bound for autoscaling. */
  minReplicas?: number;
  /** Upper bound for autoscaling. */
  maxReplicas?: number;
  /** Service tier. */
  tier?: string;
  /** Evaluation order, lowest first. */
  priority?: number;
  /** Administrative state. */
  adminStateUp: boolean;
  /** Networks allowed to connect. */
  allowedCidrs?: string[];
  /** Refuse deletion while set. */
  deletionProtection: boolean;
}

const DATABASE_INSTANCE_CLASS = register({
  kind: "database.instance_class",
  service: "database",
  path: "/v1/database/instance-classes",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the instance class",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "cidr",
      type: "string",
      required: false,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "tier",
      type: "string",
      required: false,
      choices: ["basic", "standard", "premium"],
      description: "Service tier",
    },
    {
      name: "priority",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: true,
      description: "Administrative state",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: false,
      description: "Networks allowed to connect",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: true,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeDatabaseInstanceClass(
  raw: Record<string, unknown>,
): DatabaseInstanceClass {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      DATABASE_INSTANCE_CLASS.statuses,
      "BUILD",
    ) as DatabaseInstanceClass["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    region: typeof raw.region === "string" ? raw.region : undefined,
    cidr: typeof raw.cidr === "string" ? raw.cidr : undefined,
    minReplicas: typeof raw.min_replicas === "number"
      ? raw.min_replicas
      : undefined,
    maxReplicas: typeof raw.max_replicas === "number"
      ? raw.max_replicas
      : undefined,
    tier: typeof raw.tier === "string" ? raw.tier : undefined,
    priority: typeof raw.priority === "number" ? raw.priority : undefined,
    adminStateUp:
      (typeof raw.admin_state_up === "boolean"
        ? raw.admin_state_up
        : undefined) ?? false,
    allowedCidrs: Array.isArray(raw.allowed_cidrs)
      ? raw.allowed_cidrs.map(String)
      : undefined,
    deletionProtection:
      (typeof raw.deletion_protection === "boolean"
        ? raw.deletion_protection
        : undefined) ?? false,
  };
}

function encodeDatabaseInstanceClass(
  value: Partial<DatabaseInstanceClass>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.region !== undefined) body.region = value.region;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.tier !== undefined) body.tier = value.tier;
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on instance classes (`/v1/database/instance-classes`). */
class DatabaseInstanceClassService
  extends ResourceService<DatabaseInstanceClass> {
  constructor(transport: Transport) {
    super(
      transport,
      DATABASE_INSTANCE_CLASS,
      "instance_class",
      "instance_classes",
      decodeDatabaseInstanceClass,
      encodeDatabaseInstanceClass,
    );
  }

  /** Asks the API to rotate an instance class; answers with its new state. */
  async rotate(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<DatabaseInstanceClass> {
    return await this.action(id, "rotate", options);
  }
}

/** A parameter group of the database service, as the API returns it. */
interface DatabaseParameterGroup {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the parameter group. */
  name: string;
  /** Tags attached to the resource. */
  tags?: string[];
  /** Upper bound for autoscaling. */
  maxReplicas?: number;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Reachable from the internet. */
  public?: boolean;
  /** Cron expression. */
  schedule: string;
  /** Evaluation order, lowest first. */
  priority: number;
}

const DATABASE_PARAMETER_GROUP = register({
  kind: "database.parameter_group",
  service: "database",
  path: "/v1/database/parameter-groups",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the parameter group",
    },
    {
      name: "tags",
      type: "list",
      required: false,
      description: "Tags attached to the resource",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
    {
      name: "schedule",
      type: "string",
      required: true,
      pattern: "^(\\S+\\s){4}\\S+$",
      description: "Cron expression",
    },
    {
      name: "priority",
      type: "integer",
      required: true,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
  ],
});

function decodeDatabaseParameterGroup(
  raw: Record<string, unknown>,
): DatabaseParameterGroup {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      DATABASE_PARAMETER_GROUP.statuses,
      "BUILD",
    ) as DatabaseParameterGroup["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    tags: Array.isArray(raw.tags) ? raw.tags.map(String) : undefined,
    maxReplicas: typeof raw.max_replicas === "number"
      ? raw.max_replicas
      : undefined,
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    public: typeof raw.public === "boolean" ? raw.public : undefined,
    schedule: String(raw.schedule ?? ""),
    priority: (typeof raw.priority === "number" ? raw.priority : undefined) ??
      0,
  };
}

function encodeDatabaseParameterGroup(
  value: Partial<DatabaseParameterGroup>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.public !== undefined) body.public = value.public;
  if (value.schedule !== undefined) body.schedule = value.schedule;
  if (value.priority !== undefined) body.priority = value.priority;
  return body;
}

/** Operations on parameter groups (`/v1/database/parameter-groups`). */
class DatabaseParameterGroupService
  extends ResourceService<DatabaseParameterGroup> {
  constructor(transport: Transport) {
    super(
      transport,
      DATABASE_PARAMETER_GROUP,
      "parameter_group",
      "parameter_groups",
      decodeDatabaseParameterGroup,
      encodeDatabaseParameterGroup,
    );
  }

  /** Asks the API to stop a parameter group; answers with its new state. */
  async stop(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<DatabaseParameterGroup> {
    return await this.action(id, "stop", options);
  }
}

/** A database of the database service, as the API returns it. */
interface DatabaseDatabase {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the database. */
  name: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** Size in gibibytes. */
  sizeGb?: number;
  /** IPv4 network in CIDR notation. */
  cidr?: string;
  /** Administrative state. */
  adminStateUp?: boolean;
  /** Request timeout. */
  timeoutSeconds?: number;
  /** Arbitrary metadata. */
  metadata?: Record<string, string>;
  /** Refuse deletion while set. */
  deletionProtection?: boolean;
}

const DATABASE_DATABASE = register({
  kind: "database.database",
  service: "database",
  path: "/v1/database/databases",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the database",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "size_gb",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "cidr",
      type: "string",
      required: false,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: false,
      description: "Administrative state",
    },
    {
      name: "timeout_seconds",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3600,
      description: "Request timeout",
    },
    {
      name: "metadata",
      type: "map",
      required: false,
      description: "Arbitrary metadata",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: false,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeDatabaseDatabase(
  raw: Record<string, unknown>,
): DatabaseDatabase {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      DATABASE_DATABASE.statuses,
      "BUILD",
    ) as DatabaseDatabase["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    sizeGb: typeof raw.size_gb === "number" ? raw.size_gb : undefined,
    cidr: typeof raw.cidr === "string" ? raw.cidr : undefined,
    adminStateUp: typeof raw.admin_state_up === "boolean"
      ? raw.admin_state_up
      : undefined,
    timeoutSeconds: typeof raw.timeout_seconds === "number"
      ? raw.timeout_seconds
      : undefined,
    metadata: isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined,
    deletionProtection: typeof raw.deletion_protection === "boolean"
      ? raw.deletion_protection
      : undefined,
  };
}

function encodeDatabaseDatabase(
  value: Partial<DatabaseDatabase>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.timeoutSeconds !== undefined) {
    body.timeout_seconds = value.timeoutSeconds;
  }
  if (value.metadata !== undefined) body.metadata = value.metadata;
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on databases (`/v1/database/databases`). */
class DatabaseDatabaseService extends ResourceService<DatabaseDatabase> {
  constructor(transport: Transport) {
    super(
      transport,
      DATABASE_DATABASE,
      "database",
      "databases",
      decodeDatabaseDatabase,
      encodeDatabaseDatabase,
    );
  }

  /** Asks the API to resize a database; answers with its new state. */
  async resize(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<DatabaseDatabase> {
    return await this.action(id, "resize", options);
  }

  /** Asks the API to rotate a database; answers with its new state. */
  async rotate(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<DatabaseDatabase> {
    return await this.action(id, "rotate", options);
  }

  /** Asks the API to enable a database; answers with its new state. */
  async enable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<DatabaseDatabase> {
    return await this.action(id, "enable", options);
  }

  /** Asks the API to refresh a database; answers with its new state. */
  async refresh(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<DatabaseDatabase> {
    return await this.action(id, "refresh", options);
  }
}

/** A replica of the database service, as the API returns it. */
interface DatabaseReplica {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the replica. */
  name: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** Whether the resource is active. */
  enabled: boolean;
  /** Network protocol. */
  protocol?: string;
  /** Reachable from the internet. */
  public?: boolean;
  /** Who may see the resource. */
  visibility: string;
  /** Evaluation order, lowest first. */
  priority?: number;
}

const DATABASE_REPLICA = register({
  kind: "database.replica",
  service: "database",
  path: "/v1/database/replicas",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the replica",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "enabled",
      type: "boolean",
      required: true,
      description: "Whether the resource is active",
    },
    {
      name: "protocol",
      type: "string",
      required: false,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
    {
      name: "visibility",
      type: "string",
      required: true,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "priority",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
  ],
});

function decodeDatabaseReplica(raw: Record<string, unknown>): DatabaseReplica {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      DATABASE_REPLICA.statuses,
      "BUILD",
    ) as DatabaseReplica["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    enabled: (typeof raw.enabled === "boolean" ? raw.enabled : undefined) ??
      false,
    protocol: typeof raw.protocol === "string" ? raw.protocol : undefined,
    public: typeof raw.public === "boolean" ? raw.public : undefined,
    visibility: String(raw.visibility ?? ""),
    priority: typeof raw.priority === "number" ? raw.priority : undefined,
  };
}

function encodeDatabaseReplica(
  value: Partial<DatabaseReplica>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.enabled !== undefined) body.enabled = value.enabled;
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.public !== undefined) body.public = value.public;
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.priority !== undefined) body.priority = value.priority;
  return body;
}

/** Operations on replicas (`/v1/database/replicas`). */
class DatabaseReplicaService extends ResourceService<DatabaseReplica> {
  constructor(transport: Transport) {
    super(
      transport,
      DATABASE_REPLICA,
      "replica",
      "replicas",
      decodeDatabaseReplica,
      encodeDatabaseReplica,
    );
  }

  /** Asks the API to reboot a replica; answers with its new state. */
  async reboot(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<DatabaseReplica> {
    return await this.action(id, "reboot", options);
  }

  /** Asks the API to rotate a replica; answers with its new state. */
  async rotate(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<DatabaseReplica> {
    return await this.action(id, "rotate", options);
  }
}

/** A db user of the database service, as the API returns it. */
interface DatabaseDbUser {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the db user. */
  name: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** Owning project. */
  projectId?: string;
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** TCP or UDP port. */
  port?: number;
  /** Network protocol. */
  protocol: string;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Who may see the resource. */
  visibility?: string;
  /** Operating mode. */
  mode?: string;
  /** Networks allowed to connect. */
  allowedCidrs?: string[];
}

const DATABASE_DB_USER = register({
  kind: "database.db_user",
  service: "database",
  path: "/v1/database/db-users",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the db user",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "port",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65535,
      description: "TCP or UDP port",
    },
    {
      name: "protocol",
      type: "string",
      required: true,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "visibility",
      type: "string",
      required: false,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "mode",
      type: "string",
      required: false,
      choices: ["active", "passive", "standby"],
      description: "Operating mode",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: false,
      description: "Networks allowed to connect",
    },
  ],
});

function decodeDatabaseDbUser(raw: Record<string, unknown>): DatabaseDbUser {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      DATABASE_DB_USER.statuses,
      "BUILD",
    ) as DatabaseDbUser["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    port: typeof raw.port === "number" ? raw.port : undefined,
    protocol: String(raw.protocol ?? ""),
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    visibility: typeof raw.visibility === "string" ? raw.visibility : undefined,
    mode: typeof raw.mode === "string" ? raw.mode : undefined,
    allowedCidrs: Array.isArray(raw.allowed_cidrs)
      ? raw.allowed_cidrs.map(String)
      : undefined,
  };
}

function encodeDatabaseDbUser(
  value: Partial<DatabaseDbUser>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.port !== undefined) body.port = value.port;
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.mode !== undefined) body.mode = value.mode;
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  return body;
}

/** Operations on db users (`/v1/database/db-users`). */
class DatabaseDbUserService extends ResourceService<DatabaseDbUser> {
  constructor(transport: Transport) {
    super(
      transport,
      DATABASE_DB_USER,
      "db_user",
      "db_users",
      decodeDatabaseDbUser,
      encodeDatabaseDbUser,
    );
  }

  /** Asks the API to rotate a db user; answers with its new state. */
  async rotate(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<DatabaseDbUser> {
    return await this.action(id, "rotate", options);
  }

  /** Asks the API to restore a db user; answers with its new state. */
  async restore(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<DatabaseDbUser> {
    return await this.action(id, "restore", options);
  }
}

// ---------------------------------------------------------------------------
// cache
// ---------------------------------------------------------------------------

/** A cache cluster of the cache service, as the API returns it. */
interface CacheCacheCluster {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the cache cluster. */
  name: string;
  /** Free-form text shown in the console. */
  description?: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** Network protocol. */
  protocol?: string;
  /** IPv4 network in CIDR notation. */
  cidr?: string;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** Reachable from the internet. */
  public?: boolean;
  /** URL the service calls. */
  endpointUrl?: string;
  /** Administrative state. */
  adminStateUp?: boolean;
  /** Request timeout. */
  timeoutSeconds?: number;
  /** Networks allowed to connect. */
  allowedCidrs?: string[];
}

const CACHE_CACHE_CLUSTER = register({
  kind: "cache.cache_cluster",
  service: "cache",
  path: "/v2.1/cache/cache-clusters",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the cache cluster",
    },
    {
      name: "description",
      type: "string",
      required: false,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "protocol",
      type: "string",
      required: false,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "cidr",
      type: "string",
      required: false,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
    {
      name: "endpoint_url",
      type: "string",
      required: false,
      pattern: "^https?://",
      description: "URL the service calls",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: false,
      description: "Administrative state",
    },
    {
      name: "timeout_seconds",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3600,
      description: "Request timeout",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: false,
      description: "Networks allowed to connect",
    },
  ],
});

function decodeCacheCacheCluster(
  raw: Record<string, unknown>,
): CacheCacheCluster {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      CACHE_CACHE_CLUSTER.statuses,
      "BUILD",
    ) as CacheCacheCluster["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: typeof raw.description === "string"
      ? raw.description
      : undefined,
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    protocol: typeof raw.protocol === "string" ? raw.protocol : undefined,
    cidr: typeof raw.cidr === "string" ? raw.cidr : undefined,
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    public: typeof raw.public === "boolean" ? raw.public : undefined,
    endpointUrl: typeof raw.endpoint_url === "string"
      ? raw.endpoint_url
      : undefined,
    adminStateUp: typeof raw.admin_state_up === "boolean"
      ? raw.admin_state_up
      : undefined,
    timeoutSeconds: typeof raw.timeout_seconds === "number"
      ? raw.timeout_seconds
      : undefined,
    allowedCidrs: Array.isArray(raw.allowed_cidrs)
      ? raw.allowed_cidrs.map(String)
      : undefined,
  };
}

function encodeCacheCacheCluster(
  value: Partial<CacheCacheCluster>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.public !== undefined) body.public = value.public;
  if (value.endpointUrl !== undefined) body.endpoint_url = value.endpointUrl;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.timeoutSeconds !== undefined) {
    body.timeout_seconds = value.timeoutSeconds;
  }
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  return body;
}

/** Operations on cache clusters (`/v2.1/cache/cache-clusters`). */
class CacheCacheClusterService extends ResourceService<CacheCacheCluster> {
  constructor(transport: Transport) {
    super(
      transport,
      CACHE_CACHE_CLUSTER,
      "cache_cluster",
      "cache_clusters",
      decodeCacheCacheCluster,
      encodeCacheCacheCluster,
    );
  }

  /** Asks the API to refresh a cache cluster; answers with its new state. */
  async refresh(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<CacheCacheCluster> {
    return await this.action(id, "refresh", options);
  }
}

/** A node group of the cache service, as the API returns it. */
interface CacheNodeGroup {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the node group. */
  name: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** Owning project. */
  projectId?: string;
  /** Tags attached to the resource. */
  tags?: string[];
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** Size in gibibytes. */
  sizeGb?: number;
  /** TCP or UDP port. */
  port?: number;
  /** Network the resource is attached to. */
  networkId?: string;
  /** Lower bound for autoscaling. */
  minReplicas: number;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** Cron expression. */
  schedule?: string;
  /** Evaluation order, lowest first. */
  priority: number;
  /** Administrative state. */
  adminStateUp?: boolean;
  /** Refuse deletion while set. */
  deletionProtection?: boolean;
}

const CACHE_NODE_GROUP = register({
  kind: "cache.node_group",
  service: "cache",
  path: "/v2.1/cache/node-groups",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the node group",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "tags",
      type: "list",
      required: false,
      description: "Tags attached to the resource",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "size_gb",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "port",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65535,
      description: "TCP or UDP port",
    },
    {
      name: "network_id",
      type: "string",
      required: false,
      pattern: "^net-[0-9a-f]{12}$",
      description: "Network the resource is attached to",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: true,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "schedule",
      type: "string",
      required: false,
      pattern: "^(\\S+\\s){4}\\S+$",
      description: "Cron expression",
    },
    {
      name: "priority",
      type: "integer",
      required: true,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: false,
      description: "Administrative state",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: false,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeCacheNodeGroup(raw: Record<string, unknown>): CacheNodeGroup {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      CACHE_NODE_GROUP.statuses,
      "BUILD",
    ) as CacheNodeGroup["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    tags: Array.isArray(raw.tags) ? raw.tags.map(String) : undefined,
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    sizeGb: typeof raw.size_gb === "number" ? raw.size_gb : undefined,
    port: typeof raw.port === "number" ? raw.port : undefined,
    networkId: typeof raw.network_id === "string" ? raw.network_id : undefined,
    minReplicas:
      (typeof raw.min_replicas === "number" ? raw.min_replicas : undefined) ??
        0,
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    schedule: typeof raw.schedule === "string" ? raw.schedule : undefined,
    priority: (typeof raw.priority === "number" ? raw.priority : undefined) ??
      0,
    adminStateUp: typeof raw.admin_state_up === "boolean"
      ? raw.admin_state_up
      : undefined,
    deletionProtection: typeof raw.deletion_protection === "boolean"
      ? raw.deletion_protection
      : undefined,
  };
}

function encodeCacheNodeGroup(
  value: Partial<CacheNodeGroup>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.port !== undefined) body.port = value.port;
  if (value.networkId !== undefined) body.network_id = value.networkId;
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.schedule !== undefined) body.schedule = value.schedule;
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on node groups (`/v2.1/cache/node-groups`). */
class CacheNodeGroupService extends ResourceService<CacheNodeGroup> {
  constructor(transport: Transport) {
    super(
      transport,
      CACHE_NODE_GROUP,
      "node_group",
      "node_groups",
      decodeCacheNodeGroup,
      encodeCacheNodeGroup,
    );
  }

  /** Asks the API to stop a node group; answers with its new state. */
  async stop(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<CacheNodeGroup> {
    return await this.action(id, "stop", options);
  }
}

/** A cache parameter of the cache service, as the API returns it. */
interface CacheCacheParameter {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the cache parameter. */
  name: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** Owning project. */
  projectId: string;
  /** Tags attached to the resource. */
  tags: string[];
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** Whether the resource is active. */
  enabled?: boolean;
  /** Size in gibibytes. */
  sizeGb?: number;
  /** TCP or UDP port. */
  port?: number;
  /** Subnet the resource is attached to. */
  subnetId?: string;
  /** Lower bound for autoscaling. */
  minReplicas?: number;
  /** Upper bound for autoscaling. */
  maxReplicas?: number;
  /** Reachable from the internet. */
  public: boolean;
  /** Who may see the resource. */
  visibility?: string;
  /** Arbitrary metadata. */
  metadata?: Record<string, string>;
}

const CACHE_CACHE_PARAMETER = register({
  kind: "cache.cache_parameter",
  service: "cache",
  path: "/v2.1/cache/cache-parameters",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the cache parameter",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "project_id",
      type: "string",
      required: true,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "tags",
      type: "list",
      required: true,
      description: "Tags attached to the resource",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "enabled",
      type: "boolean",
      required: false,
      description: "Whether the resource is active",
    },
    {
      name: "size_gb",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "port",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65535,
      description: "TCP or UDP port",
    },
    {
      name: "subnet_id",
      type: "string",
      required: false,
      pattern: "^subnet-[0-9a-f]{12}$",
      description: "Subnet the resource is attached to",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "public",
      type: "boolean",
      required: true,
      description: "Reachable from the internet",
    },
    {
      name: "visibility",
      type: "string",
      required: false,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "metadata",
      type: "map",
      required: false,
      description: "Arbitrary metadata",
    },
  ],
});

function decodeCacheCacheParameter(
  raw: Record<string, unknown>,
): CacheCacheParameter {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      CACHE_CACHE_PARAMETER.statuses,
      "BUILD",
    ) as CacheCacheParameter["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    projectId: String(raw.project_id ?? ""),
    tags: (Array.isArray(raw.tags) ? raw.tags.map(String) : undefined) ?? [],
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    enabled: typeof raw.enabled === "boolean" ? raw.enabled : undefined,
    sizeGb: typeof raw.size_gb === "number" ? raw.size_gb : undefined,
    port: typeof raw.port === "number" ? raw.port : undefined,
    subnetId: typeof raw.subnet_id === "string" ? raw.subnet_id : undefined,
    minReplicas: typeof raw.min_replicas === "number"
      ? raw.min_replicas
      : undefined,
    maxReplicas: typeof raw.max_replicas === "number"
      ? raw.max_replicas
      : undefined,
    public: (typeof raw.public === "boolean" ? raw.public : undefined) ?? false,
    visibility: typeof raw.visibility === "string" ? raw.visibility : undefined,
    metadata: isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined,
  };
}

function encodeCacheCacheParameter(
  value: Partial<CacheCacheParameter>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.enabled !== undefined) body.enabled = value.enabled;
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.port !== undefined) body.port = value.port;
  if (value.subnetId !== undefined) body.subnet_id = value.subnetId;
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.public !== undefined) body.public = value.public;
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.metadata !== undefined) body.metadata = value.metadata;
  return body;
}

/** Operations on cache parameters (`/v2.1/cache/cache-parameters`). */
class CacheCacheParameterService extends ResourceService<CacheCacheParameter> {
  constructor(transport: Transport) {
    super(
      transport,
      CACHE_CACHE_PARAMETER,
      "cache_parameter",
      "cache_parameters",
      decodeCacheCacheParameter,
      encodeCacheCacheParameter,
    );
  }

  /** Asks the API to stop a cache parameter; answers with its new state. */
  async stop(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<CacheCacheParameter> {
    return await this.action(id, "stop", options);
  }

  /** Asks the API to export a cache parameter; answers with its new state. */
  async export(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<CacheCacheParameter> {
    return await this.action(id, "export", options);
  }
}

/** A subnet group of the cache service, as the API returns it. */
interface CacheSubnetGroup {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the subnet group. */
  name: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** Tags attached to the resource. */
  tags?: string[];
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** TCP or UDP port. */
  port?: number;
  /** IPv4 network in CIDR notation. */
  cidr?: string;
  /** Days data is kept. */
  retentionDays: number;
  /** Lower bound for autoscaling. */
  minReplicas?: number;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** Who may see the resource. */
  visibility?: string;
  /** Cron expression. */
  schedule?: string;
  /** Operating mode. */
  mode: string;
  /** Version of the engine or runtime. */
  version?: string;
}

const CACHE_SUBNET_GROUP = register({
  kind: "cache.subnet_group",
  service: "cache",
  path: "/v2.1/cache/subnet-groups",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the subnet group",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "tags",
      type: "list",
      required: false,
      description: "Tags attached to the resource",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "port",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65535,
      description: "TCP or UDP port",
    },
    {
      name: "cidr",
      type: "string",
      required: false,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "retention_days",
      type: "integer",
      required: true,
      minimum: 1,
      maximum: 3650,
      description: "Days data is kept",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "visibility",
      type: "string",
      required: false,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "schedule",
      type: "string",
      required: false,
      pattern: "^(\\S+\\s){4}\\S+$",
      description: "Cron expression",
    },
    {
      name: "mode",
      type: "string",
      required: true,
      choices: ["active", "passive", "standby"],
      description: "Operating mode",
    },
    {
      name: "version",
      type: "string",
      required: false,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
  ],
});

function decodeCacheSubnetGroup(
  raw: Record<string, unknown>,
): CacheSubnetGroup {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      CACHE_SUBNET_GROUP.statuses,
      "BUILD",
    ) as CacheSubnetGroup["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    tags: Array.isArray(raw.tags) ? raw.tags.map(String) : undefined,
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    port: typeof raw.port === "number" ? raw.port : undefined,
    cidr: typeof raw.cidr === "string" ? raw.cidr : undefined,
    retentionDays:
      (typeof raw.retention_days === "number"
        ? raw.retention_days
        : undefined) ?? 0,
    minReplicas: typeof raw.min_replicas === "number"
      ? raw.min_replicas
      : undefined,
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    visibility: typeof raw.visibility === "string" ? raw.visibility : undefined,
    schedule: typeof raw.schedule === "string" ? raw.schedule : undefined,
    mode: String(raw.mode ?? ""),
    version: typeof raw.version === "string" ? raw.version : undefined,
  };
}

function encodeCacheSubnetGroup(
  value: Partial<CacheSubnetGroup>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.port !== undefined) body.port = value.port;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.retentionDays !== undefined) {
    body.retention_days = value.retentionDays;
  }
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.schedule !== undefined) body.schedule = value.schedule;
  if (value.mode !== undefined) body.mode = value.mode;
  if (value.version !== undefined) body.version = value.version;
  return body;
}

/** Operations on subnet groups (`/v2.1/cache/subnet-groups`). */
class CacheSubnetGroupService extends ResourceService<CacheSubnetGroup> {
  constructor(transport: Transport) {
    super(
      transport,
      CACHE_SUBNET_GROUP,
      "subnet_group",
      "subnet_groups",
      decodeCacheSubnetGroup,
      encodeCacheSubnetGroup,
    );
  }

  /** Asks the API to reboot a subnet group; answers with its new state. */
  async reboot(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<CacheSubnetGroup> {
    return await this.action(id, "reboot", options);
  }

  /** Asks the API to rotate a subnet group; answers with its new state. */
  async rotate(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<CacheSubnetGroup> {
    return await this.action(id, "rotate", options);
  }

  /** Asks the API to enable a subnet group; answers with its new state. */
  async enable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<CacheSubnetGroup> {
    return await this.action(id, "enable", options);
  }

  /** Asks the API to restore a subnet group; answers with its new state. */
  async restore(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<CacheSubnetGroup> {
    return await this.action(id, "restore", options);
  }
}

/** A cache user of the cache service, as the API returns it. */
interface CacheCacheUser {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the cache user. */
  name: string;
  /** Free-form text shown in the console. */
  description?: string;
  /** Region that hosts the resource. */
  region?: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** Owning project. */
  projectId?: string;
  /** Tags attached to the resource. */
  tags?: string[];
  /** Subnet the resource is attached to. */
  subnetId?: string;
  /** Lower bound for autoscaling. */
  minReplicas?: number;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Administrative state. */
  adminStateUp?: boolean;
  /** Contact for the resource. */
  ownerEmail?: string;
  /** Networks allowed to connect. */
  allowedCidrs: string[];
  /** Refuse deletion while set. */
  deletionProtection: boolean;
}

const CACHE_CACHE_USER = register({
  kind: "cache.cache_user",
  service: "cache",
  path: "/v2.1/cache/cache-users",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the cache user",
    },
    {
      name: "description",
      type: "string",
      required: false,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "tags",
      type: "list",
      required: false,
      description: "Tags attached to the resource",
    },
    {
      name: "subnet_id",
      type: "string",
      required: false,
      pattern: "^subnet-[0-9a-f]{12}$",
      description: "Subnet the resource is attached to",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: false,
      description: "Administrative state",
    },
    {
      name: "owner_email",
      type: "string",
      required: false,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: true,
      description: "Networks allowed to connect",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: true,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeCacheCacheUser(raw: Record<string, unknown>): CacheCacheUser {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      CACHE_CACHE_USER.statuses,
      "BUILD",
    ) as CacheCacheUser["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: typeof raw.description === "string"
      ? raw.description
      : undefined,
    region: typeof raw.region === "string" ? raw.region : undefined,
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    tags: Array.isArray(raw.tags) ? raw.tags.map(String) : undefined,
    subnetId: typeof raw.subnet_id === "string" ? raw.subnet_id : undefined,
    minReplicas: typeof raw.min_replicas === "number"
      ? raw.min_replicas
      : undefined,
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    adminStateUp: typeof raw.admin_state_up === "boolean"
      ? raw.admin_state_up
      : undefined,
    ownerEmail: typeof raw.owner_email === "string"
      ? raw.owner_email
      : undefined,
    allowedCidrs:
      (Array.isArray(raw.allowed_cidrs)
        ? raw.allowed_cidrs.map(String)
        : undefined) ?? [],
    deletionProtection:
      (typeof raw.deletion_protection === "boolean"
        ? raw.deletion_protection
        : undefined) ?? false,
  };
}

function encodeCacheCacheUser(
  value: Partial<CacheCacheUser>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.region !== undefined) body.region = value.region;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.subnetId !== undefined) body.subnet_id = value.subnetId;
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on cache users (`/v2.1/cache/cache-users`). */
class CacheCacheUserService extends ResourceService<CacheCacheUser> {
  constructor(transport: Transport) {
    super(
      transport,
      CACHE_CACHE_USER,
      "cache_user",
      "cache_users",
      decodeCacheCacheUser,
      encodeCacheCacheUser,
    );
  }

  /** Asks the API to rotate a cache user; answers with its new state. */
  async rotate(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<CacheCacheUser> {
    return await this.action(id, "rotate", options);
  }

  /** Asks the API to enable a cache user; answers with its new state. */
  async enable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<CacheCacheUser> {
    return await this.action(id, "enable", options);
  }
}

/** An acl of the cache service, as the API returns it. */
interface CacheAcl {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the acl. */
  name: string;
  /** Free-form text shown in the console. */
  description?: string;
  /** Region that hosts the resource. */
  region?: string;
  /** Network protocol. */
  protocol?: string;
  /** IPv4 network in CIDR notation. */
  cidr?: string;
  /** Network the resource is attached to. */
  networkId?: string;
  /** Upper bound for autoscaling. */
  maxReplicas?: number;
  /** Service tier. */
  tier?: string;
  /** Cron expression. */
  schedule?: string;
  /** URL the service calls. */
  endpointUrl?: string;
  /** Networks allowed to connect. */
  allowedCidrs?: string[];
  /** Refuse deletion while set. */
  deletionProtection?: boolean;
}

const CACHE_ACL = register({
  kind: "cache.acl",
  service: "cache",
  path: "/v2.1/cache/acls",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the acl",
    },
    {
      name: "description",
      type: "string",
      required: false,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "protocol",
      type: "string",
      required: false,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "cidr",
      type: "string",
      required: false,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "network_id",
      type: "string",
      required: false,
      pattern: "^net-[0-9a-f]{12}$",
      description: "Network the resource is attached to",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "tier",
      type: "string",
      required: false,
      choices: ["basic", "standard", "premium"],
      description: "Service tier",
    },
    {
      name: "schedule",
      type: "string",
      required: false,
      pattern: "^(\\S+\\s){4}\\S+$",
      description: "Cron expression",
    },
    {
      name: "endpoint_url",
      type: "string",
      required: false,
      pattern: "^https?://",
      description: "URL the service calls",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: false,
      description: "Networks allowed to connect",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: false,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeCacheAcl(raw: Record<string, unknown>): CacheAcl {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      CACHE_ACL.statuses,
      "BUILD",
    ) as CacheAcl["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: typeof raw.description === "string"
      ? raw.description
      : undefined,
    region: typeof raw.region === "string" ? raw.region : undefined,
    protocol: typeof raw.protocol === "string" ? raw.protocol : undefined,
    cidr: typeof raw.cidr === "string" ? raw.cidr : undefined,
    networkId: typeof raw.network_id === "string" ? raw.network_id : undefined,
    maxReplicas: typeof raw.max_replicas === "number"
      ? raw.max_replicas
      : undefined,
    tier: typeof raw.tier === "string" ? raw.tier : undefined,
    schedule: typeof raw.schedule === "string" ? raw.schedule : undefined,
    endpointUrl: typeof raw.endpoint_url === "string"
      ? raw.endpoint_url
      : undefined,
    allowedCidrs: Array.isArray(raw.allowed_cidrs)
      ? raw.allowed_cidrs.map(String)
      : undefined,
    deletionProtection: typeof raw.deletion_protection === "boolean"
      ? raw.deletion_protection
      : undefined,
  };
}

function encodeCacheAcl(value: Partial<CacheAcl>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.region !== undefined) body.region = value.region;
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.networkId !== undefined) body.network_id = value.networkId;
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.tier !== undefined) body.tier = value.tier;
  if (value.schedule !== undefined) body.schedule = value.schedule;
  if (value.endpointUrl !== undefined) body.endpoint_url = value.endpointUrl;
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on acls (`/v2.1/cache/acls`). */
class CacheAclService extends ResourceService<CacheAcl> {
  constructor(transport: Transport) {
    super(transport, CACHE_ACL, "acl", "acls", decodeCacheAcl, encodeCacheAcl);
  }

  /** Asks the API to start an acl; answers with its new state. */
  async start(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<CacheAcl> {
    return await this.action(id, "start", options);
  }

  /** Asks the API to reboot an acl; answers with its new state. */
  async reboot(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<CacheAcl> {
    return await this.action(id, "reboot", options);
  }

  /** Asks the API to resize an acl; answers with its new state. */
  async resize(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<CacheAcl> {
    return await this.action(id, "resize", options);
  }
}

// ---------------------------------------------------------------------------
// queue
// ---------------------------------------------------------------------------

/** A queue of the queue service, as the API returns it. */
interface QueueQueue {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the queue. */
  name: string;
  /** Region that hosts the resource. */
  region: string;
  /** Owning project. */
  projectId?: string;
  /** Tags attached to the resource. */
  tags: string[];
  /** Whether the resource is active. */
  enabled?: boolean;
  /** Network protocol. */
  protocol: string;
  /** Lower bound for autoscaling. */
  minReplicas?: number;
  /** Key used to encrypt data at rest. */
  encryptionKeyId: string;
  /** Who may see the resource. */
  visibility?: string;
  /** Cron expression. */
  schedule?: string;
  /** Operating mode. */
  mode?: string;
  /** Arbitrary metadata. */
  metadata?: Record<string, string>;
  /** Networks allowed to connect. */
  allowedCidrs?: string[];
  /** Version of the engine or runtime. */
  version?: string;
}

const QUEUE_QUEUE = register({
  kind: "queue.queue",
  service: "queue",
  path: "/v2/queue/queues",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the queue",
    },
    {
      name: "region",
      type: "string",
      required: true,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "tags",
      type: "list",
      required: true,
      description: "Tags attached to the resource",
    },
    {
      name: "enabled",
      type: "boolean",
      required: false,
      description: "Whether the resource is active",
    },
    {
      name: "protocol",
      type: "string",
      required: true,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: true,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "visibility",
      type: "string",
      required: false,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "schedule",
      type: "string",
      required: false,
      pattern: "^(\\S+\\s){4}\\S+$",
      description: "Cron expression",
    },
    {
      name: "mode",
      type: "string",
      required: false,
      choices: ["active", "passive", "standby"],
      description: "Operating mode",
    },
    {
      name: "metadata",
      type: "map",
      required: false,
      description: "Arbitrary metadata",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: false,
      description: "Networks allowed to connect",
    },
    {
      name: "version",
      type: "string",
      required: false,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
  ],
});

function decodeQueueQueue(raw: Record<string, unknown>): QueueQueue {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      QUEUE_QUEUE.statuses,
      "BUILD",
    ) as QueueQueue["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    region: String(raw.region ?? ""),
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    tags: (Array.isArray(raw.tags) ? raw.tags.map(String) : undefined) ?? [],
    enabled: typeof raw.enabled === "boolean" ? raw.enabled : undefined,
    protocol: String(raw.protocol ?? ""),
    minReplicas: typeof raw.min_replicas === "number"
      ? raw.min_replicas
      : undefined,
    encryptionKeyId: String(raw.encryption_key_id ?? ""),
    visibility: typeof raw.visibility === "string" ? raw.visibility : undefined,
    schedule: typeof raw.schedule === "string" ? raw.schedule : undefined,
    mode: typeof raw.mode === "string" ? raw.mode : undefined,
    metadata: isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined,
    allowedCidrs: Array.isArray(raw.allowed_cidrs)
      ? raw.allowed_cidrs.map(String)
      : undefined,
    version: typeof raw.version === "string" ? raw.version : undefined,
  };
}

function encodeQueueQueue(value: Partial<QueueQueue>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.region !== undefined) body.region = value.region;
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.enabled !== undefined) body.enabled = value.enabled;
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.schedule !== undefined) body.schedule = value.schedule;
  if (value.mode !== undefined) body.mode = value.mode;
  if (value.metadata !== undefined) body.metadata = value.metadata;
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  if (value.version !== undefined) body.version = value.version;
  return body;
}

/** Operations on queues (`/v2/queue/queues`). */
class QueueQueueService extends ResourceService<QueueQueue> {
  constructor(transport: Transport) {
    super(
      transport,
      QUEUE_QUEUE,
      "queue",
      "queues",
      decodeQueueQueue,
      encodeQueueQueue,
    );
  }

  /** Asks the API to stop a queue; answers with its new state. */
  async stop(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<QueueQueue> {
    return await this.action(id, "stop", options);
  }

  /** Asks the API to export a queue; answers with its new state. */
  async export(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<QueueQueue> {
    return await this.action(id, "export", options);
  }
}

/** A topic of the queue service, as the API returns it. */
interface QueueTopic {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the topic. */
  name: string;
  /** Tags attached to the resource. */
  tags?: string[];
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** Whether the resource is active. */
  enabled?: boolean;
  /** Network protocol. */
  protocol?: string;
  /** Upper bound for autoscaling. */
  maxReplicas: number;
  /** Who may see the resource. */
  visibility?: string;
  /** Cron expression. */
  schedule?: string;
  /** Evaluation order, lowest first. */
  priority?: number;
  /** Administrative state. */
  adminStateUp?: boolean;
  /** Contact for the resource. */
  ownerEmail?: string;
  /** Request timeout. */
  timeoutSeconds?: number;
  /** Arbitrary metadata. */
  metadata?: Record<string, string>;
}

const QUEUE_TOPIC = register({
  kind: "queue.topic",
  service: "queue",
  path: "/v2/queue/topics",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the topic",
    },
    {
      name: "tags",
      type: "list",
      required: false,
      description: "Tags attached to the resource",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "enabled",
      type: "boolean",
      required: false,
      description: "Whether the resource is active",
    },
    {
      name: "protocol",
      type: "string",
      required: false,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: true,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "visibility",
      type: "string",
      required: false,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "schedule",
      type: "string",
      required: false,
      pattern: "^(\\S+\\s){4}\\S+$",
      description: "Cron expression",
    },
    {
      name: "priority",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: false,
      description: "Administrative state",
    },
    {
      name: "owner_email",
      type: "string",
      required: false,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
    {
      name: "timeout_seconds",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3600,
      description: "Request timeout",
    },
    {
      name: "metadata",
      type: "map",
      required: false,
      description: "Arbitrary metadata",
    },
  ],
});

function decodeQueueTopic(raw: Record<string, unknown>): QueueTopic {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      QUEUE_TOPIC.statuses,
      "BUILD",
    ) as QueueTopic["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    tags: Array.isArray(raw.tags) ? raw.tags.map(String) : undefined,
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    enabled: typeof raw.enabled === "boolean" ? raw.enabled : undefined,
    protocol: typeof raw.protocol === "string" ? raw.protocol : undefined,
    maxReplicas:
      (typeof raw.max_replicas === "number" ? raw.max_replicas : undefined) ??
        0,
    visibility: typeof raw.visibility === "string" ? raw.visibility : undefined,
    schedule: typeof raw.schedule === "string" ? raw.schedule : undefined,
    priority: typeof raw.priority === "number" ? raw.priority : undefined,
    adminStateUp: typeof raw.admin_state_up === "boolean"
      ? raw.admin_state_up
      : undefined,
    ownerEmail: typeof raw.owner_email === "string"
      ? raw.owner_email
      : undefined,
    timeoutSeconds: typeof raw.timeout_seconds === "number"
      ? raw.timeout_seconds
      : undefined,
    metadata: isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined,
  };
}

function encodeQueueTopic(value: Partial<QueueTopic>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.enabled !== undefined) body.enabled = value.enabled;
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.schedule !== undefined) body.schedule = value.schedule;
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  if (value.timeoutSeconds !== undefined) {
    body.timeout_seconds = value.timeoutSeconds;
  }
  if (value.metadata !== undefined) body.metadata = value.metadata;
  return body;
}

/** Operations on topics (`/v2/queue/topics`). */
class QueueTopicService extends ResourceService<QueueTopic> {
  constructor(transport: Transport) {
    super(
      transport,
      QUEUE_TOPIC,
      "topic",
      "topics",
      decodeQueueTopic,
      encodeQueueTopic,
    );
  }
}

/** A subscription of the queue service, as the API returns it. */
interface QueueSubscription {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the subscription. */
  name: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** Whether the resource is active. */
  enabled: boolean;
  /** Network protocol. */
  protocol?: string;
  /** IPv4 network in CIDR notation. */
  cidr?: string;
  /** Days data is kept. */
  retentionDays?: number;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** Reachable from the internet. */
  public?: boolean;
  /** Evaluation order, lowest first. */
  priority?: number;
  /** Administrative state. */
  adminStateUp?: boolean;
  /** Request timeout. */
  timeoutSeconds?: number;
  /** Arbitrary metadata. */
  metadata?: Record<string, string>;
  /** Networks allowed to connect. */
  allowedCidrs?: string[];
  /** Version of the engine or runtime. */
  version?: string;
}

const QUEUE_SUBSCRIPTION = register({
  kind: "queue.subscription",
  service: "queue",
  path: "/v2/queue/subscriptions",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the subscription",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "enabled",
      type: "boolean",
      required: true,
      description: "Whether the resource is active",
    },
    {
      name: "protocol",
      type: "string",
      required: false,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "cidr",
      type: "string",
      required: false,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "retention_days",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3650,
      description: "Days data is kept",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
    {
      name: "priority",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: false,
      description: "Administrative state",
    },
    {
      name: "timeout_seconds",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3600,
      description: "Request timeout",
    },
    {
      name: "metadata",
      type: "map",
      required: false,
      description: "Arbitrary metadata",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: false,
      description: "Networks allowed to connect",
    },
    {
      name: "version",
      type: "string",
      required: false,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
  ],
});

function decodeQueueSubscription(
  raw: Record<string, unknown>,
): QueueSubscription {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      QUEUE_SUBSCRIPTION.statuses,
      "BUILD",
    ) as QueueSubscription["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    enabled: (typeof raw.enabled === "boolean" ? raw.enabled : undefined) ??
      false,
    protocol: typeof raw.protocol === "string" ? raw.protocol : undefined,
    cidr: typeof raw.cidr === "string" ? raw.cidr : undefined,
    retentionDays: typeof raw.retention_days === "number"
      ? raw.retention_days
      : undefined,
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    public: typeof raw.public === "boolean" ? raw.public : undefined,
    priority: typeof raw.priority === "number" ? raw.priority : undefined,
    adminStateUp: typeof raw.admin_state_up === "boolean"
      ? raw.admin_state_up
      : undefined,
    timeoutSeconds: typeof raw.timeout_seconds === "number"
      ? raw.timeout_seconds
      : undefined,
    metadata: isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined,
    allowedCidrs: Array.isArray(raw.allowed_cidrs)
      ? raw.allowed_cidrs.map(String)
      : undefined,
    version: typeof raw.version === "string" ? raw.version : undefined,
  };
}

function encodeQueueSubscription(
  value: Partial<QueueSubscription>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.enabled !== undefined) body.enabled = value.enabled;
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.retentionDays !== undefined) {
    body.retention_days = value.retentionDays;
  }
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.public !== undefined) body.public = value.public;
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.timeoutSeconds !== undefined) {
    body.timeout_seconds = value.timeoutSeconds;
  }
  if (value.metadata !== undefined) body.metadata = value.metadata;
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  if (value.version !== undefined) body.version = value.version;
  return body;
}

/** Operations on subscriptions (`/v2/queue/subscriptions`). */
class QueueSubscriptionService extends ResourceService<QueueSubscription> {
  constructor(transport: Transport) {
    super(
      transport,
      QUEUE_SUBSCRIPTION,
      "subscription",
      "subscriptions",
      decodeQueueSubscription,
      encodeQueueSubscription,
    );
  }

  /** Asks the API to stop a subscription; answers with its new state. */
  async stop(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<QueueSubscription> {
    return await this.action(id, "stop", options);
  }

  /** Asks the API to rotate a subscription; answers with its new state. */
  async rotate(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<QueueSubscription> {
    return await this.action(id, "rotate", options);
  }

  /** Asks the API to enable a subscription; answers with its new state. */
  async enable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<QueueSubscription> {
    return await this.action(id, "enable", options);
  }

  /** Asks the API to restore a subscription; answers with its new state. */
  async restore(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<QueueSubscription> {
    return await this.action(id, "restore", options);
  }
}

/** A dead letter policy of the queue service, as the API returns it. */
interface QueueDeadLetterPolicy {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the dead letter policy. */
  name: string;
  /** Free-form text shown in the console. */
  description?: string;
  /** Region that hosts the resource. */
  region?: string;
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** TCP or UDP port. */
  port?: number;
  /** Network protocol. */
  protocol?: string;
  /** Subnet the resource is attached to. */
  subnetId?: string;
  /** Who may see the resource. */
  visibility?: string;
  /** Cron expression. */
  schedule?: string;
  /** URL the service calls. */
  endpointUrl?: string;
  /** Evaluation order, lowest first. */
  priority?: number;
  /** Arbitrary metadata. */
  metadata?: Record<string, string>;
  /** Refuse deletion while set. */
  deletionProtection?: boolean;
}

const QUEUE_DEAD_LETTER_POLICY = register({
  kind: "queue.dead_letter_policy",
  service: "queue",
  path: "/v2/queue/dead-letter-policies",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the dead letter policy",
    },
    {
      name: "description",
      type: "string",
      required: false,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "port",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65535,
      description: "TCP or UDP port",
    },
    {
      name: "protocol",
      type: "string",
      required: false,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "subnet_id",
      type: "string",
      required: false,
      pattern: "^subnet-[0-9a-f]{12}$",
      description: "Subnet the resource is attached to",
    },
    {
      name: "visibility",
      type: "string",
      required: false,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "schedule",
      type: "string",
      required: false,
      pattern: "^(\\S+\\s){4}\\S+$",
      description: "Cron expression",
    },
    {
      name: "endpoint_url",
      type: "string",
      required: false,
      pattern: "^https?://",
      description: "URL the service calls",
    },
    {
      name: "priority",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "metadata",
      type: "map",
      required: false,
      description: "Arbitrary metadata",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: false,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeQueueDeadLetterPolicy(
  raw: Record<string, unknown>,
): QueueDeadLetterPolicy {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      QUEUE_DEAD_LETTER_POLICY.statuses,
      "BUILD",
    ) as QueueDeadLetterPolicy["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: typeof raw.description === "string"
      ? raw.description
      : undefined,
    region: typeof raw.region === "string" ? raw.region : undefined,
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    port: typeof raw.port === "number" ? raw.port : undefined,
    protocol: typeof raw.protocol === "string" ? raw.protocol : undefined,
    subnetId: typeof raw.subnet_id === "string" ? raw.subnet_id : undefined,
    visibility: typeof raw.visibility === "string" ? raw.visibility : undefined,
    schedule: typeof raw.schedule === "string" ? raw.schedule : undefined,
    endpointUrl: typeof raw.endpoint_url === "string"
      ? raw.endpoint_url
      : undefined,
    priority: typeof raw.priority === "number" ? raw.priority : undefined,
    metadata: isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined,
    deletionProtection: typeof raw.deletion_protection === "boolean"
      ? raw.deletion_protection
      : undefined,
  };
}

function encodeQueueDeadLetterPolicy(
  value: Partial<QueueDeadLetterPolicy>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.region !== undefined) body.region = value.region;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.port !== undefined) body.port = value.port;
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.subnetId !== undefined) body.subnet_id = value.subnetId;
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.schedule !== undefined) body.schedule = value.schedule;
  if (value.endpointUrl !== undefined) body.endpoint_url = value.endpointUrl;
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.metadata !== undefined) body.metadata = value.metadata;
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on dead letter policies (`/v2/queue/dead-letter-policies`). */
class QueueDeadLetterPolicyService
  extends ResourceService<QueueDeadLetterPolicy> {
  constructor(transport: Transport) {
    super(
      transport,
      QUEUE_DEAD_LETTER_POLICY,
      "dead_letter_policy",
      "dead_letter_policies",
      decodeQueueDeadLetterPolicy,
      encodeQueueDeadLetterPolicy,
    );
  }
}

/** A consumer group of the queue service, as the API returns it. */
interface QueueConsumerGroup {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the consumer group. */
  name: string;
  /** Owning project. */
  projectId?: string;
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** Network protocol. */
  protocol?: string;
  /** IPv4 network in CIDR notation. */
  cidr?: string;
  /** Days data is kept. */
  retentionDays: number;
  /** Upper bound for autoscaling. */
  maxReplicas: number;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Reachable from the internet. */
  public?: boolean;
  /** Service tier. */
  tier?: string;
  /** Evaluation order, lowest first. */
  priority?: number;
  /** Administrative state. */
  adminStateUp?: boolean;
  /** Operating mode. */
  mode?: string;
  /** Version of the engine or runtime. */
  version?: string;
}

const QUEUE_CONSUMER_GROUP = register({
  kind: "queue.consumer_group",
  service: "queue",
  path: "/v2/queue/consumer-groups",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the consumer group",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "protocol",
      type: "string",
      required: false,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "cidr",
      type: "string",
      required: false,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "retention_days",
      type: "integer",
      required: true,
      minimum: 1,
      maximum: 3650,
      description: "Days data is kept",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: true,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
    {
      name: "tier",
      type: "string",
      required: false,
      choices: ["basic", "standard", "premium"],
      description: "Service tier",
    },
    {
      name: "priority",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: false,
      description: "Administrative state",
    },
    {
      name: "mode",
      type: "string",
      required: false,
      choices: ["active", "passive", "standby"],
      description: "Operating mode",
    },
    {
      name: "version",
      type: "string",
      required: false,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
  ],
});

function decodeQueueConsumerGroup(
  raw: Record<string, unknown>,
): QueueConsumerGroup {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      QUEUE_CONSUMER_GROUP.statuses,
      "BUILD",
    ) as QueueConsumerGroup["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    protocol: typeof raw.protocol === "string" ? raw.protocol : undefined,
    cidr: typeof raw.cidr === "string" ? raw.cidr : undefined,
    retentionDays:
      (typeof raw.retention_days === "number"
        ? raw.retention_days
        : undefined) ?? 0,
    maxReplicas:
      (typeof raw.max_replicas === "number" ? raw.max_replicas : undefined) ??
        0,
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    public: typeof raw.public === "boolean" ? raw.public : undefined,
    tier: typeof raw.tier === "string" ? raw.tier : undefined,
    priority: typeof raw.priority === "number" ? raw.priority : undefined,
    adminStateUp: typeof raw.admin_state_up === "boolean"
      ? raw.admin_state_up
      : undefined,
    mode: typeof raw.mode === "string" ? raw.mode : undefined,
    version: typeof raw.version === "string" ? raw.version : undefined,
  };
}

function encodeQueueConsumerGroup(
  value: Partial<QueueConsumerGroup>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.retentionDays !== undefined) {
    body.retention_days = value.retentionDays;
  }
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.public !== undefined) body.public = value.public;
  if (value.tier !== undefined) body.tier = value.tier;
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.mode !== undefined) body.mode = value.mode;
  if (value.version !== undefined) body.version = value.version;
  return body;
}

/** Operations on consumer groups (`/v2/queue/consumer-groups`). */
class QueueConsumerGroupService extends ResourceService<QueueConsumerGroup> {
  constructor(transport: Transport) {
    super(
      transport,
      QUEUE_CONSUMER_GROUP,
      "consumer_group",
      "consumer_groups",
      decodeQueueConsumerGroup,
      encodeQueueConsumerGroup,
    );
  }

  /** Asks the API to resize a consumer group; answers with its new state. */
  async resize(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<QueueConsumerGroup> {
    return await this.action(id, "resize", options);
  }

  /** Asks the API to restore a consumer group; answers with its new state. */
  async restore(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<QueueConsumerGroup> {
    return await this.action(id, "restore", options);
  }
}

/** A stream of the queue service, as the API returns it. */
interface QueueStream {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the stream. */
  name: string;
  /** Tags attached to the resource. */
  tags?: string[];
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** Size in gibibytes. */
  sizeGb?: number;
  /** TCP or UDP port. */
  port: number;
  /** IPv4 network in CIDR notation. */
  cidr?: string;
  /** Days data is kept. */
  retentionDays?: number;
  /** Lower bound for autoscaling. */
  minReplicas?: number;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Service tier. */
  tier?: string;
  /** Evaluation order, lowest first. */
  priority?: number;
  /** Administrative state. */
  adminStateUp: boolean;
  /** Contact for the resource. */
  ownerEmail?: string;
}

const QUEUE_STREAM = register({
  kind: "queue.stream",
  service: "queue",
  path: "/v2/queue/streams",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the stream",
    },
    {
      name: "tags",
      type: "list",
      required: false,
      description: "Tags attached to the resource",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "size_gb",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "port",
      type: "integer",
      required: true,
      minimum: 1,
      maximum: 65535,
      description: "TCP or UDP port",
    },
    {
      name: "cidr",
      type: "string",
      required: false,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "retention_days",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3650,
      description: "Days data is kept",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "tier",
      type: "string",
      required: false,
      choices: ["basic", "standard", "premium"],
      description: "Service tier",
    },
    {
      name: "priority",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: true,
      description: "Administrative state",
    },
    {
      name: "owner_email",
      type: "string",
      required: false,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
  ],
});

function decodeQueueStream(raw: Record<string, unknown>): QueueStream {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      QUEUE_STREAM.statuses,
      "BUILD",
    ) as QueueStream["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    tags: Array.isArray(raw.tags) ? raw.tags.map(String) : undefined,
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    sizeGb: typeof raw.size_gb === "number" ? raw.size_gb : undefined,
    port: (typeof raw.port === "number" ? raw.port : undefined) ?? 0,
    cidr: typeof raw.cidr === "string" ? raw.cidr : undefined,
    retentionDays: typeof raw.retention_days === "number"
      ? raw.retention_days
      : undefined,
    minReplicas: typeof raw.min_replicas === "number"
      ? raw.min_replicas
      : undefined,
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    tier: typeof raw.tier === "string" ? raw.tier : undefined,
    priority: typeof raw.priority === "number" ? raw.priority : undefined,
    adminStateUp:
      (typeof raw.admin_state_up === "boolean"
        ? raw.admin_state_up
        : undefined) ?? false,
    ownerEmail: typeof raw.owner_email === "string"
      ? raw.owner_email
      : undefined,
  };
}

function encodeQueueStream(
  value: Partial<QueueStream>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.port !== undefined) body.port = value.port;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.retentionDays !== undefined) {
    body.retention_days = value.retentionDays;
  }
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.tier !== undefined) body.tier = value.tier;
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  return body;
}

/** Operations on streams (`/v2/queue/streams`). */
class QueueStreamService extends ResourceService<QueueStream> {
  constructor(transport: Transport) {
    super(
      transport,
      QUEUE_STREAM,
      "stream",
      "streams",
      decodeQueueStream,
      encodeQueueStream,
    );
  }
}

// ---------------------------------------------------------------------------
// monitoring
// ---------------------------------------------------------------------------

/** An alarm of the monitoring service, as the API returns it. */
interface MonitoringAlarm {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the alarm. */
  name: string;
  /** Free-form text shown in the console. */
  description?: string;
  /** Owning project. */
  projectId?: string;
  /** Tags attached to the resource. */
  tags?: string[];
  /** IPv4 network in CIDR notation. */
  cidr?: string;
  /** Network the resource is attached to. */
  networkId: string;
  /** Subnet the resource is attached to. */
  subnetId: string;
  /** URL the service calls. */
  endpointUrl?: string;
  /** Operating mode. */
  mode: string;
  /** Contact for the resource. */
  ownerEmail?: string;
  /** Request timeout. */
  timeoutSeconds?: number;
  /** Arbitrary metadata. */
  metadata?: Record<string, string>;
  /** Networks allowed to connect. */
  allowedCidrs?: string[];
}

const MONITORING_ALARM = register({
  kind: "monitoring.alarm",
  service: "monitoring",
  path: "/v2/monitoring/alarms",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the alarm",
    },
    {
      name: "description",
      type: "string",
      required: false,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "tags",
      type: "list",
      required: false,
      description: "Tags attached to the resource",
    },
    {
      name: "cidr",
      type: "string",
      required: false,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "network_id",
      type: "string",
      required: true,
      pattern: "^net-[0-9a-f]{12}$",
      description: "Network the resource is attached to",
    },
    {
      name: "subnet_id",
      type: "string",
      required: true,
      pattern: "^subnet-[0-9a-f]{12}$",
      description: "Subnet the resource is attached to",
    },
    {
      name: "endpoint_url",
      type: "string",
      required: false,
      pattern: "^https?://",
      description: "URL the service calls",
    },
    {
      name: "mode",
      type: "string",
      required: true,
      choices: ["active", "passive", "standby"],
      description: "Operating mode",
    },
    {
      name: "owner_email",
      type: "string",
      required: false,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
    {
      name: "timeout_seconds",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3600,
      description: "Request timeout",
    },
    {
      name: "metadata",
      type: "map",
      required: false,
      description: "Arbitrary metadata",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: false,
      description: "Networks allowed to connect",
    },
  ],
});

function decodeMonitoringAlarm(raw: Record<string, unknown>): MonitoringAlarm {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      MONITORING_ALARM.statuses,
      "BUILD",
    ) as MonitoringAlarm["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: typeof raw.description === "string"
      ? raw.description
      : undefined,
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    tags: Array.isArray(raw.tags) ? raw.tags.map(String) : undefined,
    cidr: typeof raw.cidr === "string" ? raw.cidr : undefined,
    networkId: String(raw.network_id ?? ""),
    subnetId: String(raw.subnet_id ?? ""),
    endpointUrl: typeof raw.endpoint_url === "string"
      ? raw.endpoint_url
      : undefined,
    mode: String(raw.mode ?? ""),
    ownerEmail: typeof raw.owner_email === "string"
      ? raw.owner_email
      : undefined,
    timeoutSeconds: typeof raw.timeout_seconds === "number"
      ? raw.timeout_seconds
      : undefined,
    metadata: isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined,
    allowedCidrs: Array.isArray(raw.allowed_cidrs)
      ? raw.allowed_cidrs.map(String)
      : undefined,
  };
}

function encodeMonitoringAlarm(
  value: Partial<MonitoringAlarm>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.networkId !== undefined) body.network_id = value.networkId;
  if (value.subnetId !== undefined) body.subnet_id = value.subnetId;
  if (value.endpointUrl !== undefined) body.endpoint_url = value.endpointUrl;
  if (value.mode !== undefined) body.mode = value.mode;
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  if (value.timeoutSeconds !== undefined) {
    body.timeout_seconds = value.timeoutSeconds;
  }
  if (value.metadata !== undefined) body.metadata = value.metadata;
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  return body;
}

/** Operations on alarms (`/v2/monitoring/alarms`). */
class MonitoringAlarmService extends ResourceService<MonitoringAlarm> {
  constructor(transport: Transport) {
    super(
      transport,
      MONITORING_ALARM,
      "alarm",
      "alarms",
      decodeMonitoringAlarm,
      encodeMonitoringAlarm,
    );
  }
}

/** A metric of the monitoring service, as the API returns it. */
interface MonitoringMetric {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the metric. */
  name: string;
  /** Free-form text shown in the console. */
  description?: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** Service tier. */
  tier?: string;
  /** Evaluation order, lowest first. */
  priority?: number;
  /** Version of the engine or runtime. */
  version?: string;
}

const MONITORING_METRIC = register({
  kind: "monitoring.metric",
  service: "monitoring",
  path: "/v2/monitoring/metrics",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the metric",
    },
    {
      name: "description",
      type: "string",
      required: false,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "tier",
      type: "string",
      required: false,
      choices: ["basic", "standard", "premium"],
      description: "Service tier",
    },
    {
      name: "priority",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "version",
      type: "string",
      required: false,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
  ],
});

function decodeMonitoringMetric(
  raw: Record<string, unknown>,
): MonitoringMetric {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      MONITORING_METRIC.statuses,
      "BUILD",
    ) as MonitoringMetric["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: typeof raw.description === "string"
      ? raw.description
      : undefined,
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    tier: typeof raw.tier === "string" ? raw.tier : undefined,
    priority: typeof raw.priority === "number" ? raw.priority : undefined,
    version: typeof raw.version === "string" ? raw.version : undefined,
  };
}

function encodeMonitoringMetric(
  value: Partial<MonitoringMetric>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.tier !== undefined) body.tier = value.tier;
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.version !== undefined) body.version = value.version;
  return body;
}

/** Operations on metrics (`/v2/monitoring/metrics`). */
class MonitoringMetricService extends ResourceService<MonitoringMetric> {
  constructor(transport: Transport) {
    super(
      transport,
      MONITORING_METRIC,
      "metric",
      "metrics",
      decodeMonitoringMetric,
      encodeMonitoringMetric,
    );
  }

  /** Asks the API to enable a metric; answers with its new state. */
  async enable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<MonitoringMetric> {
    return await this.action(id, "enable", options);
  }

  /** Asks the API to export a metric; answers with its new state. */
  async export(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<MonitoringMetric> {
    return await this.action(id, "export", options);
  }
}

/** A dashboard of the monitoring service, as the API returns it. */
interface MonitoringDashboard {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the dashboard. */
  name: string;
  /** Region that hosts the resource. */
  region?: string;
  /** Tags attached to the resource. */
  tags?: string[];
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** Network protocol. */
  protocol?: string;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** Reachable from the internet. */
  public: boolean;
  /** Who may see the resource. */
  visibility?: string;
  /** Contact for the resource. */
  ownerEmail?: string;
  /** Request timeout. */
  timeoutSeconds: number;
  /** Arbitrary metadata. */
  metadata?: Record<string, string>;
  /** Version of the engine or runtime. */
  version?: string;
}

const MONITORING_DASHBOARD = register({
  kind: "monitoring.dashboard",
  service: "monitoring",
  path: "/v2/monitoring/dashboards",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the dashboard",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "tags",
      type: "list",
      required: false,
      description: "Tags attached to the resource",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "protocol",
      type: "string",
      required: false,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "public",
      type: "boolean",
      required: true,
      description: "Reachable from the internet",
    },
    {
      name: "visibility",
      type: "string",
      required: false,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "owner_email",
      type: "string",
      required: false,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
    {
      name: "timeout_seconds",
      type: "integer",
      required: true,
      minimum: 1,
      maximum: 3600,
      description: "Request timeout",
    },
    {
      name: "metadata",
      type: "map",
      required: false,
      description: "Arbitrary metadata",
    },
    {
      name: "version",
      type: "string",
      required: false,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
  ],
});

function decodeMonitoringDashboard(
  raw: Record<string, unknown>,
): MonitoringDashboard {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      MONITORING_DASHBOARD.statuses,
      "BUILD",
    ) as MonitoringDashboard["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    region: typeof raw.region === "string" ? raw.region : undefined,
    tags: Array.isArray(raw.tags) ? raw.tags.map(String) : undefined,
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    protocol: typeof raw.protocol === "string" ? raw.protocol : undefined,
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    public: (typeof raw.public === "boolean" ? raw.public : undefined) ?? false,
    visibility: typeof raw.visibility === "string" ? raw.visibility : undefined,
    ownerEmail: typeof raw.owner_email === "string"
      ? raw.owner_email
      : undefined,
    timeoutSeconds:
      (typeof raw.timeout_seconds === "number"
        ? raw.timeout_seconds
        : undefined) ?? 0,
    metadata: isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined,
    version: typeof raw.version === "string" ? raw.version : undefined,
  };
}

function encodeMonitoringDashboard(
  value: Partial<MonitoringDashboard>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.region !== undefined) body.region = value.region;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.public !== undefined) body.public = value.public;
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  if (value.timeoutSeconds !== undefined) {
    body.timeout_seconds = value.timeoutSeconds;
  }
  if (value.metadata !== undefined) body.metadata = value.metadata;
  if (value.version !== undefined) body.version = value.version;
  return body;
}

/** Operations on dashboards (`/v2/monitoring/dashboards`). */
class MonitoringDashboardService extends ResourceService<MonitoringDashboard> {
  constructor(transport: Transport) {
    super(
      transport,
      MONITORING_DASHBOARD,
      "dashboard",
      "dashboards",
      decodeMonitoringDashboard,
      encodeMonitoringDashboard,
    );
  }

  /** Asks the API to restore a dashboard; answers with its new state. */
  async restore(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<MonitoringDashboard> {
    return await this.action(id, "restore", options);
  }

  /** Asks the API to refresh a dashboard; answers with its new state. */
  async refresh(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<MonitoringDashboard> {
    return await this.action(id, "refresh", options);
  }
}

/** A notification channel of the monitoring service, as the API returns it. */
interface MonitoringNotificationChannel {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the notification channel. */
  name: string;
  /** Owning project. */
  projectId?: string;
  /** Size in gibibytes. */
  sizeGb?: number;
  /** Upper bound for autoscaling. */
  maxReplicas?: number;
  /** Operating mode. */
  mode?: string;
  /** Contact for the resource. */
  ownerEmail?: string;
  /** Request timeout. */
  timeoutSeconds?: number;
}

const MONITORING_NOTIFICATION_CHANNEL = register({
  kind: "monitoring.notification_channel",
  service: "monitoring",
  path: "/v2/monitoring/notification-channels",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the notification channel",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "size_gb",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "mode",
      type: "string",
      required: false,
      choices: ["active", "passive", "standby"],
      description: "Operating mode",
    },
    {
      name: "owner_email",
      type: "string",
      required: false,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
    {
      name: "timeout_seconds",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3600,
      description: "Request timeout",
    },
  ],
});

function decodeMonitoringNotificationChannel(
  raw: Record<string, unknown>,
): MonitoringNotificationChannel {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      MONITORING_NOTIFICATION_CHANNEL.statuses,
      "BUILD",
    ) as MonitoringNotificationChannel["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    sizeGb: typeof raw.size_gb === "number" ? raw.size_gb : undefined,
    maxReplicas: typeof raw.max_replicas === "number"
      ? raw.max_replicas
      : undefined,
    mode: typeof raw.mode === "string" ? raw.mode : undefined,
    ownerEmail: typeof raw.owner_email === "string"
      ? raw.owner_email
      : undefined,
    timeoutSeconds: typeof raw.timeout_seconds === "number"
      ? raw.timeout_seconds
      : undefined,
  };
}

function encodeMonitoringNotificationChannel(
  value: Partial<MonitoringNotificationChannel>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.mode !== undefined) body.mode = value.mode;
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  if (value.timeoutSeconds !== undefined) {
    body.timeout_seconds = value.timeoutSeconds;
  }
  return body;
}

/** Operations on notification channels (`/v2/monitoring/notification-channels`). */
class MonitoringNotificationChannelService
  extends ResourceService<MonitoringNotificationChannel> {
  constructor(transport: Transport) {
    super(
      transport,
      MONITORING_NOTIFICATION_CHANNEL,
      "notification_channel",
      "notification_channels",
      decodeMonitoringNotificationChannel,
      encodeMonitoringNotificationChannel,
    );
  }

  /** Asks the API to disable a notification channel; answers with its new state. */
  async disable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<MonitoringNotificationChannel> {
    return await this.action(id, "disable", options);
  }
}

/** An uptime check of the monitoring service, as the API returns it. */
interface MonitoringUptimeCheck {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the uptime check. */
  name: string;
  /** Free-form text shown in the console. */
  description?: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** Owning project. */
  projectId?: string;
  /** Upper bound for autoscaling. */
  maxReplicas: number;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Reachable from the internet. */
  public?: boolean;
  /** Who may see the resource. */
  visibility?: string;
  /** Evaluation order, lowest first. */
  priority?: number;
  /** Version of the engine or runtime. */
  version?: string;
  /** Refuse deletion while set. */
  deletionProtection?: boolean;
}

const MONITORING_UPTIME_CHECK = register({
  kind: "monitoring.uptime_check",
  service: "monitoring",
  path: "/v2/monitoring/uptime-checks",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the uptime check",
    },
    {
      name: "description",
      type: "string",
      required: false,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: true,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
    {
      name: "visibility",
      type: "string",
      required: false,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "priority",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "version",
      type: "string",
      required: false,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: false,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeMonitoringUptimeCheck(
  raw: Record<string, unknown>,
): MonitoringUptimeCheck {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      MONITORING_UPTIME_CHECK.statuses,
      "BUILD",
    ) as MonitoringUptimeCheck["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: typeof raw.description === "string"
      ? raw.description
      : undefined,
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    maxReplicas:
      (typeof raw.max_replicas === "number" ? raw.max_replicas : undefined) ??
        0,
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    public: typeof raw.public === "boolean" ? raw.public : undefined,
    visibility: typeof raw.visibility === "string" ? raw.visibility : undefined,
    priority: typeof raw.priority === "number" ? raw.priority : undefined,
    version: typeof raw.version === "string" ? raw.version : undefined,
    deletionProtection: typeof raw.deletion_protection === "boolean"
      ? raw.deletion_protection
      : undefined,
  };
}

function encodeMonitoringUptimeCheck(
  value: Partial<MonitoringUptimeCheck>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.public !== undefined) body.public = value.public;
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.version !== undefined) body.version = value.version;
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on uptime checks (`/v2/monitoring/uptime-checks`). */
class MonitoringUptimeCheckService
  extends ResourceService<MonitoringUptimeCheck> {
  constructor(transport: Transport) {
    super(
      transport,
      MONITORING_UPTIME_CHECK,
      "uptime_check",
      "uptime_checks",
      decodeMonitoringUptimeCheck,
      encodeMonitoringUptimeCheck,
    );
  }

  /** Asks the API to start an uptime check; answers with its new state. */
  async start(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<MonitoringUptimeCheck> {
    return await this.action(id, "start", options);
  }

  /** Asks the API to stop an uptime check; answers with its new state. */
  async stop(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<MonitoringUptimeCheck> {
    return await this.action(id, "stop", options);
  }

  /** Asks the API to export an uptime check; answers with its new state. */
  async export(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<MonitoringUptimeCheck> {
    return await this.action(id, "export", options);
  }
}

/** A slo of the monitoring service, as the API returns it. */
interface MonitoringSlo {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the slo. */
  name: string;
  /** Size in gibibytes. */
  sizeGb?: number;
  /** Network the resource is attached to. */
  networkId?: string;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Who may see the resource. */
  visibility?: string;
  /** Service tier. */
  tier?: string;
  /** Administrative state. */
  adminStateUp?: boolean;
  /** Operating mode. */
  mode?: string;
  /** Contact for the resource. */
  ownerEmail?: string;
  /** Arbitrary metadata. */
  metadata?: Record<string, string>;
  /** Networks allowed to connect. */
  allowedCidrs?: string[];
}

const MONITORING_SLO = register({
  kind: "monitoring.slo",
  service: "monitoring",
  path: "/v2/monitoring/slos",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the slo",
    },
    {
      name: "size_gb",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "network_id",
      type: "string",
      required: false,
      pattern: "^net-[0-9a-f]{12}$",
      description: "Network the resource is attached to",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "visibility",
      type: "string",
      required: false,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "tier",
      type: "string",
      required: false,
      choices: ["basic", "standard", "premium"],
      description: "Service tier",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: false,
      description: "Administrative state",
    },
    {
      name: "mode",
      type: "string",
      required: false,
      choices: ["active", "passive", "standby"],
      description: "Operating mode",
    },
    {
      name: "owner_email",
      type: "string",
      required: false,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
    {
      name: "metadata",
      type: "map",
      required: false,
      description: "Arbitrary metadata",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: false,
      description: "Networks allowed to connect",
    },
  ],
});

function decodeMonitoringSlo(raw: Record<string, unknown>): MonitoringSlo {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      MONITORING_SLO.statuses,
      "BUILD",
    ) as MonitoringSlo["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    sizeGb: typeof raw.size_gb === "number" ? raw.size_gb : undefined,
    networkId: typeof raw.network_id === "string" ? raw.network_id : undefined,
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    visibility: typeof raw.visibility === "string" ? raw.visibility : undefined,
    tier: typeof raw.tier === "string" ? raw.tier : undefined,
    adminStateUp: typeof raw.admin_state_up === "boolean"
      ? raw.admin_state_up
      : undefined,
    mode: typeof raw.mode === "string" ? raw.mode : undefined,
    ownerEmail: typeof raw.owner_email === "string"
      ? raw.owner_email
      : undefined,
    metadata: isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined,
    allowedCidrs: Array.isArray(raw.allowed_cidrs)
      ? raw.allowed_cidrs.map(String)
      : undefined,
  };
}

function encodeMonitoringSlo(
  value: Partial<MonitoringSlo>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.networkId !== undefined) body.network_id = value.networkId;
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.tier !== undefined) body.tier = value.tier;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.mode !== undefined) body.mode = value.mode;
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  if (value.metadata !== undefined) body.metadata = value.metadata;
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  return body;
}

/** Operations on slos (`/v2/monitoring/slos`). */
class MonitoringSloService extends ResourceService<MonitoringSlo> {
  constructor(transport: Transport) {
    super(
      transport,
      MONITORING_SLO,
      "slo",
      "slos",
      decodeMonitoringSlo,
      encodeMonitoringSlo,
    );
  }

  /** Asks the API to stop a slo; answers with its new state. */
  async stop(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<MonitoringSlo> {
    return await this.action(id, "stop", options);
  }

  /** Asks the API to disable a slo; answers with its new state. */
  async disable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<MonitoringSlo> {
    return await this.action(id, "disable", options);
  }
}

// ---------------------------------------------------------------------------
// logging
// ---------------------------------------------------------------------------

/** A log group of the logging service, as the API returns it. */
interface LoggingLogGroup {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the log group. */
  name: string;
  /** Owning project. */
  projectId?: string;
  /** Size in gibibytes. */
  sizeGb: number;
  /** Network protocol. */
  protocol?: string;
  /** Subnet the resource is attached to. */
  subnetId?: string;
  /** Lower bound for autoscaling. */
  minReplicas?: number;
  /** Upper bound for autoscaling. */
  maxReplicas?: number;
  /** Who may see the resource. */
  visibility?: string;
  /** Service tier. */
  tier?: string;
  /** URL the service calls. */
  endpointUrl?: string;
  /** Administrative state. */
  adminStateUp: boolean;
  /** Contact for the resource. */
  ownerEmail?: string;
  /** Arbitrary metadata. */
  metadata?: Record<string, string>;
  /** Networks allowed to connect. */
  allowedCidrs?: string[];
}

const LOGGING_LOG_GROUP = register({
  kind: "logging.log_group",
  service: "logging",
  path: "/v2.1/logging/log-groups",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the log group",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "size_gb",
      type: "integer",
      required: true,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "protocol",
      type: "string",
      required: false,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "subnet_id",
      type: "string",
      required: false,
      pattern: "^subnet-[0-9a-f]{12}$",
      description: "Subnet the resource is attached to",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "visibility",
      type: "string",
      required: false,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "tier",
      type: "string",
      required: false,
      choices: ["basic", "standard", "premium"],
      description: "Service tier",
    },
    {
      name: "endpoint_url",
      type: "string",
      required: false,
      pattern: "^https?://",
      description: "URL the service calls",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: true,
      description: "Administrative state",
    },
    {
      name: "owner_email",
      type: "string",
      required: false,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
    {
      name: "metadata",
      type: "map",
      required: false,
      description: "Arbitrary metadata",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: false,
      description: "Networks allowed to connect",
    },
  ],
});

function decodeLoggingLogGroup(raw: Record<string, unknown>): LoggingLogGroup {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      LOGGING_LOG_GROUP.statuses,
      "BUILD",
    ) as LoggingLogGroup["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    sizeGb: (typeof raw.size_gb === "number" ? raw.size_gb : undefined) ?? 0,
    protocol: typeof raw.protocol === "string" ? raw.protocol : undefined,
    subnetId: typeof raw.subnet_id === "string" ? raw.subnet_id : undefined,
    minReplicas: typeof raw.min_replicas === "number"
      ? raw.min_replicas
      : undefined,
    maxReplicas: typeof raw.max_replicas === "number"
      ? raw.max_replicas
      : undefined,
    visibility: typeof raw.visibility === "string" ? raw.visibility : undefined,
    tier: typeof raw.tier === "string" ? raw.tier : undefined,
    endpointUrl: typeof raw.endpoint_url === "string"
      ? raw.endpoint_url
      : undefined,
    adminStateUp:
      (typeof raw.admin_state_up === "boolean"
        ? raw.admin_state_up
        : undefined) ?? false,
    ownerEmail: typeof raw.owner_email === "string"
      ? raw.owner_email
      : undefined,
    metadata: isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined,
    allowedCidrs: Array.isArray(raw.allowed_cidrs)
      ? raw.allowed_cidrs.map(String)
      : undefined,
  };
}

function encodeLoggingLogGroup(
  value: Partial<LoggingLogGroup>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.subnetId !== undefined) body.subnet_id = value.subnetId;
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.tier !== undefined) body.tier = value.tier;
  if (value.endpointUrl !== undefined) body.endpoint_url = value.endpointUrl;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  if (value.metadata !== undefined) body.metadata = value.metadata;
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  return body;
}

/** Operations on log groups (`/v2.1/logging/log-groups`). */
class LoggingLogGroupService extends ResourceService<LoggingLogGroup> {
  constructor(transport: Transport) {
    super(
      transport,
      LOGGING_LOG_GROUP,
      "log_group",
      "log_groups",
      decodeLoggingLogGroup,
      encodeLoggingLogGroup,
    );
  }

  /** Asks the API to start a log group; answers with its new state. */
  async start(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<LoggingLogGroup> {
    return await this.action(id, "start", options);
  }

  /** Asks the API to rotate a log group; answers with its new state. */
  async rotate(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<LoggingLogGroup> {
    return await this.action(id, "rotate", options);
  }
}

/** A log stream of the logging service, as the API returns it. */
interface LoggingLogStream {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the log stream. */
  name: string;
  /** Region that hosts the resource. */
  region?: string;
  /** Owning project. */
  projectId?: string;
  /** Tags attached to the resource. */
  tags?: string[];
  /** TCP or UDP port. */
  port: number;
  /** Days data is kept. */
  retentionDays: number;
  /** Lower bound for autoscaling. */
  minReplicas?: number;
  /** Reachable from the internet. */
  public?: boolean;
  /** Who may see the resource. */
  visibility?: string;
  /** Administrative state. */
  adminStateUp: boolean;
  /** Contact for the resource. */
  ownerEmail: string;
  /** Networks allowed to connect. */
  allowedCidrs?: string[];
  /** Refuse deletion while set. */
  deletionProtection?: boolean;
}

const LOGGING_LOG_STREAM = register({
  kind: "logging.log_stream",
  service: "logging",
  path: "/v2.1/logging/log-streams",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the log stream",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "tags",
      type: "list",
      required: false,
      description: "Tags attached to the resource",
    },
    {
      name: "port",
      type: "integer",
      required: true,
      minimum: 1,
      maximum: 65535,
      description: "TCP or UDP port",
    },
    {
      name: "retention_days",
      type: "integer",
      required: true,
      minimum: 1,
      maximum: 3650,
      description: "Days data is kept",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
    {
      name: "visibility",
      type: "string",
      required: false,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: true,
      description: "Administrative state",
    },
    {
      name: "owner_email",
      type: "string",
      required: true,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: false,
      description: "Networks allowed to connect",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: false,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeLoggingLogStream(
  raw: Record<string, unknown>,
): LoggingLogStream {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      LOGGING_LOG_STREAM.statuses,
      "BUILD",
    ) as LoggingLogStream["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    region: typeof raw.region === "string" ? raw.region : undefined,
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    tags: Array.isArray(raw.tags) ? raw.tags.map(String) : undefined,
    port: (typeof raw.port === "number" ? raw.port : undefined) ?? 0,
    retentionDays:
      (typeof raw.retention_days === "number"
        ? raw.retention_days
        : undefined) ?? 0,
    minReplicas: typeof raw.min_replicas === "number"
      ? raw.min_replicas
      : undefined,
    public: typeof raw.public === "boolean" ? raw.public : undefined,
    visibility: typeof raw.visibility === "string" ? raw.visibility : undefined,
    adminStateUp:
      (typeof raw.admin_state_up === "boolean"
        ? raw.admin_state_up
        : undefined) ?? false,
    ownerEmail: String(raw.owner_email ?? ""),
    allowedCidrs: Array.isArray(raw.allowed_cidrs)
      ? raw.allowed_cidrs.map(String)
      : undefined,
    deletionProtection: typeof raw.deletion_protection === "boolean"
      ? raw.deletion_protection
      : undefined,
  };
}

function encodeLoggingLogStream(
  value: Partial<LoggingLogStream>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.region !== undefined) body.region = value.region;
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.port !== undefined) body.port = value.port;
  if (value.retentionDays !== undefined) {
    body.retention_days = value.retentionDays;
  }
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.public !== undefined) body.public = value.public;
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on log streams (`/v2.1/logging/log-streams`). */
class LoggingLogStreamService extends ResourceService<LoggingLogStream> {
  constructor(transport: Transport) {
    super(
      transport,
      LOGGING_LOG_STREAM,
      "log_stream",
      "log_streams",
      decodeLoggingLogStream,
      encodeLoggingLogStream,
    );
  }

  /** Asks the API to start a log stream; answers with its new state. */
  async start(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<LoggingLogStream> {
    return await this.action(id, "start", options);
  }

  /** Asks the API to resize a log stream; answers with its new state. */
  async resize(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<LoggingLogStream> {
    return await this.action(id, "resize", options);
  }

  /** Asks the API to export a log stream; answers with its new state. */
  async export(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<LoggingLogStream> {
    return await this.action(id, "export", options);
  }

  /** Asks the API to refresh a log stream; answers with its new state. */
  async refresh(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<LoggingLogStream> {
    return await this.action(id, "refresh", options);
  }
}

/** A sink of the logging service, as the API returns it. */
interface LoggingSink {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the sink. */
  name: string;
  /** Tags attached to the resource. */
  tags?: string[];
  /** Whether the resource is active. */
  enabled: boolean;
  /** IPv4 network in CIDR notation. */
  cidr?: string;
  /** Upper bound for autoscaling. */
  maxReplicas?: number;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Administrative state. */
  adminStateUp?: boolean;
  /** Arbitrary metadata. */
  metadata?: Record<string, string>;
  /** Networks allowed to connect. */
  allowedCidrs?: string[];
  /** Refuse deletion while set. */
  deletionProtection: boolean;
}

const LOGGING_SINK = register({
  kind: "logging.sink",
  service: "logging",
  path: "/v2.1/logging/sinks",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the sink",
    },
    {
      name: "tags",
      type: "list",
      required: false,
      description: "Tags attached to the resource",
    },
    {
      name: "enabled",
      type: "boolean",
      required: true,
      description: "Whether the resource is active",
    },
    {
      name: "cidr",
      type: "string",
      required: false,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: false,
      description: "Administrative state",
    },
    {
      name: "metadata",
      type: "map",
      required: false,
      description: "Arbitrary metadata",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: false,
      description: "Networks allowed to connect",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: true,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeLoggingSink(raw: Record<string, unknown>): LoggingSink {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      LOGGING_SINK.statuses,
      "BUILD",
    ) as LoggingSink["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    tags: Array.isArray(raw.tags) ? raw.tags.map(String) : undefined,
    enabled: (typeof raw.enabled === "boolean" ? raw.enabled : undefined) ??
      false,
    cidr: typeof raw.cidr === "string" ? raw.cidr : undefined,
    maxReplicas: typeof raw.max_replicas === "number"
      ? raw.max_replicas
      : undefined,
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    adminStateUp: typeof raw.admin_state_up === "boolean"
      ? raw.admin_state_up
      : undefined,
    metadata: isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined,
    allowedCidrs: Array.isArray(raw.allowed_cidrs)
      ? raw.allowed_cidrs.map(String)
      : undefined,
    deletionProtection:
      (typeof raw.deletion_protection === "boolean"
        ? raw.deletion_protection
        : undefined) ?? false,
  };
}

function encodeLoggingSink(
  value: Partial<LoggingSink>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.enabled !== undefined) body.enabled = value.enabled;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.metadata !== undefined) body.metadata = value.metadata;
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on sinks (`/v2.1/logging/sinks`). */
class LoggingSinkService extends ResourceService<LoggingSink> {
  constructor(transport: Transport) {
    super(
      transport,
      LOGGING_SINK,
      "sink",
      "sinks",
      decodeLoggingSink,
      encodeLoggingSink,
    );
  }
}

/** An exclusion of the logging service, as the API returns it. */
interface LoggingExclusion {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the exclusion. */
  name: string;
  /** Region that hosts the resource. */
  region?: string;
  /** Owning project. */
  projectId?: string;
  /** Whether the resource is active. */
  enabled?: boolean;
  /** Size in gibibytes. */
  sizeGb: number;
  /** Lower bound for autoscaling. */
  minReplicas?: number;
  /** Who may see the resource. */
  visibility?: string;
  /** URL the service calls. */
  endpointUrl: string;
  /** Contact for the resource. */
  ownerEmail?: string;
  /** Networks allowed to connect. */
  allowedCidrs?: string[];
  /** Version of the engine or runtime. */
  version?: string;
}

const LOGGING_EXCLUSION = register({
  kind: "logging.exclusion",
  service: "logging",
  path: "/v2.1/logging/exclusions",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the exclusion",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "enabled",
      type: "boolean",
      required: false,
      description: "Whether the resource is active",
    },
    {
      name: "size_gb",
      type: "integer",
      required: true,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "visibility",
      type: "string",
      required: false,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "endpoint_url",
      type: "string",
      required: true,
      pattern: "^https?://",
      description: "URL the service calls",
    },
    {
      name: "owner_email",
      type: "string",
      required: false,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: false,
      description: "Networks allowed to connect",
    },
    {
      name: "version",
      type: "string",
      required: false,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
  ],
});

function decodeLoggingExclusion(
  raw: Record<string, unknown>,
): LoggingExclusion {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      LOGGING_EXCLUSION.statuses,
      "BUILD",
    ) as LoggingExclusion["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    region: typeof raw.region === "string" ? raw.region : undefined,
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    enabled: typeof raw.enabled === "boolean" ? raw.enabled : undefined,
    sizeGb: (typeof raw.size_gb === "number" ? raw.size_gb : undefined) ?? 0,
    minReplicas: typeof raw.min_replicas === "number"
      ? raw.min_replicas
      : undefined,
    visibility: typeof raw.visibility === "string" ? raw.visibility : undefined,
    endpointUrl: String(raw.endpoint_url ?? ""),
    ownerEmail: typeof raw.owner_email === "string"
      ? raw.owner_email
      : undefined,
    allowedCidrs: Array.isArray(raw.allowed_cidrs)
      ? raw.allowed_cidrs.map(String)
      : undefined,
    version: typeof raw.version === "string" ? raw.version : undefined,
  };
}

function encodeLoggingExclusion(
  value: Partial<LoggingExclusion>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.region !== undefined) body.region = value.region;
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.enabled !== undefined) body.enabled = value.enabled;
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.endpointUrl !== undefined) body.endpoint_url = value.endpointUrl;
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  if (value.version !== undefined) body.version = value.version;
  return body;
}

/** Operations on exclusions (`/v2.1/logging/exclusions`). */
class LoggingExclusionService extends ResourceService<LoggingExclusion> {
  constructor(transport: Transport) {
    super(
      transport,
      LOGGING_EXCLUSION,
      "exclusion",
      "exclusions",
      decodeLoggingExclusion,
      encodeLoggingExclusion,
    );
  }

  /** Asks the API to export an exclusion; answers with its new state. */
  async export(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<LoggingExclusion> {
    return await this.action(id, "export", options);
  }
}

/** A metric filter of the logging service, as the API returns it. */
interface LoggingMetricFilter {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the metric filter. */
  name: string;
  /** Free-form text shown in the console. */
  description?: string;
  /** Region that hosts the resource. */
  region?: string;
  /** Tags attached to the resource. */
  tags?: string[];
  /** TCP or UDP port. */
  port?: number;
  /** Subnet the resource is attached to. */
  subnetId?: string;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Cron expression. */
  schedule?: string;
  /** URL the service calls. */
  endpointUrl?: string;
  /** Arbitrary metadata. */
  metadata?: Record<string, string>;
  /** Version of the engine or runtime. */
  version?: string;
}

const LOGGING_METRIC_FILTER = register({
  kind: "logging.metric_filter",
  service: "logging",
  path: "/v2.1/logging/metric-filters",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the metric filter",
    },
    {
      name: "description",
      type: "string",
      required: false,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "tags",
      type: "list",
      required: false,
      description: "Tags attached to the resource",
    },
    {
      name: "port",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65535,
      description: "TCP or UDP port",
    },
    {
      name: "subnet_id",
      type: "string",
      required: false,
      pattern: "^subnet-[0-9a-f]{12}$",
      description: "Subnet the resource is attached to",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "schedule",
      type: "string",
      required: false,
      pattern: "^(\\S+\\s){4}\\S+$",
      description: "Cron expression",
    },
    {
      name: "endpoint_url",
      type: "string",
      required: false,
      pattern: "^https?://",
      description: "URL the service calls",
    },
    {
      name: "metadata",
      type: "map",
      required: false,
      description: "Arbitrary metadata",
    },
    {
      name: "version",
      type: "string",
      required: false,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
  ],
});

function decodeLoggingMetricFilter(
  raw: Record<string, unknown>,
): LoggingMetricFilter {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      LOGGING_METRIC_FILTER.statuses,
      "BUILD",
    ) as LoggingMetricFilter["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: typeof raw.description === "string"
      ? raw.description
      : undefined,
    region: typeof raw.region === "string" ? raw.region : undefined,
    tags: Array.isArray(raw.tags) ? raw.tags.map(String) : undefined,
    port: typeof raw.port === "number" ? raw.port : undefined,
    subnetId: typeof raw.subnet_id === "string" ? raw.subnet_id : undefined,
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    schedule: typeof raw.schedule === "string" ? raw.schedule : undefined,
    endpointUrl: typeof raw.endpoint_url === "string"
      ? raw.endpoint_url
      : undefined,
    metadata: isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined,
    version: typeof raw.version === "string" ? raw.version : undefined,
  };
}

function encodeLoggingMetricFilter(
  value: Partial<LoggingMetricFilter>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.region !== undefined) body.region = value.region;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.port !== undefined) body.port = value.port;
  if (value.subnetId !== undefined) body.subnet_id = value.subnetId;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.schedule !== undefined) body.schedule = value.schedule;
  if (value.endpointUrl !== undefined) body.endpoint_url = value.endpointUrl;
  if (value.metadata !== undefined) body.metadata = value.metadata;
  if (value.version !== undefined) body.version = value.version;
  return body;
}

/** Operations on metric filters (`/v2.1/logging/metric-filters`). */
class LoggingMetricFilterService extends ResourceService<LoggingMetricFilter> {
  constructor(transport: Transport) {
    super(
      transport,
      LOGGING_METRIC_FILTER,
      "metric_filter",
      "metric_filters",
      decodeLoggingMetricFilter,
      encodeLoggingMetricFilter,
    );
  }

  /** Asks the API to resize a metric filter; answers with its new state. */
  async resize(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<LoggingMetricFilter> {
    return await this.action(id, "resize", options);
  }

  /** Asks the API to restore a metric filter; answers with its new state. */
  async restore(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<LoggingMetricFilter> {
    return await this.action(id, "restore", options);
  }
}

/** A retention of the logging service, as the API returns it. */
interface LoggingRetention {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the retention. */
  name: string;
  /** Region that hosts the resource. */
  region: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** Whether the resource is active. */
  enabled?: boolean;
  /** TCP or UDP port. */
  port?: number;
  /** Network protocol. */
  protocol: string;
  /** Subnet the resource is attached to. */
  subnetId?: string;
  /** Days data is kept. */
  retentionDays?: number;
  /** Lower bound for autoscaling. */
  minReplicas?: number;
  /** Who may see the resource. */
  visibility?: string;
  /** Service tier. */
  tier?: string;
  /** Arbitrary metadata. */
  metadata: Record<string, string>;
}

const LOGGING_RETENTION = register({
  kind: "logging.retention",
  service: "logging",
  path: "/v2.1/logging/retentions",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the retention",
    },
    {
      name: "region",
      type: "string",
      required: true,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "enabled",
      type: "boolean",
      required: false,
      description: "Whether the resource is active",
    },
    {
      name: "port",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65535,
      description: "TCP or UDP port",
    },
    {
      name: "protocol",
      type: "string",
      required: true,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "subnet_id",
      type: "string",
      required: false,
      pattern: "^subnet-[0-9a-f]{12}$",
      description: "Subnet the resource is attached to",
    },
    {
      name: "retention_days",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3650,
      description: "Days data is kept",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "visibility",
      type: "string",
      required: false,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "tier",
      type: "string",
      required: false,
      choices: ["basic", "standard", "premium"],
      description: "Service tier",
    },
    {
      name: "metadata",
      type: "map",
      required: true,
      description: "Arbitrary metadata",
    },
  ],
});

function decodeLoggingRetention(
  raw: Record<string, unknown>,
): LoggingRetention {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      LOGGING_RETENTION.statuses,
      "BUILD",
    ) as LoggingRetention["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    region: String(raw.region ?? ""),
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    enabled: typeof raw.enabled === "boolean" ? raw.enabled : undefined,
    port: typeof raw.port === "number" ? raw.port : undefined,
    protocol: String(raw.protocol ?? ""),
    subnetId: typeof raw.subnet_id === "string" ? raw.subnet_id : undefined,
    retentionDays: typeof raw.retention_days === "number"
      ? raw.retention_days
      : undefined,
    minReplicas: typeof raw.min_replicas === "number"
      ? raw.min_replicas
      : undefined,
    visibility: typeof raw.visibility === "string" ? raw.visibility : undefined,
    tier: typeof raw.tier === "string" ? raw.tier : undefined,
    metadata: (isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined) ??
      {},
  };
}

function encodeLoggingRetention(
  value: Partial<LoggingRetention>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.region !== undefined) body.region = value.region;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.enabled !== undefined) body.enabled = value.enabled;
  if (value.port !== undefined) body.port = value.port;
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.subnetId !== undefined) body.subnet_id = value.subnetId;
  if (value.retentionDays !== undefined) {
    body.retention_days = value.retentionDays;
  }
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.tier !== undefined) body.tier = value.tier;
  if (value.metadata !== undefined) body.metadata = value.metadata;
  return body;
}

/** Operations on retentions (`/v2.1/logging/retentions`). */
class LoggingRetentionService extends ResourceService<LoggingRetention> {
  constructor(transport: Transport) {
    super(
      transport,
      LOGGING_RETENTION,
      "retention",
      "retentions",
      decodeLoggingRetention,
      encodeLoggingRetention,
    );
  }

  /** Asks the API to restore a retention; answers with its new state. */
  async restore(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<LoggingRetention> {
    return await this.action(id, "restore", options);
  }

  /** Asks the API to export a retention; answers with its new state. */
  async export(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<LoggingRetention> {
    return await this.action(id, "export", options);
  }

  /** Asks the API to refresh a retention; answers with its new state. */
  async refresh(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<LoggingRetention> {
    return await this.action(id, "refresh", options);
  }
}

// ---------------------------------------------------------------------------
// secrets
// ---------------------------------------------------------------------------

/** A secret of the secrets service, as the API returns it. */
interface SecretsSecret {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the secret. */
  name: string;
  /** Free-form text shown in the console. */
  description: string;
  /** Availability zone inside the region. */
  availabilityZone: string;
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** Whether the resource is active. */
  enabled: boolean;
  /** Days data is kept. */
  retentionDays?: number;
  /** Upper bound for autoscaling. */
  maxReplicas: number;
  /** Evaluation order, lowest first. */
  priority?: number;
  /** Administrative state. */
  adminStateUp?: boolean;
  /** Arbitrary metadata. */
  metadata?: Record<string, string>;
  /** Networks allowed to connect. */
  allowedCidrs?: string[];
}

const SECRETS_SECRET = register({
  kind: "secrets.secret",
  service: "secrets",
  path: "/v1/secrets/secrets",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the secret",
    },
    {
      name: "description",
      type: "string",
      required: true,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "availability_zone",
      type: "string",
      required: true,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "enabled",
      type: "boolean",
      required: true,
      description: "Whether the resource is active",
    },
    {
      name: "retention_days",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3650,
      description: "Days data is kept",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: true,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "priority",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: false,
      description: "Administrative state",
    },
    {
      name: "metadata",
      type: "map",
      required: false,
      description: "Arbitrary metadata",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: false,
      description: "Networks allowed to connect",
    },
  ],
});

function decodeSecretsSecret(raw: Record<string, unknown>): SecretsSecret {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      SECRETS_SECRET.statuses,
      "BUILD",
    ) as SecretsSecret["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: String(raw.description ?? ""),
    availabilityZone: String(raw.availability_zone ?? ""),
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    enabled: (typeof raw.enabled === "boolean" ? raw.enabled : undefined) ??
      false,
    retentionDays: typeof raw.retention_days === "number"
      ? raw.retention_days
      : undefined,
    maxReplicas:
      (typeof raw.max_replicas === "number" ? raw.max_replicas : undefined) ??
        0,
    priority: typeof raw.priority === "number" ? raw.priority : undefined,
    adminStateUp: typeof raw.admin_state_up === "boolean"
      ? raw.admin_state_up
      : undefined,
    metadata: isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined,
    allowedCidrs: Array.isArray(raw.allowed_cidrs)
      ? raw.allowed_cidrs.map(String)
      : undefined,
  };
}

function encodeSecretsSecret(
  value: Partial<SecretsSecret>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.enabled !== undefined) body.enabled = value.enabled;
  if (value.retentionDays !== undefined) {
    body.retention_days = value.retentionDays;
  }
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.metadata !== undefined) body.metadata = value.metadata;
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  return body;
}

/** Operations on secrets (`/v1/secrets/secrets`). */
class SecretsSecretService extends ResourceService<SecretsSecret> {
  constructor(transport: Transport) {
    super(
      transport,
      SECRETS_SECRET,
      "secret",
      "secrets",
      decodeSecretsSecret,
      encodeSecretsSecret,
    );
  }

  /** Asks the API to restore a secret; answers with its new state. */
  async restore(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<SecretsSecret> {
    return await this.action(id, "restore", options);
  }

  /** Asks the API to export a secret; answers with its new state. */
  async export(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<SecretsSecret> {
    return await this.action(id, "export", options);
  }
}

/** A secret version of the secrets service, as the API returns it. */
interface SecretsSecretVersion {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the secret version. */
  name: string;
  /** Tags attached to the resource. */
  tags?: string[];
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** Whether the resource is active. */
  enabled: boolean;
  /** Size in gibibytes. */
  sizeGb?: number;
  /** TCP or UDP port. */
  port: number;
  /** Network protocol. */
  protocol?: string;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Reachable from the internet. */
  public: boolean;
  /** Cron expression. */
  schedule: string;
  /** URL the service calls. */
  endpointUrl?: string;
  /** Operating mode. */
  mode?: string;
  /** Request timeout. */
  timeoutSeconds?: number;
  /** Networks allowed to connect. */
  allowedCidrs?: string[];
}

const SECRETS_SECRET_VERSION = register({
  kind: "secrets.secret_version",
  service: "secrets",
  path: "/v1/secrets/secret-versions",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the secret version",
    },
    {
      name: "tags",
      type: "list",
      required: false,
      description: "Tags attached to the resource",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "enabled",
      type: "boolean",
      required: true,
      description: "Whether the resource is active",
    },
    {
      name: "size_gb",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "port",
      type: "integer",
      required: true,
      minimum: 1,
      maximum: 65535,
      description: "TCP or UDP port",
    },
    {
      name: "protocol",
      type: "string",
      required: false,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "public",
      type: "boolean",
      required: true,
      description: "Reachable from the internet",
    },
    {
      name: "schedule",
      type: "string",
      required: true,
      pattern: "^(\\S+\\s){4}\\S+$",
      description: "Cron expression",
    },
    {
      name: "endpoint_url",
      type: "string",
      required: false,
      pattern: "^https?://",
      description: "URL the service calls",
    },
    {
      name: "mode",
      type: "string",
      required: false,
      choices: ["active", "passive", "standby"],
      description: "Operating mode",
    },
    {
      name: "timeout_seconds",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3600,
      description: "Request timeout",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: false,
      description: "Networks allowed to connect",
    },
  ],
});

function decodeSecretsSecretVersion(
  raw: Record<string, unknown>,
): SecretsSecretVersion {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      SECRETS_SECRET_VERSION.statuses,
      "BUILD",
    ) as SecretsSecretVersion["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    tags: Array.isArray(raw.tags) ? raw.tags.map(String) : undefined,
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    enabled: (typeof raw.enabled === "boolean" ? raw.enabled : undefined) ??
      false,
    sizeGb: typeof raw.size_gb === "number" ? raw.size_gb : undefined,
    port: (typeof raw.port === "number" ? raw.port : undefined) ?? 0,
    protocol: typeof raw.protocol === "string" ? raw.protocol : undefined,
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    public: (typeof raw.public === "boolean" ? raw.public : undefined) ?? false,
    schedule: String(raw.schedule ?? ""),
    endpointUrl: typeof raw.endpoint_url === "string"
      ? raw.endpoint_url
      : undefined,
    mode: typeof raw.mode === "string" ? raw.mode : undefined,
    timeoutSeconds: typeof raw.timeout_seconds === "number"
      ? raw.timeout_seconds
      : undefined,
    allowedCidrs: Array.isArray(raw.allowed_cidrs)
      ? raw.allowed_cidrs.map(String)
      : undefined,
  };
}

function encodeSecretsSecretVersion(
  value: Partial<SecretsSecretVersion>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.enabled !== undefined) body.enabled = value.enabled;
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.port !== undefined) body.port = value.port;
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.public !== undefined) body.public = value.public;
  if (value.schedule !== undefined) body.schedule = value.schedule;
  if (value.endpointUrl !== undefined) body.endpoint_url = value.endpointUrl;
  if (value.mode !== undefined) body.mode = value.mode;
  if (value.timeoutSeconds !== undefined) {
    body.timeout_seconds = value.timeoutSeconds;
  }
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  return body;
}

/** Operations on secret versions (`/v1/secrets/secret-versions`). */
class SecretsSecretVersionService
  extends ResourceService<SecretsSecretVersion> {
  constructor(transport: Transport) {
    super(
      transport,
      SECRETS_SECRET_VERSION,
      "secret_version",
      "secret_versions",
      decodeSecretsSecretVersion,
      encodeSecretsSecretVersion,
    );
  }

  /** Asks the API to resize a secret version; answers with its new state. */
  async resize(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<SecretsSecretVersion> {
    return await this.action(id, "resize", options);
  }
}

/** A key ring of the secrets service, as the API returns it. */
interface SecretsKeyRing {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the key ring. */
  name: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** Owning project. */
  projectId: string;
  /** Tags attached to the resource. */
  tags: string[];
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** Whether the resource is active. */
  enabled?: boolean;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Who may see the resource. */
  visibility: string;
  /** Cron expression. */
  schedule?: string;
  /** Administrative state. */
  adminStateUp?: boolean;
  /** Operating mode. */
  mode?: string;
  /** Arbitrary metadata. */
  metadata: Record<string, string>;
}

const SECRETS_KEY_RING = register({
  kind: "secrets.key_ring",
  service: "secrets",
  path: "/v1/secrets/key-rings",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the key ring",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "project_id",
      type: "string",
      required: true,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "tags",
      type: "list",
      required: true,
      description: "Tags attached to the resource",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "enabled",
      type: "boolean",
      required: false,
      description: "Whether the resource is active",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "visibility",
      type: "string",
      required: true,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "schedule",
      type: "string",
      required: false,
      pattern: "^(\\S+\\s){4}\\S+$",
      description: "Cron expression",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: false,
      description: "Administrative state",
    },
    {
      name: "mode",
      type: "string",
      required: false,
      choices: ["active", "passive", "standby"],
      description: "Operating mode",
    },
    {
      name: "metadata",
      type: "map",
      required: true,
      description: "Arbitrary metadata",
    },
  ],
});

function decodeSecretsKeyRing(raw: Record<string, unknown>): SecretsKeyRing {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      SECRETS_KEY_RING.statuses,
      "BUILD",
    ) as SecretsKeyRing["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    projectId: String(raw.project_id ?? ""),
    tags: (Array.isArray(raw.tags) ? raw.tags.map(String) : undefined) ?? [],
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    enabled: typeof raw.enabled === "boolean" ? raw.enabled : undefined,
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    visibility: String(raw.visibility ?? ""),
    schedule: typeof raw.schedule === "string" ? raw.schedule : undefined,
    adminStateUp: typeof raw.admin_state_up === "boolean"
      ? raw.admin_state_up
      : undefined,
    mode: typeof raw.mode === "string" ? raw.mode : undefined,
    metadata: (isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined) ??
      {},
  };
}

function encodeSecretsKeyRing(
  value: Partial<SecretsKeyRing>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.enabled !== undefined) body.enabled = value.enabled;
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.schedule !== undefined) body.schedule = value.schedule;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.mode !== undefined) body.mode = value.mode;
  if (value.metadata !== undefined) body.metadata = value.metadata;
  return body;
}

/** Operations on key rings (`/v1/secrets/key-rings`). */
class SecretsKeyRingService extends ResourceService<SecretsKeyRing> {
  constructor(transport: Transport) {
    super(
      transport,
      SECRETS_KEY_RING,
      "key_ring",
      "key_rings",
      decodeSecretsKeyRing,
      encodeSecretsKeyRing,
    );
  }

  /** Asks the API to reboot a key ring; answers with its new state. */
  async reboot(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<SecretsKeyRing> {
    return await this.action(id, "reboot", options);
  }

  /** Asks the API to export a key ring; answers with its new state. */
  async export(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<SecretsKeyRing> {
    return await this.action(id, "export", options);
  }
}

/** A crypto key of the secrets service, as the API returns it. */
interface SecretsCryptoKey {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the crypto key. */
  name: string;
  /** Whether the resource is active. */
  enabled?: boolean;
  /** Network protocol. */
  protocol?: string;
  /** Lower bound for autoscaling. */
  minReplicas?: number;
  /** Reachable from the internet. */
  public?: boolean;
  /** Contact for the resource. */
  ownerEmail: string;
  /** Refuse deletion while set. */
  deletionProtection?: boolean;
}

const SECRETS_CRYPTO_KEY = register({
  kind: "secrets.crypto_key",
  service: "secrets",
  path: "/v1/secrets/crypto-keys",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the crypto key",
    },
    {
      name: "enabled",
      type: "boolean",
      required: false,
      description: "Whether the resource is active",
    },
    {
      name: "protocol",
      type: "string",
      required: false,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
    {
      name: "owner_email",
      type: "string",
      required: true,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: false,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeSecretsCryptoKey(
  raw: Record<string, unknown>,
): SecretsCryptoKey {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      SECRETS_CRYPTO_KEY.statuses,
      "BUILD",
    ) as SecretsCryptoKey["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    enabled: typeof raw.enabled === "boolean" ? raw.enabled : undefined,
    protocol: typeof raw.protocol === "string" ? raw.protocol : undefined,
    minReplicas: typeof raw.min_replicas === "number"
      ? raw.min_replicas
      : undefined,
    public: typeof raw.public === "boolean" ? raw.public : undefined,
    ownerEmail: String(raw.owner_email ?? ""),
    deletionProtection: typeof raw.deletion_protection === "boolean"
      ? raw.deletion_protection
      : undefined,
  };
}

function encodeSecretsCryptoKey(
  value: Partial<SecretsCryptoKey>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.enabled !== undefined) body.enabled = value.enabled;
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.public !== undefined) body.public = value.public;
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on crypto keys (`/v1/secrets/crypto-keys`). */
class SecretsCryptoKeyService extends ResourceService<SecretsCryptoKey> {
  constructor(transport: Transport) {
    super(
      transport,
      SECRETS_CRYPTO_KEY,
      "crypto_key",
      "crypto_keys",
      decodeSecretsCryptoKey,
      encodeSecretsCryptoKey,
    );
  }

  /** Asks the API to rotate a crypto key; answers with its new state. */
  async rotate(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<SecretsCryptoKey> {
    return await this.action(id, "rotate", options);
  }

  /** Asks the API to enable a crypto key; answers with its new state. */
  async enable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<SecretsCryptoKey> {
    return await this.action(id, "enable", options);
  }

  /** Asks the API to disable a crypto key; answers with its new state. */
  async disable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<SecretsCryptoKey> {
    return await this.action(id, "disable", options);
  }
}

/** A key version of the secrets service, as the API returns it. */
interface SecretsKeyVersion {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the key version. */
  name: string;
  /** Owning project. */
  projectId?: string;
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** IPv4 network in CIDR notation. */
  cidr: string;
  /** Network the resource is attached to. */
  networkId?: string;
  /** Subnet the resource is attached to. */
  subnetId?: string;
  /** Days data is kept. */
  retentionDays?: number;
  /** Upper bound for autoscaling. */
  maxReplicas?: number;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** Service tier. */
  tier?: string;
  /** Evaluation order, lowest first. */
  priority: number;
  /** Administrative state. */
  adminStateUp?: boolean;
  /** Request timeout. */
  timeoutSeconds?: number;
  /** Version of the engine or runtime. */
  version?: string;
}

const SECRETS_KEY_VERSION = register({
  kind: "secrets.key_version",
  service: "secrets",
  path: "/v1/secrets/key-versions",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the key version",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "cidr",
      type: "string",
      required: true,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "network_id",
      type: "string",
      required: false,
      pattern: "^net-[0-9a-f]{12}$",
      description: "Network the resource is attached to",
    },
    {
      name: "subnet_id",
      type: "string",
      required: false,
      pattern: "^subnet-[0-9a-f]{12}$",
      description: "Subnet the resource is attached to",
    },
    {
      name: "retention_days",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3650,
      description: "Days data is kept",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "tier",
      type: "string",
      required: false,
      choices: ["basic", "standard", "premium"],
      description: "Service tier",
    },
    {
      name: "priority",
      type: "integer",
      required: true,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: false,
      description: "Administrative state",
    },
    {
      name: "timeout_seconds",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3600,
      description: "Request timeout",
    },
    {
      name: "version",
      type: "string",
      required: false,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
  ],
});

function decodeSecretsKeyVersion(
  raw: Record<string, unknown>,
): SecretsKeyVersion {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      SECRETS_KEY_VERSION.statuses,
      "BUILD",
    ) as SecretsKeyVersion["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    cidr: String(raw.cidr ?? ""),
    networkId: typeof raw.network_id === "string" ? raw.network_id : undefined,
    subnetId: typeof raw.subnet_id === "string" ? raw.subnet_id : undefined,
    retentionDays: typeof raw.retention_days === "number"
      ? raw.retention_days
      : undefined,
    maxReplicas: typeof raw.max_replicas === "number"
      ? raw.max_replicas
      : undefined,
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    tier: typeof raw.tier === "string" ? raw.tier : undefined,
    priority: (typeof raw.priority === "number" ? raw.priority : undefined) ??
      0,
    adminStateUp: typeof raw.admin_state_up === "boolean"
      ? raw.admin_state_up
      : undefined,
    timeoutSeconds: typeof raw.timeout_seconds === "number"
      ? raw.timeout_seconds
      : undefined,
    version: typeof raw.version === "string" ? raw.version : undefined,
  };
}

function encodeSecretsKeyVersion(
  value: Partial<SecretsKeyVersion>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.networkId !== undefined) body.network_id = value.networkId;
  if (value.subnetId !== undefined) body.subnet_id = value.subnetId;
  if (value.retentionDays !== undefined) {
    body.retention_days = value.retentionDays;
  }
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.tier !== undefined) body.tier = value.tier;
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.timeoutSeconds !== undefined) {
    body.timeout_seconds = value.timeoutSeconds;
  }
  if (value.version !== undefined) body.version = value.version;
  return body;
}

/** Operations on key versions (`/v1/secrets/key-versions`). */
class SecretsKeyVersionService extends ResourceService<SecretsKeyVersion> {
  constructor(transport: Transport) {
    super(
      transport,
      SECRETS_KEY_VERSION,
      "key_version",
      "key_versions",
      decodeSecretsKeyVersion,
      encodeSecretsKeyVersion,
    );
  }

  /** Asks the API to enable a key version; answers with its new state. */
  async enable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<SecretsKeyVersion> {
    return await this.action(id, "enable", options);
  }

  /** Asks the API to disable a key version; answers with its new state. */
  async disable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<SecretsKeyVersion> {
    return await this.action(id, "disable", options);
  }

  /** Asks the API to export a key version; answers with its new state. */
  async export(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<SecretsKeyVersion> {
    return await this.action(id, "export", options);
  }

  /** Asks the API to refresh a key version; answers with its new state. */
  async refresh(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<SecretsKeyVersion> {
    return await this.action(id, "refresh", options);
  }
}

/** A certificate of the secrets service, as the API returns it. */
interface SecretsCertificate {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the certificate. */
  name: string;
  /** Region that hosts the resource. */
  region?: string;
  /** Owning project. */
  projectId?: string;
  /** TCP or UDP port. */
  port?: number;
  /** Network the resource is attached to. */
  networkId?: string;
  /** Lower bound for autoscaling. */
  minReplicas: number;
  /** Upper bound for autoscaling. */
  maxReplicas: number;
  /** Evaluation order, lowest first. */
  priority: number;
}

const SECRETS_CERTIFICATE = register({
  kind: "secrets.certificate",
  service: "secrets",
  path: "/v1/secrets/certificates",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the certificate",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "port",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65535,
      description: "TCP or UDP port",
    },
    {
      name: "network_id",
      type: "string",
      required: false,
      pattern: "^net-[0-9a-f]{12}$",
      description: "Network the resource is attached to",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: true,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: true,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "priority",
      type: "integer",
      required: true,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
  ],
});

function decodeSecretsCertificate(
  raw: Record<string, unknown>,
): SecretsCertificate {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      SECRETS_CERTIFICATE.statuses,
      "BUILD",
    ) as SecretsCertificate["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    region: typeof raw.region === "string" ? raw.region : undefined,
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    port: typeof raw.port === "number" ? raw.port : undefined,
    networkId: typeof raw.network_id === "string" ? raw.network_id : undefined,
    minReplicas:
      (typeof raw.min_replicas === "number" ? raw.min_replicas : undefined) ??
        0,
    maxReplicas:
      (typeof raw.max_replicas === "number" ? raw.max_replicas : undefined) ??
        0,
    priority: (typeof raw.priority === "number" ? raw.priority : undefined) ??
      0,
  };
}

function encodeSecretsCertificate(
  value: Partial<SecretsCertificate>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.region !== undefined) body.region = value.region;
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.port !== undefined) body.port = value.port;
  if (value.networkId !== undefined) body.network_id = value.networkId;
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.priority !== undefined) body.priority = value.priority;
  return body;
}

/** Operations on certificates (`/v1/secrets/certificates`). */
class SecretsCertificateService extends ResourceService<SecretsCertificate> {
  constructor(transport: Transport) {
    super(
      transport,
      SECRETS_CERTIFICATE,
      "certificate",
      "certificates",
      decodeSecretsCertificate,
      encodeSecretsCertificate,
    );
  }

  /** Asks the API to stop a certificate; answers with its new state. */
  async stop(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<SecretsCertificate> {
    return await this.action(id, "stop", options);
  }

  /** Asks the API to disable a certificate; answers with its new state. */
  async disable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<SecretsCertificate> {
    return await this.action(id, "disable", options);
  }

  /** Asks the API to restore a certificate; answers with its new state. */
  async restore(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<SecretsCertificate> {
    return await this.action(id, "restore", options);
  }
}

// ---------------------------------------------------------------------------
// kubernetes
// ---------------------------------------------------------------------------

/** A k8s cluster of the kubernetes service, as the API returns it. */
interface KubernetesK8sCluster {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the k8s cluster. */
  name: string;
  /** Free-form text shown in the console. */
  description?: string;
  /** Region that hosts the resource. */
  region?: string;
  /** Whether the resource is active. */
  enabled?: boolean;
  /** IPv4 network in CIDR notation. */
  cidr?: string;
  /** Subnet the resource is attached to. */
  subnetId?: string;
  /** Lower bound for autoscaling. */
  minReplicas?: number;
  /** Upper bound for autoscaling. */
  maxReplicas?: number;
  /** Key used to encrypt data at rest. */
  encryptionKeyId: string;
  /** Service tier. */
  tier?: string;
  /** Cron expression. */
  schedule?: string;
  /** Arbitrary metadata. */
  metadata?: Record<string, string>;
  /** Networks allowed to connect. */
  allowedCidrs?: string[];
  /** Version of the engine or runtime. */
  version?: string;
}

const KUBERNETES_K8S_CLUSTER = register({
  kind: "kubernetes.k8s_cluster",
  service: "kubernetes",
  path: "/v3/kubernetes/k8s-clusters",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the k8s cluster",
    },
    {
      name: "description",
      type: "string",
      required: false,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "enabled",
      type: "boolean",
      required: false,
      description: "Whether the resource is active",
    },
    {
      name: "cidr",
      type: "string",
      required: false,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "subnet_id",
      type: "string",
      required: false,
      pattern: "^subnet-[0-9a-f]{12}$",
      description: "Subnet the resource is attached to",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: true,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "tier",
      type: "string",
      required: false,
      choices: ["basic", "standard", "premium"],
      description: "Service tier",
    },
    {
      name: "schedule",
      type: "string",
      required: false,
      pattern: "^(\\S+\\s){4}\\S+$",
      description: "Cron expression",
    },
    {
      name: "metadata",
      type: "map",
      required: false,
      description: "Arbitrary metadata",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: false,
      description: "Networks allowed to connect",
    },
    {
      name: "version",
      type: "string",
      required: false,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
  ],
});

function decodeKubernetesK8sCluster(
  raw: Record<string, unknown>,
): KubernetesK8sCluster {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      KUBERNETES_K8S_CLUSTER.statuses,
      "BUILD",
    ) as KubernetesK8sCluster["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: typeof raw.description === "string"
      ? raw.description
      : undefined,
    region: typeof raw.region === "string" ? raw.region : undefined,
    enabled: typeof raw.enabled === "boolean" ? raw.enabled : undefined,
    cidr: typeof raw.cidr === "string" ? raw.cidr : undefined,
    subnetId: typeof raw.subnet_id === "string" ? raw.subnet_id : undefined,
    minReplicas: typeof raw.min_replicas === "number"
      ? raw.min_replicas
      : undefined,
    maxReplicas: typeof raw.max_replicas === "number"
      ? raw.max_replicas
      : undefined,
    encryptionKeyId: String(raw.encryption_key_id ?? ""),
    tier: typeof raw.tier === "string" ? raw.tier : undefined,
    schedule: typeof raw.schedule === "string" ? raw.schedule : undefined,
    metadata: isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined,
    allowedCidrs: Array.isArray(raw.allowed_cidrs)
      ? raw.allowed_cidrs.map(String)
      : undefined,
    version: typeof raw.version === "string" ? raw.version : undefined,
  };
}

function encodeKubernetesK8sCluster(
  value: Partial<KubernetesK8sCluster>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.region !== undefined) body.region = value.region;
  if (value.enabled !== undefined) body.enabled = value.enabled;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.subnetId !== undefined) body.subnet_id = value.subnetId;
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.tier !== undefined) body.tier = value.tier;
  if (value.schedule !== undefined) body.schedule = value.schedule;
  if (value.metadata !== undefined) body.metadata = value.metadata;
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  if (value.version !== undefined) body.version = value.version;
  return body;
}

/** Operations on k8s clusters (`/v3/kubernetes/k8s-clusters`). */
class KubernetesK8sClusterService
  extends ResourceService<KubernetesK8sCluster> {
  constructor(transport: Transport) {
    super(
      transport,
      KUBERNETES_K8S_CLUSTER,
      "k8s_cluster",
      "k8s_clusters",
      decodeKubernetesK8sCluster,
      encodeKubernetesK8sCluster,
    );
  }

  /** Asks the API to reboot a k8s cluster; answers with its new state. */
  async reboot(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<KubernetesK8sCluster> {
    return await this.action(id, "reboot", options);
  }

  /** Asks the API to enable a k8s cluster; answers with its new state. */
  async enable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<KubernetesK8sCluster> {
    return await this.action(id, "enable", options);
  }
}

/** A node pool of the kubernetes service, as the API returns it. */
interface KubernetesNodePool {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the node pool. */
  name: string;
  /** Free-form text shown in the console. */
  description?: string;
  /** Region that hosts the resource. */
  region?: string;
  /** Owning project. */
  projectId?: string;
  /** Tags attached to the resource. */
  tags?: string[];
  /** Network protocol. */
  protocol?: string;
  /** Subnet the resource is attached to. */
  subnetId?: string;
  /** Lower bound for autoscaling. */
  minReplicas: number;
  /** Upper bound for autoscaling. */
  maxReplicas?: number;
  /** Who may see the resource. */
  visibility: string;
  /** Cron expression. */
  schedule?: string;
  /** Evaluation order, lowest first. */
  priority?: number;
  /** Contact for the resource. */
  ownerEmail?: string;
  /** Arbitrary metadata. */
  metadata?: Record<string, string>;
  /** Version of the engine or runtime. */
  version?: string;
}

const KUBERNETES_NODE_POOL = register({
  kind: "kubernetes.node_pool",
  service: "kubernetes",
  path: "/v3/kubernetes/node-pools",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the node pool",
    },
    {
      name: "description",
      type: "string",
      required: false,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "tags",
      type: "list",
      required: false,
      description: "Tags attached to the resource",
    },
    {
      name: "protocol",
      type: "string",
      required: false,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "subnet_id",
      type: "string",
      required: false,
      pattern: "^subnet-[0-9a-f]{12}$",
      description: "Subnet the resource is attached to",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: true,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "visibility",
      type: "string",
      required: true,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "schedule",
      type: "string",
      required: false,
      pattern: "^(\\S+\\s){4}\\S+$",
      description: "Cron expression",
    },
    {
      name: "priority",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "owner_email",
      type: "string",
      required: false,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
    {
      name: "metadata",
      type: "map",
      required: false,
      description: "Arbitrary metadata",
    },
    {
      name: "version",
      type: "string",
      required: false,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
  ],
});

function decodeKubernetesNodePool(
  raw: Record<string, unknown>,
): KubernetesNodePool {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      KUBERNETES_NODE_POOL.statuses,
      "BUILD",
    ) as KubernetesNodePool["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: typeof raw.description === "string"
      ? raw.description
      : undefined,
    region: typeof raw.region === "string" ? raw.region : undefined,
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    tags: Array.isArray(raw.tags) ? raw.tags.map(String) : undefined,
    protocol: typeof raw.protocol === "string" ? raw.protocol : undefined,
    subnetId: typeof raw.subnet_id === "string" ? raw.subnet_id : undefined,
    minReplicas:
      (typeof raw.min_replicas === "number" ? raw.min_replicas : undefined) ??
        0,
    maxReplicas: typeof raw.max_replicas === "number"
      ? raw.max_replicas
      : undefined,
    visibility: String(raw.visibility ?? ""),
    schedule: typeof raw.schedule === "string" ? raw.schedule : undefined,
    priority: typeof raw.priority === "number" ? raw.priority : undefined,
    ownerEmail: typeof raw.owner_email === "string"
      ? raw.owner_email
      : undefined,
    metadata: isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined,
    version: typeof raw.version === "string" ? raw.version : undefined,
  };
}

function encodeKubernetesNodePool(
  value: Partial<KubernetesNodePool>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.region !== undefined) body.region = value.region;
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.subnetId !== undefined) body.subnet_id = value.subnetId;
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.schedule !== undefined) body.schedule = value.schedule;
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  if (value.metadata !== undefined) body.metadata = value.metadata;
  if (value.version !== undefined) body.version = value.version;
  return body;
}

/** Operations on node pools (`/v3/kubernetes/node-pools`). */
class KubernetesNodePoolService extends ResourceService<KubernetesNodePool> {
  constructor(transport: Transport) {
    super(
      transport,
      KUBERNETES_NODE_POOL,
      "node_pool",
      "node_pools",
      decodeKubernetesNodePool,
      encodeKubernetesNodePool,
    );
  }

  /** Asks the API to stop a node pool; answers with its new state. */
  async stop(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<KubernetesNodePool> {
    return await this.action(id, "stop", options);
  }

  /** Asks the API to disable a node pool; answers with its new state. */
  async disable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<KubernetesNodePool> {
    return await this.action(id, "disable", options);
  }
}

/** An addon of the kubernetes service, as the API returns it. */
interface KubernetesAddon {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the addon. */
  name: string;
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** Upper bound for autoscaling. */
  maxReplicas?: number;
  /** Time to live, in seconds. */
  ttlSeconds: number;
  /** Who may see the resource. */
  visibility: string;
  /** Evaluation order, lowest first. */
  priority?: number;
  /** Request timeout. */
  timeoutSeconds: number;
  /** Refuse deletion while set. */
  deletionProtection?: boolean;
}

const KUBERNETES_ADDON = register({
  kind: "kubernetes.addon",
  service: "kubernetes",
  path: "/v3/kubernetes/addons",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the addon",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: true,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "visibility",
      type: "string",
      required: true,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "priority",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "timeout_seconds",
      type: "integer",
      required: true,
      minimum: 1,
      maximum: 3600,
      description: "Request timeout",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: false,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeKubernetesAddon(raw: Record<string, unknown>): KubernetesAddon {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      KUBERNETES_ADDON.statuses,
      "BUILD",
    ) as KubernetesAddon["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    maxReplicas: typeof raw.max_replicas === "number"
      ? raw.max_replicas
      : undefined,
    ttlSeconds:
      (typeof raw.ttl_seconds === "number" ? raw.ttl_seconds : undefined) ?? 0,
    visibility: String(raw.visibility ?? ""),
    priority: typeof raw.priority === "number" ? raw.priority : undefined,
    timeoutSeconds:
      (typeof raw.timeout_seconds === "number"
        ? raw.timeout_seconds
        : undefined) ?? 0,
    deletionProtection: typeof raw.deletion_protection === "boolean"
      ? raw.deletion_protection
      : undefined,
  };
}

function encodeKubernetesAddon(
  value: Partial<KubernetesAddon>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.timeoutSeconds !== undefined) {
    body.timeout_seconds = value.timeoutSeconds;
  }
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on addons (`/v3/kubernetes/addons`). */
class KubernetesAddonService extends ResourceService<KubernetesAddon> {
  constructor(transport: Transport) {
    super(
      transport,
      KUBERNETES_ADDON,
      "addon",
      "addons",
      decodeKubernetesAddon,
      encodeKubernetesAddon,
    );
  }

  /** Asks the API to stop an addon; answers with its new state. */
  async stop(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<KubernetesAddon> {
    return await this.action(id, "stop", options);
  }
}

/** An upgrade plan of the kubernetes service, as the API returns it. */
interface KubernetesUpgradePlan {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the upgrade plan. */
  name: string;
  /** Free-form text shown in the console. */
  description?: string;
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** Subnet the resource is attached to. */
  subnetId?: string;
  /** Upper bound for autoscaling. */
  maxReplicas?: number;
  /** Reachable from the internet. */
  public?: boolean;
  /** URL the service calls. */
  endpointUrl?: string;
  /** Operating mode. */
  mode?: string;
}

const KUBERNETES_UPGRADE_PLAN = register({
  kind: "kubernetes.upgrade_plan",
  service: "kubernetes",
  path: "/v3/kubernetes/upgrade-plans",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the upgrade plan",
    },
    {
      name: "description",
      type: "string",
      required: false,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "subnet_id",
      type: "string",
      required: false,
      pattern: "^subnet-[0-9a-f]{12}$",
      description: "Subnet the resource is attached to",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
    {
      name: "endpoint_url",
      type: "string",
      required: false,
      pattern: "^https?://",
      description: "URL the service calls",
    },
    {
      name: "mode",
      type: "string",
      required: false,
      choices: ["active", "passive", "standby"],
      description: "Operating mode",
    },
  ],
});

function decodeKubernetesUpgradePlan(
  raw: Record<string, unknown>,
): KubernetesUpgradePlan {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      KUBERNETES_UPGRADE_PLAN.statuses,
      "BUILD",
    ) as KubernetesUpgradePlan["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: typeof raw.description === "string"
      ? raw.description
      : undefined,
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    subnetId: typeof raw.subnet_id === "string" ? raw.subnet_id : undefined,
    maxReplicas: typeof raw.max_replicas === "number"
      ? raw.max_replicas
      : undefined,
    public: typeof raw.public === "boolean" ? raw.public : undefined,
    endpointUrl: typeof raw.endpoint_url === "string"
      ? raw.endpoint_url
      : undefined,
    mode: typeof raw.mode === "string" ? raw.mode : undefined,
  };
}

function encodeKubernetesUpgradePlan(
  value: Partial<KubernetesUpgradePlan>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.subnetId !== undefined) body.subnet_id = value.subnetId;
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.public !== undefined) body.public = value.public;
  if (value.endpointUrl !== undefined) body.endpoint_url = value.endpointUrl;
  if (value.mode !== undefined) body.mode = value.mode;
  return body;
}

/** Operations on upgrade plans (`/v3/kubernetes/upgrade-plans`). */
class KubernetesUpgradePlanService
  extends ResourceService<KubernetesUpgradePlan> {
  constructor(transport: Transport) {
    super(
      transport,
      KUBERNETES_UPGRADE_PLAN,
      "upgrade_plan",
      "upgrade_plans",
      decodeKubernetesUpgradePlan,
      encodeKubernetesUpgradePlan,
    );
  }
}

/** A kubeconfig of the kubernetes service, as the API returns it. */
interface KubernetesKubeconfig {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the kubeconfig. */
  name: string;
  /** Region that hosts the resource. */
  region?: string;
  /** Key/value labels used for filtering. */
  labels: Record<string, string>;
  /** Size in gibibytes. */
  sizeGb?: number;
  /** TCP or UDP port. */
  port: number;
  /** Network protocol. */
  protocol?: string;
  /** Network the resource is attached to. */
  networkId?: string;
  /** Lower bound for autoscaling. */
  minReplicas?: number;
  /** Upper bound for autoscaling. */
  maxReplicas?: number;
  /** Who may see the resource. */
  visibility?: string;
}

const KUBERNETES_KUBECONFIG = register({
  kind: "kubernetes.kubeconfig",
  service: "kubernetes",
  path: "/v3/kubernetes/kubeconfigs",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the kubeconfig",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "labels",
      type: "map",
      required: true,
      description: "Key/value labels used for filtering",
    },
    {
      name: "size_gb",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "port",
      type: "integer",
      required: true,
      minimum: 1,
      maximum: 65535,
      description: "TCP or UDP port",
    },
    {
      name: "protocol",
      type: "string",
      required: false,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "network_id",
      type: "string",
      required: false,
      pattern: "^net-[0-9a-f]{12}$",
      description: "Network the resource is attached to",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "visibility",
      type: "string",
      required: false,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
  ],
});

function decodeKubernetesKubeconfig(
  raw: Record<string, unknown>,
): KubernetesKubeconfig {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      KUBERNETES_KUBECONFIG.statuses,
      "BUILD",
    ) as KubernetesKubeconfig["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    region: typeof raw.region === "string" ? raw.region : undefined,
    labels: (isRecord(raw.labels) ? stringMap(raw.labels) : undefined) ?? {},
    sizeGb: typeof raw.size_gb === "number" ? raw.size_gb : undefined,
    port: (typeof raw.port === "number" ? raw.port : undefined) ?? 0,
    protocol: typeof raw.protocol === "string" ? raw.protocol : undefined,
    networkId: typeof raw.network_id === "string" ? raw.network_id : undefined,
    minReplicas: typeof raw.min_replicas === "number"
      ? raw.min_replicas
      : undefined,
    maxReplicas: typeof raw.max_replicas === "number"
      ? raw.max_replicas
      : undefined,
    visibility: typeof raw.visibility === "string" ? raw.visibility : undefined,
  };
}

function encodeKubernetesKubeconfig(
  value: Partial<KubernetesKubeconfig>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.region !== undefined) body.region = value.region;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.port !== undefined) body.port = value.port;
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.networkId !== undefined) body.network_id = value.networkId;
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.visibility !== undefined) body.visibility = value.visibility;
  return body;
}

/** Operations on kubeconfigs (`/v3/kubernetes/kubeconfigs`). */
class KubernetesKubeconfigService
  extends ResourceService<KubernetesKubeconfig> {
  constructor(transport: Transport) {
    super(
      transport,
      KUBERNETES_KUBECONFIG,
      "kubeconfig",
      "kubeconfigs",
      decodeKubernetesKubeconfig,
      encodeKubernetesKubeconfig,
    );
  }

  /** Asks the API to start a kubeconfig; answers with its new state. */
  async start(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<KubernetesKubeconfig> {
    return await this.action(id, "start", options);
  }

  /** Asks the API to reboot a kubeconfig; answers with its new state. */
  async reboot(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<KubernetesKubeconfig> {
    return await this.action(id, "reboot", options);
  }

  /** Asks the API to enable a kubeconfig; answers with its new state. */
  async enable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<KubernetesKubeconfig> {
    return await this.action(id, "enable", options);
  }

  /** Asks the API to restore a kubeconfig; answers with its new state. */
  async restore(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<KubernetesKubeconfig> {
    return await this.action(id, "restore", options);
  }
}

/** A workload identity of the kubernetes service, as the API returns it. */
interface KubernetesWorkloadIdentity {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the workload identity. */
  name: string;
  /** Free-form text shown in the console. */
  description?: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** Owning project. */
  projectId?: string;
  /** Tags attached to the resource. */
  tags?: string[];
  /** Size in gibibytes. */
  sizeGb?: number;
  /** Network protocol. */
  protocol: string;
  /** IPv4 network in CIDR notation. */
  cidr?: string;
  /** Days data is kept. */
  retentionDays?: number;
  /** Cron expression. */
  schedule: string;
  /** URL the service calls. */
  endpointUrl?: string;
  /** Networks allowed to connect. */
  allowedCidrs?: string[];
  /** Version of the engine or runtime. */
  version?: string;
}

const KUBERNETES_WORKLOAD_IDENTITY = register({
  kind: "kubernetes.workload_identity",
  service: "kubernetes",
  path: "/v3/kubernetes/workload-identities",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the workload identity",
    },
    {
      name: "description",
      type: "string",
      required: false,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "tags",
      type: "list",
      required: false,
      description: "Tags attached to the resource",
    },
    {
      name: "size_gb",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "protocol",
      type: "string",
      required: true,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "cidr",
      type: "string",
      required: false,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "retention_days",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3650,
      description: "Days data is kept",
    },
    {
      name: "schedule",
      type: "string",
      required: true,
      pattern: "^(\\S+\\s){4}\\S+$",
      description: "Cron expression",
    },
    {
      name: "endpoint_url",
      type: "string",
      required: false,
      pattern: "^https?://",
      description: "URL the service calls",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: false,
      description: "Networks allowed to connect",
    },
    {
      name: "version",
      type: "string",
      required: false,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
  ],
});

function decodeKubernetesWorkloadIdentity(
  raw: Record<string, unknown>,
): KubernetesWorkloadIdentity {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      KUBERNETES_WORKLOAD_IDENTITY.statuses,
      "BUILD",
    ) as KubernetesWorkloadIdentity["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: typeof raw.description === "string"
      ? raw.description
      : undefined,
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    tags: Array.isArray(raw.tags) ? raw.tags.map(String) : undefined,
    sizeGb: typeof raw.size_gb === "number" ? raw.size_gb : undefined,
    protocol: String(raw.protocol ?? ""),
    cidr: typeof raw.cidr === "string" ? raw.cidr : undefined,
    retentionDays: typeof raw.retention_days === "number"
      ? raw.retention_days
      : undefined,
    schedule: String(raw.schedule ?? ""),
    endpointUrl: typeof raw.endpoint_url === "string"
      ? raw.endpoint_url
      : undefined,
    allowedCidrs: Array.isArray(raw.allowed_cidrs)
      ? raw.allowed_cidrs.map(String)
      : undefined,
    version: typeof raw.version === "string" ? raw.version : undefined,
  };
}

function encodeKubernetesWorkloadIdentity(
  value: Partial<KubernetesWorkloadIdentity>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.retentionDays !== undefined) {
    body.retention_days = value.retentionDays;
  }
  if (value.schedule !== undefined) body.schedule = value.schedule;
  if (value.endpointUrl !== undefined) body.endpoint_url = value.endpointUrl;
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  if (value.version !== undefined) body.version = value.version;
  return body;
}

/** Operations on workload identities (`/v3/kubernetes/workload-identities`). */
class KubernetesWorkloadIdentityService
  extends ResourceService<KubernetesWorkloadIdentity> {
  constructor(transport: Transport) {
    super(
      transport,
      KUBERNETES_WORKLOAD_IDENTITY,
      "workload_identity",
      "workload_identities",
      decodeKubernetesWorkloadIdentity,
      encodeKubernetesWorkloadIdentity,
    );
  }
}

// ---------------------------------------------------------------------------
// cdn
// ---------------------------------------------------------------------------

/** A distribution of the cdn service, as the API returns it. */
interface CdnDistribution {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the distribution. */
  name: string;
  /** Region that hosts the resource. */
  region?: string;
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** Size in gibibytes. */
  sizeGb?: number;
  /** TCP or UDP port. */
  port?: number;
  /** IPv4 network in CIDR notation. */
  cidr?: string;
  /** Key used to encrypt data at rest. */
  encryptionKeyId: string;
  /** Evaluation order, lowest first. */
  priority?: number;
  /** Networks allowed to connect. */
  allowedCidrs?: string[];
}

const CDN_DISTRIBUTION = register({
  kind: "cdn.distribution",
  service: "cdn",
  path: "/v2.1/cdn/distributions",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the distribution",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "size_gb",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "port",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65535,
      description: "TCP or UDP port",
    },
    {
      name: "cidr",
      type: "string",
      required: false,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: true,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "priority",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: false,
      description: "Networks allowed to connect",
    },
  ],
});

function decodeCdnDistribution(raw: Record<string, unknown>): CdnDistribution {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      CDN_DISTRIBUTION.statuses,
      "BUILD",
    ) as CdnDistribution["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    region: typeof raw.region === "string" ? raw.region : undefined,
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    sizeGb: typeof raw.size_gb === "number" ? raw.size_gb : undefined,
    port: typeof raw.port === "number" ? raw.port : undefined,
    cidr: typeof raw.cidr === "string" ? raw.cidr : undefined,
    encryptionKeyId: String(raw.encryption_key_id ?? ""),
    priority: typeof raw.priority === "number" ? raw.priority : undefined,
    allowedCidrs: Array.isArray(raw.allowed_cidrs)
      ? raw.allowed_cidrs.map(String)
      : undefined,
  };
}

function encodeCdnDistribution(
  value: Partial<CdnDistribution>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.region !== undefined) body.region = value.region;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.port !== undefined) body.port = value.port;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  return body;
}

/** Operations on distributions (`/v2.1/cdn/distributions`). */
class CdnDistributionService extends ResourceService<CdnDistribution> {
  constructor(transport: Transport) {
    super(
      transport,
      CDN_DISTRIBUTION,
      "distribution",
      "distributions",
      decodeCdnDistribution,
      encodeCdnDistribution,
    );
  }

  /** Asks the API to stop a distribution; answers with its new state. */
  async stop(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<CdnDistribution> {
    return await this.action(id, "stop", options);
  }

  /** Asks the API to rotate a distribution; answers with its new state. */
  async rotate(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<CdnDistribution> {
    return await this.action(id, "rotate", options);
  }
}

/** An origin of the cdn service, as the API returns it. */
interface CdnOrigin {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the origin. */
  name: string;
  /** Region that hosts the resource. */
  region?: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** Size in gibibytes. */
  sizeGb?: number;
  /** Subnet the resource is attached to. */
  subnetId?: string;
  /** Administrative state. */
  adminStateUp?: boolean;
  /** Operating mode. */
  mode?: string;
}

const CDN_ORIGIN = register({
  kind: "cdn.origin",
  service: "cdn",
  path: "/v2.1/cdn/origins",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the origin",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "size_gb",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "subnet_id",
      type: "string",
      required: false,
      pattern: "^subnet-[0-9a-f]{12}$",
      description: "Subnet the resource is attached to",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: false,
      description: "Administrative state",
    },
    {
      name: "mode",
      type: "string",
      required: false,
      choices: ["active", "passive", "standby"],
      description: "Operating mode",
    },
  ],
});

function decodeCdnOrigin(raw: Record<string, unknown>): CdnOrigin {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      CDN_ORIGIN.statuses,
      "BUILD",
    ) as CdnOrigin["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    region: typeof raw.region === "string" ? raw.region : undefined,
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    sizeGb: typeof raw.size_gb === "number" ? raw.size_gb : undefined,
    subnetId: typeof raw.subnet_id === "string" ? raw.subnet_id : undefined,
    adminStateUp: typeof raw.admin_state_up === "boolean"
      ? raw.admin_state_up
      : undefined,
    mode: typeof raw.mode === "string" ? raw.mode : undefined,
  };
}

function encodeCdnOrigin(value: Partial<CdnOrigin>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.region !== undefined) body.region = value.region;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.subnetId !== undefined) body.subnet_id = value.subnetId;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.mode !== undefined) body.mode = value.mode;
  return body;
}

/** Operations on origins (`/v2.1/cdn/origins`). */
class CdnOriginService extends ResourceService<CdnOrigin> {
  constructor(transport: Transport) {
    super(
      transport,
      CDN_ORIGIN,
      "origin",
      "origins",
      decodeCdnOrigin,
      encodeCdnOrigin,
    );
  }

  /** Asks the API to reboot an origin; answers with its new state. */
  async reboot(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<CdnOrigin> {
    return await this.action(id, "reboot", options);
  }

  /** Asks the API to refresh an origin; answers with its new state. */
  async refresh(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<CdnOrigin> {
    return await this.action(id, "refresh", options);
  }
}

/** A cache behavior of the cdn service, as the API returns it. */
interface CdnCacheBehavior {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the cache behavior. */
  name: string;
  /** Region that hosts the resource. */
  region?: string;
  /** Availability zone inside the region. */
  availabilityZone: string;
  /** Network protocol. */
  protocol?: string;
  /** IPv4 network in CIDR notation. */
  cidr?: string;
  /** Days data is kept. */
  retentionDays?: number;
  /** Reachable from the internet. */
  public: boolean;
  /** Administrative state. */
  adminStateUp?: boolean;
  /** Operating mode. */
  mode: string;
  /** Request timeout. */
  timeoutSeconds?: number;
  /** Arbitrary metadata. */
  metadata?: Record<string, string>;
  /** Refuse deletion while set. */
  deletionProtection?: boolean;
}

const CDN_CACHE_BEHAVIOR = register({
  kind: "cdn.cache_behavior",
  service: "cdn",
  path: "/v2.1/cdn/cache-behaviors",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the cache behavior",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "availability_zone",
      type: "string",
      required: true,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "protocol",
      type: "string",
      required: false,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "cidr",
      type: "string",
      required: false,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "retention_days",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3650,
      description: "Days data is kept",
    },
    {
      name: "public",
      type: "boolean",
      required: true,
      description: "Reachable from the internet",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: false,
      description: "Administrative state",
    },
    {
      name: "mode",
      type: "string",
      required: true,
      choices: ["active", "passive", "standby"],
      description: "Operating mode",
    },
    {
      name: "timeout_seconds",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3600,
      description: "Request timeout",
    },
    {
      name: "metadata",
      type: "map",
      required: false,
      description: "Arbitrary metadata",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: false,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeCdnCacheBehavior(
  raw: Record<string, unknown>,
): CdnCacheBehavior {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      CDN_CACHE_BEHAVIOR.statuses,
      "BUILD",
    ) as CdnCacheBehavior["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    region: typeof raw.region === "string" ? raw.region : undefined,
    availabilityZone: String(raw.availability_zone ?? ""),
    protocol: typeof raw.protocol === "string" ? raw.protocol : undefined,
    cidr: typeof raw.cidr === "string" ? raw.cidr : undefined,
    retentionDays: typeof raw.retention_days === "number"
      ? raw.retention_days
      : undefined,
    public: (typeof raw.public === "boolean" ? raw.public : undefined) ?? false,
    adminStateUp: typeof raw.admin_state_up === "boolean"
      ? raw.admin_state_up
      : undefined,
    mode: String(raw.mode ?? ""),
    timeoutSeconds: typeof raw.timeout_seconds === "number"
      ? raw.timeout_seconds
      : undefined,
    metadata: isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined,
    deletionProtection: typeof raw.deletion_protection === "boolean"
      ? raw.deletion_protection
      : undefined,
  };
}

function encodeCdnCacheBehavior(
  value: Partial<CdnCacheBehavior>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.region !== undefined) body.region = value.region;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.retentionDays !== undefined) {
    body.retention_days = value.retentionDays;
  }
  if (value.public !== undefined) body.public = value.public;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.mode !== undefined) body.mode = value.mode;
  if (value.timeoutSeconds !== undefined) {
    body.timeout_seconds = value.timeoutSeconds;
  }
  if (value.metadata !== undefined) body.metadata = value.metadata;
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on cache behaviors (`/v2.1/cdn/cache-behaviors`). */
class CdnCacheBehaviorService extends ResourceService<CdnCacheBehavior> {
  constructor(transport: Transport) {
    super(
      transport,
      CDN_CACHE_BEHAVIOR,
      "cache_behavior",
      "cache_behaviors",
      decodeCdnCacheBehavior,
      encodeCdnCacheBehavior,
    );
  }

  /** Asks the API to enable a cache behavior; answers with its new state. */
  async enable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<CdnCacheBehavior> {
    return await this.action(id, "enable", options);
  }
}

/** An edge rule of the cdn service, as the API returns it. */
interface CdnEdgeRule {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the edge rule. */
  name: string;
  /** Tags attached to the resource. */
  tags: string[];
  /** Days data is kept. */
  retentionDays?: number;
  /** Lower bound for autoscaling. */
  minReplicas?: number;
  /** Upper bound for autoscaling. */
  maxReplicas?: number;
  /** Reachable from the internet. */
  public?: boolean;
  /** Who may see the resource. */
  visibility?: string;
  /** Cron expression. */
  schedule?: string;
  /** URL the service calls. */
  endpointUrl?: string;
  /** Evaluation order, lowest first. */
  priority?: number;
  /** Networks allowed to connect. */
  allowedCidrs?: string[];
  /** Version of the engine or runtime. */
  version?: string;
}

const CDN_EDGE_RULE = register({
  kind: "cdn.edge_rule",
  service: "cdn",
  path: "/v2.1/cdn/edge-rules",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the edge rule",
    },
    {
      name: "tags",
      type: "list",
      required: true,
      description: "Tags attached to the resource",
    },
    {
      name: "retention_days",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3650,
      description: "Days data is kept",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
    {
      name: "visibility",
      type: "string",
      required: false,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "schedule",
      type: "string",
      required: false,
      pattern: "^(\\S+\\s){4}\\S+$",
      description: "Cron expression",
    },
    {
      name: "endpoint_url",
      type: "string",
      required: false,
      pattern: "^https?://",
      description: "URL the service calls",
    },
    {
      name: "priority",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: false,
      description: "Networks allowed to connect",
    },
    {
      name: "version",
      type: "string",
      required: false,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
  ],
});

function decodeCdnEdgeRule(raw: Record<string, unknown>): CdnEdgeRule {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      CDN_EDGE_RULE.statuses,
      "BUILD",
    ) as CdnEdgeRule["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    tags: (Array.isArray(raw.tags) ? raw.tags.map(String) : undefined) ?? [],
    retentionDays: typeof raw.retention_days === "number"
      ? raw.retention_days
      : undefined,
    minReplicas: typeof raw.min_replicas === "number"
      ? raw.min_replicas
      : undefined,
    maxReplicas: typeof raw.max_replicas === "number"
      ? raw.max_replicas
      : undefined,
    public: typeof raw.public === "boolean" ? raw.public : undefined,
    visibility: typeof raw.visibility === "string" ? raw.visibility : undefined,
    schedule: typeof raw.schedule === "string" ? raw.schedule : undefined,
    endpointUrl: typeof raw.endpoint_url === "string"
      ? raw.endpoint_url
      : undefined,
    priority: typeof raw.priority === "number" ? raw.priority : undefined,
    allowedCidrs: Array.isArray(raw.allowed_cidrs)
      ? raw.allowed_cidrs.map(String)
      : undefined,
    version: typeof raw.version === "string" ? raw.version : undefined,
  };
}

function encodeCdnEdgeRule(
  value: Partial<CdnEdgeRule>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.retentionDays !== undefined) {
    body.retention_days = value.retentionDays;
  }
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.public !== undefined) body.public = value.public;
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.schedule !== undefined) body.schedule = value.schedule;
  if (value.endpointUrl !== undefined) body.endpoint_url = value.endpointUrl;
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  if (value.version !== undefined) body.version = value.version;
  return body;
}

/** Operations on edge rules (`/v2.1/cdn/edge-rules`). */
class CdnEdgeRuleService extends ResourceService<CdnEdgeRule> {
  constructor(transport: Transport) {
    super(
      transport,
      CDN_EDGE_RULE,
      "edge_rule",
      "edge_rules",
      decodeCdnEdgeRule,
      encodeCdnEdgeRule,
    );
  }

  /** Asks the API to enable an edge rule; answers with its new state. */
  async enable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<CdnEdgeRule> {
    return await this.action(id, "enable", options);
  }

  /** Asks the API to disable an edge rule; answers with its new state. */
  async disable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<CdnEdgeRule> {
    return await this.action(id, "disable", options);
  }

  /** Asks the API to export an edge rule; answers with its new state. */
  async export(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<CdnEdgeRule> {
    return await this.action(id, "export", options);
  }
}

/** A purge request of the cdn service, as the API returns it. */
interface CdnPurgeRequest {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the purge request. */
  name: string;
  /** Free-form text shown in the console. */
  description: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** Owning project. */
  projectId?: string;
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** TCP or UDP port. */
  port?: number;
  /** Network protocol. */
  protocol?: string;
  /** IPv4 network in CIDR notation. */
  cidr?: string;
  /** Network the resource is attached to. */
  networkId?: string;
  /** Days data is kept. */
  retentionDays?: number;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Reachable from the internet. */
  public?: boolean;
  /** Arbitrary metadata. */
  metadata?: Record<string, string>;
  /** Refuse deletion while set. */
  deletionProtection?: boolean;
}

const CDN_PURGE_REQUEST = register({
  kind: "cdn.purge_request",
  service: "cdn",
  path: "/v2.1/cdn/purge-requests",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the purge request",
    },
    {
      name: "description",
      type: "string",
      required: true,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "port",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65535,
      description: "TCP or UDP port",
    },
    {
      name: "protocol",
      type: "string",
      required: false,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "cidr",
      type: "string",
      required: false,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "network_id",
      type: "string",
      required: false,
      pattern: "^net-[0-9a-f]{12}$",
      description: "Network the resource is attached to",
    },
    {
      name: "retention_days",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3650,
      description: "Days data is kept",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
    {
      name: "metadata",
      type: "map",
      required: false,
      description: "Arbitrary metadata",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: false,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeCdnPurgeRequest(raw: Record<string, unknown>): CdnPurgeRequest {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      CDN_PURGE_REQUEST.statuses,
      "BUILD",
    ) as CdnPurgeRequest["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: String(raw.description ?? ""),
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    port: typeof raw.port === "number" ? raw.port : undefined,
    protocol: typeof raw.protocol === "string" ? raw.protocol : undefined,
    cidr: typeof raw.cidr === "string" ? raw.cidr : undefined,
    networkId: typeof raw.network_id === "string" ? raw.network_id : undefined,
    retentionDays: typeof raw.retention_days === "number"
      ? raw.retention_days
      : undefined,
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    public: typeof raw.public === "boolean" ? raw.public : undefined,
    metadata: isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined,
    deletionProtection: typeof raw.deletion_protection === "boolean"
      ? raw.deletion_protection
      : undefined,
  };
}

function encodeCdnPurgeRequest(
  value: Partial<CdnPurgeRequest>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.port !== undefined) body.port = value.port;
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.networkId !== undefined) body.network_id = value.networkId;
  if (value.retentionDays !== undefined) {
    body.retention_days = value.retentionDays;
  }
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.public !== undefined) body.public = value.public;
  if (value.metadata !== undefined) body.metadata = value.metadata;
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on purge requests (`/v2.1/cdn/purge-requests`). */
class CdnPurgeRequestService extends ResourceService<CdnPurgeRequest> {
  constructor(transport: Transport) {
    super(
      transport,
      CDN_PURGE_REQUEST,
      "purge_request",
      "purge_requests",
      decodeCdnPurgeRequest,
      encodeCdnPurgeRequest,
    );
  }

  /** Asks the API to disable a purge request; answers with its new state. */
  async disable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<CdnPurgeRequest> {
    return await this.action(id, "disable", options);
  }

  /** Asks the API to restore a purge request; answers with its new state. */
  async restore(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<CdnPurgeRequest> {
    return await this.action(id, "restore", options);
  }

  /** Asks the API to export a purge request; answers with its new state. */
  async export(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<CdnPurgeRequest> {
    return await this.action(id, "export", options);
  }
}

/** A waf policy of the cdn service, as the API returns it. */
interface CdnWafPolicy {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the waf policy. */
  name: string;
  /** Region that hosts the resource. */
  region?: string;
  /** Whether the resource is active. */
  enabled: boolean;
  /** Size in gibibytes. */
  sizeGb?: number;
  /** Subnet the resource is attached to. */
  subnetId?: string;
  /** Lower bound for autoscaling. */
  minReplicas?: number;
  /** Reachable from the internet. */
  public?: boolean;
  /** Evaluation order, lowest first. */
  priority: number;
  /** Administrative state. */
  adminStateUp?: boolean;
  /** Operating mode. */
  mode?: string;
  /** Arbitrary metadata. */
  metadata: Record<string, string>;
}

const CDN_WAF_POLICY = register({
  kind: "cdn.waf_policy",
  service: "cdn",
  path: "/v2.1/cdn/waf-policies",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the waf policy",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "enabled",
      type: "boolean",
      required: true,
      description: "Whether the resource is active",
    },
    {
      name: "size_gb",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "subnet_id",
      type: "string",
      required: false,
      pattern: "^subnet-[0-9a-f]{12}$",
      description: "Subnet the resource is attached to",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
    {
      name: "priority",
      type: "integer",
      required: true,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: false,
      description: "Administrative state",
    },
    {
      name: "mode",
      type: "string",
      required: false,
      choices: ["active", "passive", "standby"],
      description: "Operating mode",
    },
    {
      name: "metadata",
      type: "map",
      required: true,
      description: "Arbitrary metadata",
    },
  ],
});

function decodeCdnWafPolicy(raw: Record<string, unknown>): CdnWafPolicy {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      CDN_WAF_POLICY.statuses,
      "BUILD",
    ) as CdnWafPolicy["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    region: typeof raw.region === "string" ? raw.region : undefined,
    enabled: (typeof raw.enabled === "boolean" ? raw.enabled : undefined) ??
      false,
    sizeGb: typeof raw.size_gb === "number" ? raw.size_gb : undefined,
    subnetId: typeof raw.subnet_id === "string" ? raw.subnet_id : undefined,
    minReplicas: typeof raw.min_replicas === "number"
      ? raw.min_replicas
      : undefined,
    public: typeof raw.public === "boolean" ? raw.public : undefined,
    priority: (typeof raw.priority === "number" ? raw.priority : undefined) ??
      0,
    adminStateUp: typeof raw.admin_state_up === "boolean"
      ? raw.admin_state_up
      : undefined,
    mode: typeof raw.mode === "string" ? raw.mode : undefined,
    metadata: (isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined) ??
      {},
  };
}

function encodeCdnWafPolicy(
  value: Partial<CdnWafPolicy>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.region !== undefined) body.region = value.region;
  if (value.enabled !== undefined) body.enabled = value.enabled;
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.subnetId !== undefined) body.subnet_id = value.subnetId;
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.public !== undefined) body.public = value.public;
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.mode !== undefined) body.mode = value.mode;
  if (value.metadata !== undefined) body.metadata = value.metadata;
  return body;
}

/** Operations on waf policies (`/v2.1/cdn/waf-policies`). */
class CdnWafPolicyService extends ResourceService<CdnWafPolicy> {
  constructor(transport: Transport) {
    super(
      transport,
      CDN_WAF_POLICY,
      "waf_policy",
      "waf_policies",
      decodeCdnWafPolicy,
      encodeCdnWafPolicy,
    );
  }

  /** Asks the API to start a waf policy; answers with its new state. */
  async start(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<CdnWafPolicy> {
    return await this.action(id, "start", options);
  }

  /** Asks the API to restore a waf policy; answers with its new state. */
  async restore(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<CdnWafPolicy> {
    return await this.action(id, "restore", options);
  }
}

// ---------------------------------------------------------------------------
// loadbalancing
// ---------------------------------------------------------------------------

/** A load balancer of the loadbalancing service, as the API returns it. */
interface LoadbalancingLoadBalancer {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the load balancer. */
  name: string;
  /** Free-form text shown in the console. */
  description?: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** Subnet the resource is attached to. */
  subnetId?: string;
  /** Reachable from the internet. */
  public?: boolean;
  /** Who may see the resource. */
  visibility?: string;
  /** Evaluation order, lowest first. */
  priority: number;
  /** Administrative state. */
  adminStateUp?: boolean;
  /** Operating mode. */
  mode: string;
  /** Contact for the resource. */
  ownerEmail?: string;
  /** Request timeout. */
  timeoutSeconds?: number;
  /** Arbitrary metadata. */
  metadata?: Record<string, string>;
  /** Refuse deletion while set. */
  deletionProtection?: boolean;
}

const LOADBALANCING_LOAD_BALANCER = register({
  kind: "loadbalancing.load_balancer",
  service: "loadbalancing",
  path: "/v3/loadbalancing/load-balancers",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the load balancer",
    },
    {
      name: "description",
      type: "string",
      required: false,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "subnet_id",
      type: "string",
      required: false,
      pattern: "^subnet-[0-9a-f]{12}$",
      description: "Subnet the resource is attached to",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
    {
      name: "visibility",
      type: "string",
      required: false,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "priority",
      type: "integer",
      required: true,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: false,
      description: "Administrative state",
    },
    {
      name: "mode",
      type: "string",
      required: true,
      choices: ["active", "passive", "standby"],
      description: "Operating mode",
    },
    {
      name: "owner_email",
      type: "string",
      required: false,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
    {
      name: "timeout_seconds",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3600,
      description: "Request timeout",
    },
    {
      name: "metadata",
      type: "map",
      required: false,
      description: "Arbitrary metadata",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: false,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeLoadbalancingLoadBalancer(
  raw: Record<string, unknown>,
): LoadbalancingLoadBalancer {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      LOADBALANCING_LOAD_BALANCER.statuses,
      "BUILD",
    ) as LoadbalancingLoadBalancer["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: typeof raw.description === "string"
      ? raw.description
      : undefined,
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    subnetId: typeof raw.subnet_id === "string" ? raw.subnet_id : undefined,
    public: typeof raw.public === "boolean" ? raw.public : undefined,
    visibility: typeof raw.visibility === "string" ? raw.visibility : undefined,
    priority: (typeof raw.priority === "number" ? raw.priority : undefined) ??
      0,
    adminStateUp: typeof raw.admin_state_up === "boolean"
      ? raw.admin_state_up
      : undefined,
    mode: String(raw.mode ?? ""),
    ownerEmail: typeof raw.owner_email === "string"
      ? raw.owner_email
      : undefined,
    timeoutSeconds: typeof raw.timeout_seconds === "number"
      ? raw.timeout_seconds
      : undefined,
    metadata: isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined,
    deletionProtection: typeof raw.deletion_protection === "boolean"
      ? raw.deletion_protection
      : undefined,
  };
}

function encodeLoadbalancingLoadBalancer(
  value: Partial<LoadbalancingLoadBalancer>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.subnetId !== undefined) body.subnet_id = value.subnetId;
  if (value.public !== undefined) body.public = value.public;
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.mode !== undefined) body.mode = value.mode;
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  if (value.timeoutSeconds !== undefined) {
    body.timeout_seconds = value.timeoutSeconds;
  }
  if (value.metadata !== undefined) body.metadata = value.metadata;
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on load balancers (`/v3/loadbalancing/load-balancers`). */
class LoadbalancingLoadBalancerService
  extends ResourceService<LoadbalancingLoadBalancer> {
  constructor(transport: Transport) {
    super(
      transport,
      LOADBALANCING_LOAD_BALANCER,
      "load_balancer",
      "load_balancers",
      decodeLoadbalancingLoadBalancer,
      encodeLoadbalancingLoadBalancer,
    );
  }

  /** Asks the API to resize a load balancer; answers with its new state. */
  async resize(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<LoadbalancingLoadBalancer> {
    return await this.action(id, "resize", options);
  }

  /** Asks the API to enable a load balancer; answers with its new state. */
  async enable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<LoadbalancingLoadBalancer> {
    return await this.action(id, "enable", options);
  }

  /** Asks the API to restore a load balancer; answers with its new state. */
  async restore(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<LoadbalancingLoadBalancer> {
    return await this.action(id, "restore", options);
  }
}

/** A listener of the loadbalancing service, as the API returns it. */
interface LoadbalancingListener {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the listener. */
  name: string;
  /** Region that hosts the resource. */
  region?: string;
  /** Owning project. */
  projectId?: string;
  /** Tags attached to the resource. */
  tags?: string[];
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** Size in gibibytes. */
  sizeGb?: number;
  /** IPv4 network in CIDR notation. */
  cidr?: string;
  /** Subnet the resource is attached to. */
  subnetId?: string;
  /** Reachable from the internet. */
  public?: boolean;
  /** Service tier. */
  tier?: string;
  /** Cron expression. */
  schedule?: string;
  /** Evaluation order, lowest first. */
  priority: number;
  /** Operating mode. */
  mode: string;
  /** Arbitrary metadata. */
  metadata?: Record<string, string>;
  /** Version of the engine or runtime. */
  version?: string;
}

const LOADBALANCING_LISTENER = register({
  kind: "loadbalancing.listener",
  service: "loadbalancing",
  path: "/v3/loadbalancing/listeners",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the listener",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "tags",
      type: "list",
      required: false,
      description: "Tags attached to the resource",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "size_gb",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "cidr",
      type: "string",
      required: false,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "subnet_id",
      type: "string",
      required: false,
      pattern: "^subnet-[0-9a-f]{12}$",
      description: "Subnet the resource is attached to",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
    {
      name: "tier",
      type: "string",
      required: false,
      choices: ["basic", "standard", "premium"],
      description: "Service tier",
    },
    {
      name: "schedule",
      type: "string",
      required: false,
      pattern: "^(\\S+\\s){4}\\S+$",
      description: "Cron expression",
    },
    {
      name: "priority",
      type: "integer",
      required: true,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "mode",
      type: "string",
      required: true,
      choices: ["active", "passive", "standby"],
      description: "Operating mode",
    },
    {
      name: "metadata",
      type: "map",
      required: false,
      description: "Arbitrary metadata",
    },
    {
      name: "version",
      type: "string",
      required: false,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
  ],
});

function decodeLoadbalancingListener(
  raw: Record<string, unknown>,
): LoadbalancingListener {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      LOADBALANCING_LISTENER.statuses,
      "BUILD",
    ) as LoadbalancingListener["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    region: typeof raw.region === "string" ? raw.region : undefined,
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    tags: Array.isArray(raw.tags) ? raw.tags.map(String) : undefined,
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    sizeGb: typeof raw.size_gb === "number" ? raw.size_gb : undefined,
    cidr: typeof raw.cidr === "string" ? raw.cidr : undefined,
    subnetId: typeof raw.subnet_id === "string" ? raw.subnet_id : undefined,
    public: typeof raw.public === "boolean" ? raw.public : undefined,
    tier: typeof raw.tier === "string" ? raw.tier : undefined,
    schedule: typeof raw.schedule === "string" ? raw.schedule : undefined,
    priority: (typeof raw.priority === "number" ? raw.priority : undefined) ??
      0,
    mode: String(raw.mode ?? ""),
    metadata: isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined,
    version: typeof raw.version === "string" ? raw.version : undefined,
  };
}

function encodeLoadbalancingListener(
  value: Partial<LoadbalancingListener>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.region !== undefined) body.region = value.region;
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.subnetId !== undefined) body.subnet_id = value.subnetId;
  if (value.public !== undefined) body.public = value.public;
  if (value.tier !== undefined) body.tier = value.tier;
  if (value.schedule !== undefined) body.schedule = value.schedule;
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.mode !== undefined) body.mode = value.mode;
  if (value.metadata !== undefined) body.metadata = value.metadata;
  if (value.version !== undefined) body.version = value.version;
  return body;
}

/** Operations on listeners (`/v3/loadbalancing/listeners`). */
class LoadbalancingListenerService
  extends ResourceService<LoadbalancingListener> {
  constructor(transport: Transport) {
    super(
      transport,
      LOADBALANCING_LISTENER,
      "listener",
      "listeners",
      decodeLoadbalancingListener,
      encodeLoadbalancingListener,
    );
  }

  /** Asks the API to start a listener; answers with its new state. */
  async start(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<LoadbalancingListener> {
    return await this.action(id, "start", options);
  }

  /** Asks the API to rotate a listener; answers with its new state. */
  async rotate(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<LoadbalancingListener> {
    return await this.action(id, "rotate", options);
  }
}

/** A target pool of the loadbalancing service, as the API returns it. */
interface LoadbalancingTargetPool {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the target pool. */
  name: string;
  /** Whether the resource is active. */
  enabled?: boolean;
  /** Size in gibibytes. */
  sizeGb?: number;
  /** Network protocol. */
  protocol?: string;
  /** Subnet the resource is attached to. */
  subnetId?: string;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Reachable from the internet. */
  public: boolean;
  /** URL the service calls. */
  endpointUrl?: string;
  /** Administrative state. */
  adminStateUp: boolean;
  /** Request timeout. */
  timeoutSeconds?: number;
  /** Networks allowed to connect. */
  allowedCidrs: string[];
  /** Refuse deletion while set. */
  deletionProtection?: boolean;
}

const LOADBALANCING_TARGET_POOL = register({
  kind: "loadbalancing.target_pool",
  service: "loadbalancing",
  path: "/v3/loadbalancing/target-pools",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the target pool",
    },
    {
      name: "enabled",
      type: "boolean",
      required: false,
      description: "Whether the resource is active",
    },
    {
      name: "size_gb",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "protocol",
      type: "string",
      required: false,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "subnet_id",
      type: "string",
      required: false,
      pattern: "^subnet-[0-9a-f]{12}$",
      description: "Subnet the resource is attached to",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "public",
      type: "boolean",
      required: true,
      description: "Reachable from the internet",
    },
    {
      name: "endpoint_url",
      type: "string",
      required: false,
      pattern: "^https?://",
      description: "URL the service calls",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: true,
      description: "Administrative state",
    },
    {
      name: "timeout_seconds",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3600,
      description: "Request timeout",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: true,
      description: "Networks allowed to connect",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: false,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeLoadbalancingTargetPool(
  raw: Record<string, unknown>,
): LoadbalancingTargetPool {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      LOADBALANCING_TARGET_POOL.statuses,
      "BUILD",
    ) as LoadbalancingTargetPool["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    enabled: typeof raw.enabled === "boolean" ? raw.enabled : undefined,
    sizeGb: typeof raw.size_gb === "number" ? raw.size_gb : undefined,
    protocol: typeof raw.protocol === "string" ? raw.protocol : undefined,
    subnetId: typeof raw.subnet_id === "string" ? raw.subnet_id : undefined,
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    public: (typeof raw.public === "boolean" ? raw.public : undefined) ?? false,
    endpointUrl: typeof raw.endpoint_url === "string"
      ? raw.endpoint_url
      : undefined,
    adminStateUp:
      (typeof raw.admin_state_up === "boolean"
        ? raw.admin_state_up
        : undefined) ?? false,
    timeoutSeconds: typeof raw.timeout_seconds === "number"
      ? raw.timeout_seconds
      : undefined,
    allowedCidrs:
      (Array.isArray(raw.allowed_cidrs)
        ? raw.allowed_cidrs.map(String)
        : undefined) ?? [],
    deletionProtection: typeof raw.deletion_protection === "boolean"
      ? raw.deletion_protection
      : undefined,
  };
}

function encodeLoadbalancingTargetPool(
  value: Partial<LoadbalancingTargetPool>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.enabled !== undefined) body.enabled = value.enabled;
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.subnetId !== undefined) body.subnet_id = value.subnetId;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.public !== undefined) body.public = value.public;
  if (value.endpointUrl !== undefined) body.endpoint_url = value.endpointUrl;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.timeoutSeconds !== undefined) {
    body.timeout_seconds = value.timeoutSeconds;
  }
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on target pools (`/v3/loadbalancing/target-pools`). */
class LoadbalancingTargetPoolService
  extends ResourceService<LoadbalancingTargetPool> {
  constructor(transport: Transport) {
    super(
      transport,
      LOADBALANCING_TARGET_POOL,
      "target_pool",
      "target_pools",
      decodeLoadbalancingTargetPool,
      encodeLoadbalancingTargetPool,
    );
  }

  /** Asks the API to reboot a target pool; answers with its new state. */
  async reboot(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<LoadbalancingTargetPool> {
    return await this.action(id, "reboot", options);
  }

  /** Asks the API to rotate a target pool; answers with its new state. */
  async rotate(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<LoadbalancingTargetPool> {
    return await this.action(id, "rotate", options);
  }

  /** Asks the API to disable a target pool; answers with its new state. */
  async disable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<LoadbalancingTargetPool> {
    return await this.action(id, "disable", options);
  }

  /** Asks the API to export a target pool; answers with its new state. */
  async export(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<LoadbalancingTargetPool> {
    return await this.action(id, "export", options);
  }
}

/** A member of the loadbalancing service, as the API returns it. */
interface LoadbalancingMember {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the member. */
  name: string;
  /** Free-form text shown in the console. */
  description?: string;
  /** Availability zone inside the region. */
  availabilityZone: string;
  /** Whether the resource is active. */
  enabled?: boolean;
  /** Lower bound for autoscaling. */
  minReplicas: number;
  /** Upper bound for autoscaling. */
  maxReplicas?: number;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** Reachable from the internet. */
  public: boolean;
  /** Who may see the resource. */
  visibility: string;
  /** URL the service calls. */
  endpointUrl: string;
  /** Contact for the resource. */
  ownerEmail?: string;
  /** Refuse deletion while set. */
  deletionProtection?: boolean;
}

const LOADBALANCING_MEMBER = register({
  kind: "loadbalancing.member",
  service: "loadbalancing",
  path: "/v3/loadbalancing/members",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the member",
    },
    {
      name: "description",
      type: "string",
      required: false,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "availability_zone",
      type: "string",
      required: true,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "enabled",
      type: "boolean",
      required: false,
      description: "Whether the resource is active",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: true,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "public",
      type: "boolean",
      required: true,
      description: "Reachable from the internet",
    },
    {
      name: "visibility",
      type: "string",
      required: true,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "endpoint_url",
      type: "string",
      required: true,
      pattern: "^https?://",
      description: "URL the service calls",
    },
    {
      name: "owner_email",
      type: "string",
      required: false,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: false,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeLoadbalancingMember(
  raw: Record<string, unknown>,
): LoadbalancingMember {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      LOADBALANCING_MEMBER.statuses,
      "BUILD",
    ) as LoadbalancingMember["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: typeof raw.description === "string"
      ? raw.description
      : undefined,
    availabilityZone: String(raw.availability_zone ?? ""),
    enabled: typeof raw.enabled === "boolean" ? raw.enabled : undefined,
    minReplicas:
      (typeof raw.min_replicas === "number" ? raw.min_replicas : undefined) ??
        0,
    maxReplicas: typeof raw.max_replicas === "number"
      ? raw.max_replicas
      : undefined,
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    public: (typeof raw.public === "boolean" ? raw.public : undefined) ?? false,
    visibility: String(raw.visibility ?? ""),
    endpointUrl: String(raw.endpoint_url ?? ""),
    ownerEmail: typeof raw.owner_email === "string"
      ? raw.owner_email
      : undefined,
    deletionProtection: typeof raw.deletion_protection === "boolean"
      ? raw.deletion_protection
      : undefined,
  };
}

function encodeLoadbalancingMember(
  value: Partial<LoadbalancingMember>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.enabled !== undefined) body.enabled = value.enabled;
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.public !== undefined) body.public = value.public;
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.endpointUrl !== undefined) body.endpoint_url = value.endpointUrl;
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on members (`/v3/loadbalancing/members`). */
class LoadbalancingMemberService extends ResourceService<LoadbalancingMember> {
  constructor(transport: Transport) {
    super(
      transport,
      LOADBALANCING_MEMBER,
      "member",
      "members",
      decodeLoadbalancingMember,
      encodeLoadbalancingMember,
    );
  }

  /** Asks the API to stop a member; answers with its new state. */
  async stop(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<LoadbalancingMember> {
    return await this.action(id, "stop", options);
  }
}

/** A health monitor of the loadbalancing service, as the API returns it. */
interface LoadbalancingHealthMonitor {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the health monitor. */
  name: string;
  /** IPv4 network in CIDR notation. */
  cidr?: string;
  /** Days data is kept. */
  retentionDays?: number;
  /** Upper bound for autoscaling. */
  maxReplicas?: number;
  /** Who may see the resource. */
  visibility?: string;
  /** Administrative state. */
  adminStateUp?: boolean;
  /** Refuse deletion while set. */
  deletionProtection?: boolean;
}

const LOADBALANCING_HEALTH_MONITOR = register({
  kind: "loadbalancing.health_monitor",
  service: "loadbalancing",
  path: "/v3/loadbalancing/health-monitors",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the health monitor",
    },
    {
      name: "cidr",
      type: "string",
      required: false,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "retention_days",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3650,
      description: "Days data is kept",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "visibility",
      type: "string",
      required: false,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: false,
      description: "Administrative state",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: false,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeLoadbalancingHealthMonitor(
  raw: Record<string, unknown>,
): LoadbalancingHealthMonitor {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      LOADBALANCING_HEALTH_MONITOR.statuses,
      "BUILD",
    ) as LoadbalancingHealthMonitor["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    cidr: typeof raw.cidr === "string" ? raw.cidr : undefined,
    retentionDays: typeof raw.retention_days === "number"
      ? raw.retention_days
      : undefined,
    maxReplicas: typeof raw.max_replicas === "number"
      ? raw.max_replicas
      : undefined,
    visibility: typeof raw.visibility === "string" ? raw.visibility : undefined,
    adminStateUp: typeof raw.admin_state_up === "boolean"
      ? raw.admin_state_up
      : undefined,
    deletionProtection: typeof raw.deletion_protection === "boolean"
      ? raw.deletion_protection
      : undefined,
  };
}

function encodeLoadbalancingHealthMonitor(
  value: Partial<LoadbalancingHealthMonitor>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.retentionDays !== undefined) {
    body.retention_days = value.retentionDays;
  }
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on health monitors (`/v3/loadbalancing/health-monitors`). */
class LoadbalancingHealthMonitorService
  extends ResourceService<LoadbalancingHealthMonitor> {
  constructor(transport: Transport) {
    super(
      transport,
      LOADBALANCING_HEALTH_MONITOR,
      "health_monitor",
      "health_monitors",
      decodeLoadbalancingHealthMonitor,
      encodeLoadbalancingHealthMonitor,
    );
  }

  /** Asks the API to start a health monitor; answers with its new state. */
  async start(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<LoadbalancingHealthMonitor> {
    return await this.action(id, "start", options);
  }

  /** Asks the API to reboot a health monitor; answers with its new state. */
  async reboot(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<LoadbalancingHealthMonitor> {
    return await this.action(id, "reboot", options);
  }
}

/** A l7 policy of the loadbalancing service, as the API returns it. */
interface LoadbalancingL7Policy {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the l7 policy. */
  name: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** Owning project. */
  projectId?: string;
  /** Tags attached to the resource. */
  tags?: string[];
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** IPv4 network in CIDR notation. */
  cidr?: string;
  /** Subnet the resource is attached to. */
  subnetId?: string;
  /** Administrative state. */
  adminStateUp?: boolean;
  /** Request timeout. */
  timeoutSeconds?: number;
  /** Version of the engine or runtime. */
  version?: string;
}

const LOADBALANCING_L7_POLICY = register({
  kind: "loadbalancing.l7_policy",
  service: "loadbalancing",
  path: "/v3/loadbalancing/l7-policies",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the l7 policy",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "tags",
      type: "list",
      required: false,
      description: "Tags attached to the resource",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "cidr",
      type: "string",
      required: false,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "subnet_id",
      type: "string",
      required: false,
      pattern: "^subnet-[0-9a-f]{12}$",
      description: "Subnet the resource is attached to",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: false,
      description: "Administrative state",
    },
    {
      name: "timeout_seconds",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3600,
      description: "Request timeout",
    },
    {
      name: "version",
      type: "string",
      required: false,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
  ],
});

function decodeLoadbalancingL7Policy(
  raw: Record<string, unknown>,
): LoadbalancingL7Policy {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      LOADBALANCING_L7_POLICY.statuses,
      "BUILD",
    ) as LoadbalancingL7Policy["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    tags: Array.isArray(raw.tags) ? raw.tags.map(String) : undefined,
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    cidr: typeof raw.cidr === "string" ? raw.cidr : undefined,
    subnetId: typeof raw.subnet_id === "string" ? raw.subnet_id : undefined,
    adminStateUp: typeof raw.admin_state_up === "boolean"
      ? raw.admin_state_up
      : undefined,
    timeoutSeconds: typeof raw.timeout_seconds === "number"
      ? raw.timeout_seconds
      : undefined,
    version: typeof raw.version === "string" ? raw.version : undefined,
  };
}

function encodeLoadbalancingL7Policy(
  value: Partial<LoadbalancingL7Policy>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.subnetId !== undefined) body.subnet_id = value.subnetId;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.timeoutSeconds !== undefined) {
    body.timeout_seconds = value.timeoutSeconds;
  }
  if (value.version !== undefined) body.version = value.version;
  return body;
}

/** Operations on l7 policies (`/v3/loadbalancing/l7-policies`). */
class LoadbalancingL7PolicyService
  extends ResourceService<LoadbalancingL7Policy> {
  constructor(transport: Transport) {
    super(
      transport,
      LOADBALANCING_L7_POLICY,
      "l7_policy",
      "l7_policies",
      decodeLoadbalancingL7Policy,
      encodeLoadbalancingL7Policy,
    );
  }

  /** Asks the API to enable a l7 policy; answers with its new state. */
  async enable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<LoadbalancingL7Policy> {
    return await this.action(id, "enable", options);
  }

  /** Asks the API to restore a l7 policy; answers with its new state. */
  async restore(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<LoadbalancingL7Policy> {
    return await this.action(id, "restore", options);
  }
}

// ---------------------------------------------------------------------------
// backup
// ---------------------------------------------------------------------------

/** A backup plan of the backup service, as the API returns it. */
interface BackupBackupPlan {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the backup plan. */
  name: string;
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** IPv4 network in CIDR notation. */
  cidr?: string;
  /** Key used to encrypt data at rest. */
  encryptionKeyId: string;
  /** Reachable from the internet. */
  public?: boolean;
  /** Who may see the resource. */
  visibility?: string;
  /** Service tier. */
  tier?: string;
  /** Evaluation order, lowest first. */
  priority?: number;
  /** Administrative state. */
  adminStateUp?: boolean;
  /** Operating mode. */
  mode?: string;
  /** Contact for the resource. */
  ownerEmail?: string;
  /** Refuse deletion while set. */
  deletionProtection?: boolean;
}

const BACKUP_BACKUP_PLAN = register({
  kind: "backup.backup_plan",
  service: "backup",
  path: "/v2/backup/backup-plans",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the backup plan",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "cidr",
      type: "string",
      required: false,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: true,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
    {
      name: "visibility",
      type: "string",
      required: false,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "tier",
      type: "string",
      required: false,
      choices: ["basic", "standard", "premium"],
      description: "Service tier",
    },
    {
      name: "priority",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: false,
      description: "Administrative state",
    },
    {
      name: "mode",
      type: "string",
      required: false,
      choices: ["active", "passive", "standby"],
      description: "Operating mode",
    },
    {
      name: "owner_email",
      type: "string",
      required: false,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: false,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeBackupBackupPlan(
  raw: Record<string, unknown>,
): BackupBackupPlan {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      BACKUP_BACKUP_PLAN.statuses,
      "BUILD",
    ) as BackupBackupPlan["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    cidr: typeof raw.cidr === "string" ? raw.cidr : undefined,
    encryptionKeyId: String(raw.encryption_key_id ?? ""),
    public: typeof raw.public === "boolean" ? raw.public : undefined,
    visibility: typeof raw.visibility === "string" ? raw.visibility : undefined,
    tier: typeof raw.tier === "string" ? raw.tier : undefined,
    priority: typeof raw.priority === "number" ? raw.priority : undefined,
    adminStateUp: typeof raw.admin_state_up === "boolean"
      ? raw.admin_state_up
      : undefined,
    mode: typeof raw.mode === "string" ? raw.mode : undefined,
    ownerEmail: typeof raw.owner_email === "string"
      ? raw.owner_email
      : undefined,
    deletionProtection: typeof raw.deletion_protection === "boolean"
      ? raw.deletion_protection
      : undefined,
  };
}

function encodeBackupBackupPlan(
  value: Partial<BackupBackupPlan>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.public !== undefined) body.public = value.public;
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.tier !== undefined) body.tier = value.tier;
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.mode !== undefined) body.mode = value.mode;
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on backup plans (`/v2/backup/backup-plans`). */
class BackupBackupPlanService extends ResourceService<BackupBackupPlan> {
  constructor(transport: Transport) {
    super(
      transport,
      BACKUP_BACKUP_PLAN,
      "backup_plan",
      "backup_plans",
      decodeBackupBackupPlan,
      encodeBackupBackupPlan,
    );
  }

  /** Asks the API to stop a backup plan; answers with its new state. */
  async stop(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<BackupBackupPlan> {
    return await this.action(id, "stop", options);
  }

  /** Asks the API to reboot a backup plan; answers with its new state. */
  async reboot(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<BackupBackupPlan> {
    return await this.action(id, "reboot", options);
  }

  /** Asks the API to restore a backup plan; answers with its new state. */
  async restore(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<BackupBackupPlan> {
    return await this.action(id, "restore", options);
  }
}

/** A backup job of the backup service, as the API returns it. */
interface BackupBackupJob {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the backup job. */
  name: string;
  /** Region that hosts the resource. */
  region?: string;
  /** Owning project. */
  projectId?: string;
  /** Tags attached to the resource. */
  tags: string[];
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** Whether the resource is active. */
  enabled?: boolean;
  /** Size in gibibytes. */
  sizeGb?: number;
  /** Network protocol. */
  protocol: string;
  /** Network the resource is attached to. */
  networkId?: string;
  /** Subnet the resource is attached to. */
  subnetId?: string;
  /** Lower bound for autoscaling. */
  minReplicas?: number;
  /** Cron expression. */
  schedule: string;
  /** URL the service calls. */
  endpointUrl?: string;
  /** Administrative state. */
  adminStateUp?: boolean;
  /** Arbitrary metadata. */
  metadata?: Record<string, string>;
}

const BACKUP_BACKUP_JOB = register({
  kind: "backup.backup_job",
  service: "backup",
  path: "/v2/backup/backup-jobs",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the backup job",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "tags",
      type: "list",
      required: true,
      description: "Tags attached to the resource",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "enabled",
      type: "boolean",
      required: false,
      description: "Whether the resource is active",
    },
    {
      name: "size_gb",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "protocol",
      type: "string",
      required: true,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "network_id",
      type: "string",
      required: false,
      pattern: "^net-[0-9a-f]{12}$",
      description: "Network the resource is attached to",
    },
    {
      name: "subnet_id",
      type: "string",
      required: false,
      pattern: "^subnet-[0-9a-f]{12}$",
      description: "Subnet the resource is attached to",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "schedule",
      type: "string",
      required: true,
      pattern: "^(\\S+\\s){4}\\S+$",
      description: "Cron expression",
    },
    {
      name: "endpoint_url",
      type: "string",
      required: false,
      pattern: "^https?://",
      description: "URL the service calls",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: false,
      description: "Administrative state",
    },
    {
      name: "metadata",
      type: "map",
      required: false,
      description: "Arbitrary metadata",
    },
  ],
});

function decodeBackupBackupJob(raw: Record<string, unknown>): BackupBackupJob {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      BACKUP_BACKUP_JOB.statuses,
      "BUILD",
    ) as BackupBackupJob["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    region: typeof raw.region === "string" ? raw.region : undefined,
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    tags: (Array.isArray(raw.tags) ? raw.tags.map(String) : undefined) ?? [],
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    enabled: typeof raw.enabled === "boolean" ? raw.enabled : undefined,
    sizeGb: typeof raw.size_gb === "number" ? raw.size_gb : undefined,
    protocol: String(raw.protocol ?? ""),
    networkId: typeof raw.network_id === "string" ? raw.network_id : undefined,
    subnetId: typeof raw.subnet_id === "string" ? raw.subnet_id : undefined,
    minReplicas: typeof raw.min_replicas === "number"
      ? raw.min_replicas
      : undefined,
    schedule: String(raw.schedule ?? ""),
    endpointUrl: typeof raw.endpoint_url === "string"
      ? raw.endpoint_url
      : undefined,
    adminStateUp: typeof raw.admin_state_up === "boolean"
      ? raw.admin_state_up
      : undefined,
    metadata: isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined,
  };
}

function encodeBackupBackupJob(
  value: Partial<BackupBackupJob>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.region !== undefined) body.region = value.region;
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.enabled !== undefined) body.enabled = value.enabled;
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.networkId !== undefined) body.network_id = value.networkId;
  if (value.subnetId !== undefined) body.subnet_id = value.subnetId;
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.schedule !== undefined) body.schedule = value.schedule;
  if (value.endpointUrl !== undefined) body.endpoint_url = value.endpointUrl;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.metadata !== undefined) body.metadata = value.metadata;
  return body;
}

/** Operations on backup jobs (`/v2/backup/backup-jobs`). */
class BackupBackupJobService extends ResourceService<BackupBackupJob> {
  constructor(transport: Transport) {
    super(
      transport,
      BACKUP_BACKUP_JOB,
      "backup_job",
      "backup_jobs",
      decodeBackupBackupJob,
      encodeBackupBackupJob,
    );
  }
}

/** A restore job of the backup service, as the API returns it. */
interface BackupRestoreJob {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the restore job. */
  name: string;
  /** Region that hosts the resource. */
  region?: string;
  /** Owning project. */
  projectId?: string;
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** Whether the resource is active. */
  enabled?: boolean;
  /** TCP or UDP port. */
  port?: number;
  /** Cron expression. */
  schedule?: string;
  /** URL the service calls. */
  endpointUrl?: string;
}

const BACKUP_RESTORE_JOB = register({
  kind: "backup.restore_job",
  service: "backup",
  path: "/v2/backup/restore-jobs",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the restore job",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "enabled",
      type: "boolean",
      required: false,
      description: "Whether the resource is active",
    },
    {
      name: "port",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65535,
      description: "TCP or UDP port",
    },
    {
      name: "schedule",
      type: "string",
      required: false,
      pattern: "^(\\S+\\s){4}\\S+$",
      description: "Cron expression",
    },
    {
      name: "endpoint_url",
      type: "string",
      required: false,
      pattern: "^https?://",
      description: "URL the service calls",
    },
  ],
});

function decodeBackupRestoreJob(
  raw: Record<string, unknown>,
): BackupRestoreJob {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      BACKUP_RESTORE_JOB.statuses,
      "BUILD",
    ) as BackupRestoreJob["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    region: typeof raw.region === "string" ? raw.region : undefined,
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    enabled: typeof raw.enabled === "boolean" ? raw.enabled : undefined,
    port: typeof raw.port === "number" ? raw.port : undefined,
    schedule: typeof raw.schedule === "string" ? raw.schedule : undefined,
    endpointUrl: typeof raw.endpoint_url === "string"
      ? raw.endpoint_url
      : undefined,
  };
}

function encodeBackupRestoreJob(
  value: Partial<BackupRestoreJob>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.region !== undefined) body.region = value.region;
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.enabled !== undefined) body.enabled = value.enabled;
  if (value.port !== undefined) body.port = value.port;
  if (value.schedule !== undefined) body.schedule = value.schedule;
  if (value.endpointUrl !== undefined) body.endpoint_url = value.endpointUrl;
  return body;
}

/** Operations on restore jobs (`/v2/backup/restore-jobs`). */
class BackupRestoreJobService extends ResourceService<BackupRestoreJob> {
  constructor(transport: Transport) {
    super(
      transport,
      BACKUP_RESTORE_JOB,
      "restore_job",
      "restore_jobs",
      decodeBackupRestoreJob,
      encodeBackupRestoreJob,
    );
  }

  /** Asks the API to reboot a restore job; answers with its new state. */
  async reboot(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<BackupRestoreJob> {
    return await this.action(id, "reboot", options);
  }

  /** Asks the API to rotate a restore job; answers with its new state. */
  async rotate(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<BackupRestoreJob> {
    return await this.action(id, "rotate", options);
  }

  /** Asks the API to refresh a restore job; answers with its new state. */
  async refresh(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<BackupRestoreJob> {
    return await this.action(id, "refresh", options);
  }
}

/** A recovery point of the backup service, as the API returns it. */
interface BackupRecoveryPoint {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the recovery point. */
  name: string;
  /** Size in gibibytes. */
  sizeGb?: number;
  /** TCP or UDP port. */
  port?: number;
  /** IPv4 network in CIDR notation. */
  cidr?: string;
  /** Network the resource is attached to. */
  networkId?: string;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** Reachable from the internet. */
  public: boolean;
}

const BACKUP_RECOVERY_POINT = register({
  kind: "backup.recovery_point",
  service: "backup",
  path: "/v2/backup/recovery-points",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the recovery point",
    },
    {
      name: "size_gb",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "port",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65535,
      description: "TCP or UDP port",
    },
    {
      name: "cidr",
      type: "string",
      required: false,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "network_id",
      type: "string",
      required: false,
      pattern: "^net-[0-9a-f]{12}$",
      description: "Network the resource is attached to",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "public",
      type: "boolean",
      required: true,
      description: "Reachable from the internet",
    },
  ],
});

function decodeBackupRecoveryPoint(
  raw: Record<string, unknown>,
): BackupRecoveryPoint {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      BACKUP_RECOVERY_POINT.statuses,
      "BUILD",
    ) as BackupRecoveryPoint["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    sizeGb: typeof raw.size_gb === "number" ? raw.size_gb : undefined,
    port: typeof raw.port === "number" ? raw.port : undefined,
    cidr: typeof raw.cidr === "string" ? raw.cidr : undefined,
    networkId: typeof raw.network_id === "string" ? raw.network_id : undefined,
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    public: (typeof raw.public === "boolean" ? raw.public : undefined) ?? false,
  };
}

function encodeBackupRecoveryPoint(
  value: Partial<BackupRecoveryPoint>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.port !== undefined) body.port = value.port;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.networkId !== undefined) body.network_id = value.networkId;
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.public !== undefined) body.public = value.public;
  return body;
}

/** Operations on recovery points (`/v2/backup/recovery-points`). */
class BackupRecoveryPointService extends ResourceService<BackupRecoveryPoint> {
  constructor(transport: Transport) {
    super(
      transport,
      BACKUP_RECOVERY_POINT,
      "recovery_point",
      "recovery_points",
      decodeBackupRecoveryPoint,
      encodeBackupRecoveryPoint,
    );
  }

  /** Asks the API to enable a recovery point; answers with its new state. */
  async enable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<BackupRecoveryPoint> {
    return await this.action(id, "enable", options);
  }
}

/** A vault lock of the backup service, as the API returns it. */
interface BackupVaultLock {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the vault lock. */
  name: string;
  /** Free-form text shown in the console. */
  description?: string;
  /** Region that hosts the resource. */
  region?: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** TCP or UDP port. */
  port?: number;
  /** IPv4 network in CIDR notation. */
  cidr: string;
  /** Upper bound for autoscaling. */
  maxReplicas?: number;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Service tier. */
  tier?: string;
  /** Operating mode. */
  mode?: string;
  /** Contact for the resource. */
  ownerEmail?: string;
  /** Networks allowed to connect. */
  allowedCidrs: string[];
  /** Version of the engine or runtime. */
  version?: string;
}

const BACKUP_VAULT_LOCK = register({
  kind: "backup.vault_lock",
  service: "backup",
  path: "/v2/backup/vault-locks",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the vault lock",
    },
    {
      name: "description",
      type: "string",
      required: false,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "port",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65535,
      description: "TCP or UDP port",
    },
    {
      name: "cidr",
      type: "string",
      required: true,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "tier",
      type: "string",
      required: false,
      choices: ["basic", "standard", "premium"],
      description: "Service tier",
    },
    {
      name: "mode",
      type: "string",
      required: false,
      choices: ["active", "passive", "standby"],
      description: "Operating mode",
    },
    {
      name: "owner_email",
      type: "string",
      required: false,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: true,
      description: "Networks allowed to connect",
    },
    {
      name: "version",
      type: "string",
      required: false,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
  ],
});

function decodeBackupVaultLock(raw: Record<string, unknown>): BackupVaultLock {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      BACKUP_VAULT_LOCK.statuses,
      "BUILD",
    ) as BackupVaultLock["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: typeof raw.description === "string"
      ? raw.description
      : undefined,
    region: typeof raw.region === "string" ? raw.region : undefined,
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    port: typeof raw.port === "number" ? raw.port : undefined,
    cidr: String(raw.cidr ?? ""),
    maxReplicas: typeof raw.max_replicas === "number"
      ? raw.max_replicas
      : undefined,
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    tier: typeof raw.tier === "string" ? raw.tier : undefined,
    mode: typeof raw.mode === "string" ? raw.mode : undefined,
    ownerEmail: typeof raw.owner_email === "string"
      ? raw.owner_email
      : undefined,
    allowedCidrs:
      (Array.isArray(raw.allowed_cidrs)
        ? raw.allowed_cidrs.map(String)
        : undefined) ?? [],
    version: typeof raw.version === "string" ? raw.version : undefined,
  };
}

function encodeBackupVaultLock(
  value: Partial<BackupVaultLock>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.region !== undefined) body.region = value.region;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.port !== undefined) body.port = value.port;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.tier !== undefined) body.tier = value.tier;
  if (value.mode !== undefined) body.mode = value.mode;
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  if (value.version !== undefined) body.version = value.version;
  return body;
}

/** Operations on vault locks (`/v2/backup/vault-locks`). */
class BackupVaultLockService extends ResourceService<BackupVaultLock> {
  constructor(transport: Transport) {
    super(
      transport,
      BACKUP_VAULT_LOCK,
      "vault_lock",
      "vault_locks",
      decodeBackupVaultLock,
      encodeBackupVaultLock,
    );
  }

  /** Asks the API to start a vault lock; answers with its new state. */
  async start(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<BackupVaultLock> {
    return await this.action(id, "start", options);
  }

  /** Asks the API to stop a vault lock; answers with its new state. */
  async stop(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<BackupVaultLock> {
    return await this.action(id, "stop", options);
  }

  /** Asks the API to reboot a vault lock; answers with its new state. */
  async reboot(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<BackupVaultLock> {
    return await this.action(id, "reboot", options);
  }

  /** Asks the API to enable a vault lock; answers with its new state. */
  async enable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<BackupVaultLock> {
    return await this.action(id, "enable", options);
  }

  /** Asks the API to export a vault lock; answers with its new state. */
  async export(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<BackupVaultLock> {
    return await this.action(id, "export", options);
  }
}

/** A backup selection of the backup service, as the API returns it. */
interface BackupBackupSelection {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the backup selection. */
  name: string;
  /** Region that hosts the resource. */
  region?: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** Owning project. */
  projectId?: string;
  /** Tags attached to the resource. */
  tags: string[];
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** Subnet the resource is attached to. */
  subnetId?: string;
  /** Upper bound for autoscaling. */
  maxReplicas?: number;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Reachable from the internet. */
  public?: boolean;
  /** Service tier. */
  tier: string;
  /** URL the service calls. */
  endpointUrl?: string;
  /** Operating mode. */
  mode?: string;
  /** Networks allowed to connect. */
  allowedCidrs?: string[];
}

const BACKUP_BACKUP_SELECTION = register({
  kind: "backup.backup_selection",
  service: "backup",
  path: "/v2/backup/backup-selections",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the backup selection",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "tags",
      type: "list",
      required: true,
      description: "Tags attached to the resource",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "subnet_id",
      type: "string",
      required: false,
      pattern: "^subnet-[0-9a-f]{12}$",
      description: "Subnet the resource is attached to",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
    {
      name: "tier",
      type: "string",
      required: true,
      choices: ["basic", "standard", "premium"],
      description: "Service tier",
    },
    {
      name: "endpoint_url",
      type: "string",
      required: false,
      pattern: "^https?://",
      description: "URL the service calls",
    },
    {
      name: "mode",
      type: "string",
      required: false,
      choices: ["active", "passive", "standby"],
      description: "Operating mode",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: false,
      description: "Networks allowed to connect",
    },
  ],
});

function decodeBackupBackupSelection(
  raw: Record<string, unknown>,
): BackupBackupSelection {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      BACKUP_BACKUP_SELECTION.statuses,
      "BUILD",
    ) as BackupBackupSelection["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    region: typeof raw.region === "string" ? raw.region : undefined,
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    tags: (Array.isArray(raw.tags) ? raw.tags.map(String) : undefined) ?? [],
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    subnetId: typeof raw.subnet_id === "string" ? raw.subnet_id : undefined,
    maxReplicas: typeof raw.max_replicas === "number"
      ? raw.max_replicas
      : undefined,
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    public: typeof raw.public === "boolean" ? raw.public : undefined,
    tier: String(raw.tier ?? ""),
    endpointUrl: typeof raw.endpoint_url === "string"
      ? raw.endpoint_url
      : undefined,
    mode: typeof raw.mode === "string" ? raw.mode : undefined,
    allowedCidrs: Array.isArray(raw.allowed_cidrs)
      ? raw.allowed_cidrs.map(String)
      : undefined,
  };
}

function encodeBackupBackupSelection(
  value: Partial<BackupBackupSelection>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.region !== undefined) body.region = value.region;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.subnetId !== undefined) body.subnet_id = value.subnetId;
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.public !== undefined) body.public = value.public;
  if (value.tier !== undefined) body.tier = value.tier;
  if (value.endpointUrl !== undefined) body.endpoint_url = value.endpointUrl;
  if (value.mode !== undefined) body.mode = value.mode;
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  return body;
}

/** Operations on backup selections (`/v2/backup/backup-selections`). */
class BackupBackupSelectionService
  extends ResourceService<BackupBackupSelection> {
  constructor(transport: Transport) {
    super(
      transport,
      BACKUP_BACKUP_SELECTION,
      "backup_selection",
      "backup_selections",
      decodeBackupBackupSelection,
      encodeBackupBackupSelection,
    );
  }

  /** Asks the API to resize a backup selection; answers with its new state. */
  async resize(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<BackupBackupSelection> {
    return await this.action(id, "resize", options);
  }

  /** Asks the API to rotate a backup selection; answers with its new state. */
  async rotate(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<BackupBackupSelection> {
    return await this.action(id, "rotate", options);
  }

  /** Asks the API to disable a backup selection; answers with its new state. */
  async disable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<BackupBackupSelection> {
    return await this.action(id, "disable", options);
  }
}

// ---------------------------------------------------------------------------
// billing
// ---------------------------------------------------------------------------

/** An account of the billing service, as the API returns it. */
interface BillingAccount {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the account. */
  name: string;
  /** Free-form text shown in the console. */
  description?: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** TCP or UDP port. */
  port?: number;
  /** Network protocol. */
  protocol?: string;
  /** Network the resource is attached to. */
  networkId?: string;
  /** Lower bound for autoscaling. */
  minReplicas?: number;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Reachable from the internet. */
  public?: boolean;
  /** Service tier. */
  tier?: string;
  /** Evaluation order, lowest first. */
  priority?: number;
  /** Contact for the resource. */
  ownerEmail: string;
  /** Arbitrary metadata. */
  metadata?: Record<string, string>;
  /** Version of the engine or runtime. */
  version?: string;
  /** Refuse deletion while set. */
  deletionProtection?: boolean;
}

const BILLING_ACCOUNT = register({
  kind: "billing.account",
  service: "billing",
  path: "/v3/billing/accounts",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the account",
    },
    {
      name: "description",
      type: "string",
      required: false,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "port",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65535,
      description: "TCP or UDP port",
    },
    {
      name: "protocol",
      type: "string",
      required: false,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "network_id",
      type: "string",
      required: false,
      pattern: "^net-[0-9a-f]{12}$",
      description: "Network the resource is attached to",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
    {
      name: "tier",
      type: "string",
      required: false,
      choices: ["basic", "standard", "premium"],
      description: "Service tier",
    },
    {
      name: "priority",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "owner_email",
      type: "string",
      required: true,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
    {
      name: "metadata",
      type: "map",
      required: false,
      description: "Arbitrary metadata",
    },
    {
      name: "version",
      type: "string",
      required: false,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: false,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeBillingAccount(raw: Record<string, unknown>): BillingAccount {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      BILLING_ACCOUNT.statuses,
      "BUILD",
    ) as BillingAccount["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: typeof raw.description === "string"
      ? raw.description
      : undefined,
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    port: typeof raw.port === "number" ? raw.port : undefined,
    protocol: typeof raw.protocol === "string" ? raw.protocol : undefined,
    networkId: typeof raw.network_id === "string" ? raw.network_id : undefined,
    minReplicas: typeof raw.min_replicas === "number"
      ? raw.min_replicas
      : undefined,
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    public: typeof raw.public === "boolean" ? raw.public : undefined,
    tier: typeof raw.tier === "string" ? raw.tier : undefined,
    priority: typeof raw.priority === "number" ? raw.priority : undefined,
    ownerEmail: String(raw.owner_email ?? ""),
    metadata: isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined,
    version: typeof raw.version === "string" ? raw.version : undefined,
    deletionProtection: typeof raw.deletion_protection === "boolean"
      ? raw.deletion_protection
      : undefined,
  };
}

function encodeBillingAccount(
  value: Partial<BillingAccount>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.port !== undefined) body.port = value.port;
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.networkId !== undefined) body.network_id = value.networkId;
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.public !== undefined) body.public = value.public;
  if (value.tier !== undefined) body.tier = value.tier;
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  if (value.metadata !== undefined) body.metadata = value.metadata;
  if (value.version !== undefined) body.version = value.version;
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on accounts (`/v3/billing/accounts`). */
class BillingAccountService extends ResourceService<BillingAccount> {
  constructor(transport: Transport) {
    super(
      transport,
      BILLING_ACCOUNT,
      "account",
      "accounts",
      decodeBillingAccount,
      encodeBillingAccount,
    );
  }

  /** Asks the API to resize an account; answers with its new state. */
  async resize(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<BillingAccount> {
    return await this.action(id, "resize", options);
  }

  /** Asks the API to export an account; answers with its new state. */
  async export(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<BillingAccount> {
    return await this.action(id, "export", options);
  }
}

/** A budget of the billing service, as the API returns it. */
interface BillingBudget {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the budget. */
  name: string;
  /** Free-form text shown in the console. */
  description: string;
  /** Owning project. */
  projectId?: string;
  /** TCP or UDP port. */
  port?: number;
  /** Upper bound for autoscaling. */
  maxReplicas: number;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Evaluation order, lowest first. */
  priority?: number;
  /** Contact for the resource. */
  ownerEmail: string;
  /** Networks allowed to connect. */
  allowedCidrs: string[];
  /** Version of the engine or runtime. */
  version?: string;
  /** Refuse deletion while set. */
  deletionProtection?: boolean;
}

const BILLING_BUDGET = register({
  kind: "billing.budget",
  service: "billing",
  path: "/v3/billing/budgets",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the budget",
    },
    {
      name: "description",
      type: "string",
      required: true,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "port",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65535,
      description: "TCP or UDP port",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: true,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "priority",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "owner_email",
      type: "string",
      required: true,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: true,
      description: "Networks allowed to connect",
    },
    {
      name: "version",
      type: "string",
      required: false,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: false,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeBillingBudget(raw: Record<string, unknown>): BillingBudget {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      BILLING_BUDGET.statuses,
      "BUILD",
    ) as BillingBudget["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: String(raw.description ?? ""),
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    port: typeof raw.port === "number" ? raw.port : undefined,
    maxReplicas:
      (typeof raw.max_replicas === "number" ? raw.max_replicas : undefined) ??
        0,
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    priority: typeof raw.priority === "number" ? raw.priority : undefined,
    ownerEmail: String(raw.owner_email ?? ""),
    allowedCidrs:
      (Array.isArray(raw.allowed_cidrs)
        ? raw.allowed_cidrs.map(String)
        : undefined) ?? [],
    version: typeof raw.version === "string" ? raw.version : undefined,
    deletionProtection: typeof raw.deletion_protection === "boolean"
      ? raw.deletion_protection
      : undefined,
  };
}

function encodeBillingBudget(
  value: Partial<BillingBudget>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.port !== undefined) body.port = value.port;
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  if (value.version !== undefined) body.version = value.version;
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on budgets (`/v3/billing/budgets`). */
class BillingBudgetService extends ResourceService<BillingBudget> {
  constructor(transport: Transport) {
    super(
      transport,
      BILLING_BUDGET,
      "budget",
      "budgets",
      decodeBillingBudget,
      encodeBillingBudget,
    );
  }

  /** Asks the API to start a budget; answers with its new state. */
  async start(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<BillingBudget> {
    return await this.action(id, "start", options);
  }

  /** Asks the API to enable a budget; answers with its new state. */
  async enable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<BillingBudget> {
    return await this.action(id, "enable", options);
  }
}

/** An invoice of the billing service, as the API returns it. */
interface BillingInvoice {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the invoice. */
  name: string;
  /** Owning project. */
  projectId?: string;
  /** Tags attached to the resource. */
  tags?: string[];
  /** TCP or UDP port. */
  port?: number;
  /** Network the resource is attached to. */
  networkId?: string;
  /** Days data is kept. */
  retentionDays?: number;
  /** Upper bound for autoscaling. */
  maxReplicas?: number;
  /** Cron expression. */
  schedule: string;
  /** Administrative state. */
  adminStateUp: boolean;
  /** Contact for the resource. */
  ownerEmail?: string;
  /** Request timeout. */
  timeoutSeconds?: number;
  /** Arbitrary metadata. */
  metadata?: Record<string, string>;
  /** Refuse deletion while set. */
  deletionProtection?: boolean;
}

const BILLING_INVOICE = register({
  kind: "billing.invoice",
  service: "billing",
  path: "/v3/billing/invoices",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the invoice",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "tags",
      type: "list",
      required: false,
      description: "Tags attached to the resource",
    },
    {
      name: "port",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65535,
      description: "TCP or UDP port",
    },
    {
      name: "network_id",
      type: "string",
      required: false,
      pattern: "^net-[0-9a-f]{12}$",
      description: "Network the resource is attached to",
    },
    {
      name: "retention_days",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3650,
      description: "Days data is kept",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "schedule",
      type: "string",
      required: true,
      pattern: "^(\\S+\\s){4}\\S+$",
      description: "Cron expression",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: true,
      description: "Administrative state",
    },
    {
      name: "owner_email",
      type: "string",
      required: false,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
    {
      name: "timeout_seconds",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3600,
      description: "Request timeout",
    },
    {
      name: "metadata",
      type: "map",
      required: false,
      description: "Arbitrary metadata",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: false,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeBillingInvoice(raw: Record<string, unknown>): BillingInvoice {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      BILLING_INVOICE.statuses,
      "BUILD",
    ) as BillingInvoice["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    tags: Array.isArray(raw.tags) ? raw.tags.map(String) : undefined,
    port: typeof raw.port === "number" ? raw.port : undefined,
    networkId: typeof raw.network_id === "string" ? raw.network_id : undefined,
    retentionDays: typeof raw.retention_days === "number"
      ? raw.retention_days
      : undefined,
    maxReplicas: typeof raw.max_replicas === "number"
      ? raw.max_replicas
      : undefined,
    schedule: String(raw.schedule ?? ""),
    adminStateUp:
      (typeof raw.admin_state_up === "boolean"
        ? raw.admin_state_up
        : undefined) ?? false,
    ownerEmail: typeof raw.owner_email === "string"
      ? raw.owner_email
      : undefined,
    timeoutSeconds: typeof raw.timeout_seconds === "number"
      ? raw.timeout_seconds
      : undefined,
    metadata: isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined,
    deletionProtection: typeof raw.deletion_protection === "boolean"
      ? raw.deletion_protection
      : undefined,
  };
}

function encodeBillingInvoice(
  value: Partial<BillingInvoice>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.port !== undefined) body.port = value.port;
  if (value.networkId !== undefined) body.network_id = value.networkId;
  if (value.retentionDays !== undefined) {
    body.retention_days = value.retentionDays;
  }
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.schedule !== undefined) body.schedule = value.schedule;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  if (value.timeoutSeconds !== undefined) {
    body.timeout_seconds = value.timeoutSeconds;
  }
  if (value.metadata !== undefined) body.metadata = value.metadata;
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on invoices (`/v3/billing/invoices`). */
class BillingInvoiceService extends ResourceService<BillingInvoice> {
  constructor(transport: Transport) {
    super(
      transport,
      BILLING_INVOICE,
      "invoice",
      "invoices",
      decodeBillingInvoice,
      encodeBillingInvoice,
    );
  }

  /** Asks the API to resize an invoice; answers with its new state. */
  async resize(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<BillingInvoice> {
    return await this.action(id, "resize", options);
  }

  /** Asks the API to enable an invoice; answers with its new state. */
  async enable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<BillingInvoice> {
    return await this.action(id, "enable", options);
  }

  /** Asks the API to export an invoice; answers with its new state. */
  async export(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<BillingInvoice> {
    return await this.action(id, "export", options);
  }
}

/** A cost report of the billing service, as the API returns it. */
interface BillingCostReport {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the cost report. */
  name: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** Tags attached to the resource. */
  tags?: string[];
  /** Whether the resource is active. */
  enabled?: boolean;
  /** Size in gibibytes. */
  sizeGb?: number;
  /** IPv4 network in CIDR notation. */
  cidr?: string;
  /** Days data is kept. */
  retentionDays?: number;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** URL the service calls. */
  endpointUrl?: string;
  /** Evaluation order, lowest first. */
  priority?: number;
  /** Operating mode. */
  mode?: string;
  /** Arbitrary metadata. */
  metadata?: Record<string, string>;
  /** Version of the engine or runtime. */
  version?: string;
  /** Refuse deletion while set. */
  deletionProtection?: boolean;
}

const BILLING_COST_REPORT = register({
  kind: "billing.cost_report",
  service: "billing",
  path: "/v3/billing/cost-reports",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the cost report",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "tags",
      type: "list",
      required: false,
      description: "Tags attached to the resource",
    },
    {
      name: "enabled",
      type: "boolean",
      required: false,
      description: "Whether the resource is active",
    },
    {
      name: "size_gb",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "cidr",
      type: "string",
      required: false,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "retention_days",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3650,
      description: "Days data is kept",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "endpoint_url",
      type: "string",
      required: false,
      pattern: "^https?://",
      description: "URL the service calls",
    },
    {
      name: "priority",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "mode",
      type: "string",
      required: false,
      choices: ["active", "passive", "standby"],
      description: "Operating mode",
    },
    {
      name: "metadata",
      type: "map",
      required: false,
      description: "Arbitrary metadata",
    },
    {
      name: "version",
      type: "string",
      required: false,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: false,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeBillingCostReport(
  raw: Record<string, unknown>,
): BillingCostReport {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      BILLING_COST_REPORT.statuses,
      "BUILD",
    ) as BillingCostReport["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    tags: Array.isArray(raw.tags) ? raw.tags.map(String) : undefined,
    enabled: typeof raw.enabled === "boolean" ? raw.enabled : undefined,
    sizeGb: typeof raw.size_gb === "number" ? raw.size_gb : undefined,
    cidr: typeof raw.cidr === "string" ? raw.cidr : undefined,
    retentionDays: typeof raw.retention_days === "number"
      ? raw.retention_days
      : undefined,
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    endpointUrl: typeof raw.endpoint_url === "string"
      ? raw.endpoint_url
      : undefined,
    priority: typeof raw.priority === "number" ? raw.priority : undefined,
    mode: typeof raw.mode === "string" ? raw.mode : undefined,
    metadata: isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined,
    version: typeof raw.version === "string" ? raw.version : undefined,
    deletionProtection: typeof raw.deletion_protection === "boolean"
      ? raw.deletion_protection
      : undefined,
  };
}

function encodeBillingCostReport(
  value: Partial<BillingCostReport>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.enabled !== undefined) body.enabled = value.enabled;
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.retentionDays !== undefined) {
    body.retention_days = value.retentionDays;
  }
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.endpointUrl !== undefined) body.endpoint_url = value.endpointUrl;
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.mode !== undefined) body.mode = value.mode;
  if (value.metadata !== undefined) body.metadata = value.metadata;
  if (value.version !== undefined) body.version = value.version;
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on cost reports (`/v3/billing/cost-reports`). */
class BillingCostReportService extends ResourceService<BillingCostReport> {
  constructor(transport: Transport) {
    super(
      transport,
      BILLING_COST_REPORT,
      "cost_report",
      "cost_reports",
      decodeBillingCostReport,
      encodeBillingCostReport,
    );
  }

  /** Asks the API to restore a cost report; answers with its new state. */
  async restore(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<BillingCostReport> {
    return await this.action(id, "restore", options);
  }

  /** Asks the API to refresh a cost report; answers with its new state. */
  async refresh(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<BillingCostReport> {
    return await this.action(id, "refresh", options);
  }
}

/** A price list of the billing service, as the API returns it. */
interface BillingPriceList {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the price list. */
  name: string;
  /** Free-form text shown in the console. */
  description?: string;
  /** Tags attached to the resource. */
  tags?: string[];
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** Lower bound for autoscaling. */
  minReplicas?: number;
  /** Upper bound for autoscaling. */
  maxReplicas?: number;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** Reachable from the internet. */
  public?: boolean;
  /** Evaluation order, lowest first. */
  priority?: number;
  /** Request timeout. */
  timeoutSeconds?: number;
  /** Version of the engine or runtime. */
  version?: string;
}

const BILLING_PRICE_LIST = register({
  kind: "billing.price_list",
  service: "billing",
  path: "/v3/billing/price-lists",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the price list",
    },
    {
      name: "description",
      type: "string",
      required: false,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "tags",
      type: "list",
      required: false,
      description: "Tags attached to the resource",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
    {
      name: "priority",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "timeout_seconds",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3600,
      description: "Request timeout",
    },
    {
      name: "version",
      type: "string",
      required: false,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
  ],
});

function decodeBillingPriceList(
  raw: Record<string, unknown>,
): BillingPriceList {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      BILLING_PRICE_LIST.statuses,
      "BUILD",
    ) as BillingPriceList["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: typeof raw.description === "string"
      ? raw.description
      : undefined,
    tags: Array.isArray(raw.tags) ? raw.tags.map(String) : undefined,
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    minReplicas: typeof raw.min_replicas === "number"
      ? raw.min_replicas
      : undefined,
    maxReplicas: typeof raw.max_replicas === "number"
      ? raw.max_replicas
      : undefined,
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    public: typeof raw.public === "boolean" ? raw.public : undefined,
    priority: typeof raw.priority === "number" ? raw.priority : undefined,
    timeoutSeconds: typeof raw.timeout_seconds === "number"
      ? raw.timeout_seconds
      : undefined,
    version: typeof raw.version === "string" ? raw.version : undefined,
  };
}

function encodeBillingPriceList(
  value: Partial<BillingPriceList>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.public !== undefined) body.public = value.public;
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.timeoutSeconds !== undefined) {
    body.timeout_seconds = value.timeoutSeconds;
  }
  if (value.version !== undefined) body.version = value.version;
  return body;
}

/** Operations on price lists (`/v3/billing/price-lists`). */
class BillingPriceListService extends ResourceService<BillingPriceList> {
  constructor(transport: Transport) {
    super(
      transport,
      BILLING_PRICE_LIST,
      "price_list",
      "price_lists",
      decodeBillingPriceList,
      encodeBillingPriceList,
    );
  }

  /** Asks the API to stop a price list; answers with its new state. */
  async stop(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<BillingPriceList> {
    return await this.action(id, "stop", options);
  }

  /** Asks the API to restore a price list; answers with its new state. */
  async restore(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<BillingPriceList> {
    return await this.action(id, "restore", options);
  }
}

/** An usage record of the billing service, as the API returns it. */
interface BillingUsageRecord {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the usage record. */
  name: string;
  /** Owning project. */
  projectId?: string;
  /** Tags attached to the resource. */
  tags: string[];
  /** TCP or UDP port. */
  port?: number;
  /** Network protocol. */
  protocol?: string;
  /** Network the resource is attached to. */
  networkId?: string;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** URL the service calls. */
  endpointUrl?: string;
  /** Administrative state. */
  adminStateUp?: boolean;
  /** Operating mode. */
  mode: string;
  /** Request timeout. */
  timeoutSeconds: number;
  /** Arbitrary metadata. */
  metadata?: Record<string, string>;
  /** Networks allowed to connect. */
  allowedCidrs?: string[];
  /** Refuse deletion while set. */
  deletionProtection: boolean;
}

const BILLING_USAGE_RECORD = register({
  kind: "billing.usage_record",
  service: "billing",
  path: "/v3/billing/usage-records",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the usage record",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "tags",
      type: "list",
      required: true,
      description: "Tags attached to the resource",
    },
    {
      name: "port",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65535,
      description: "TCP or UDP port",
    },
    {
      name: "protocol",
      type: "string",
      required: false,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "network_id",
      type: "string",
      required: false,
      pattern: "^net-[0-9a-f]{12}$",
      description: "Network the resource is attached to",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "endpoint_url",
      type: "string",
      required: false,
      pattern: "^https?://",
      description: "URL the service calls",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: false,
      description: "Administrative state",
    },
    {
      name: "mode",
      type: "string",
      required: true,
      choices: ["active", "passive", "standby"],
      description: "Operating mode",
    },
    {
      name: "timeout_seconds",
      type: "integer",
      required: true,
      minimum: 1,
      maximum: 3600,
      description: "Request timeout",
    },
    {
      name: "metadata",
      type: "map",
      required: false,
      description: "Arbitrary metadata",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: false,
      description: "Networks allowed to connect",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: true,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeBillingUsageRecord(
  raw: Record<string, unknown>,
): BillingUsageRecord {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      BILLING_USAGE_RECORD.statuses,
      "BUILD",
    ) as BillingUsageRecord["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    tags: (Array.isArray(raw.tags) ? raw.tags.map(String) : undefined) ?? [],
    port: typeof raw.port === "number" ? raw.port : undefined,
    protocol: typeof raw.protocol === "string" ? raw.protocol : undefined,
    networkId: typeof raw.network_id === "string" ? raw.network_id : undefined,
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    endpointUrl: typeof raw.endpoint_url === "string"
      ? raw.endpoint_url
      : undefined,
    adminStateUp: typeof raw.admin_state_up === "boolean"
      ? raw.admin_state_up
      : undefined,
    mode: String(raw.mode ?? ""),
    timeoutSeconds:
      (typeof raw.timeout_seconds === "number"
        ? raw.timeout_seconds
        : undefined) ?? 0,
    metadata: isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined,
    allowedCidrs: Array.isArray(raw.allowed_cidrs)
      ? raw.allowed_cidrs.map(String)
      : undefined,
    deletionProtection:
      (typeof raw.deletion_protection === "boolean"
        ? raw.deletion_protection
        : undefined) ?? false,
  };
}

function encodeBillingUsageRecord(
  value: Partial<BillingUsageRecord>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.port !== undefined) body.port = value.port;
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.networkId !== undefined) body.network_id = value.networkId;
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.endpointUrl !== undefined) body.endpoint_url = value.endpointUrl;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.mode !== undefined) body.mode = value.mode;
  if (value.timeoutSeconds !== undefined) {
    body.timeout_seconds = value.timeoutSeconds;
  }
  if (value.metadata !== undefined) body.metadata = value.metadata;
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on usage records (`/v3/billing/usage-records`). */
class BillingUsageRecordService extends ResourceService<BillingUsageRecord> {
  constructor(transport: Transport) {
    super(
      transport,
      BILLING_USAGE_RECORD,
      "usage_record",
      "usage_records",
      decodeBillingUsageRecord,
      encodeBillingUsageRecord,
    );
  }

  /** Asks the API to start an usage record; answers with its new state. */
  async start(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<BillingUsageRecord> {
    return await this.action(id, "start", options);
  }

  /** Asks the API to resize an usage record; answers with its new state. */
  async resize(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<BillingUsageRecord> {
    return await this.action(id, "resize", options);
  }

  /** Asks the API to disable an usage record; answers with its new state. */
  async disable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<BillingUsageRecord> {
    return await this.action(id, "disable", options);
  }

  /** Asks the API to export an usage record; answers with its new state. */
  async export(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<BillingUsageRecord> {
    return await this.action(id, "export", options);
  }
}

// ---------------------------------------------------------------------------
// registry
// ---------------------------------------------------------------------------

/** A repository of the registry service, as the API returns it. */
interface RegistryRepository {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the repository. */
  name: string;
  /** Region that hosts the resource. */
  region: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** Owning project. */
  projectId?: string;
  /** Tags attached to the resource. */
  tags?: string[];
  /** Key/value labels used for filtering. */
  labels: Record<string, string>;
  /** Days data is kept. */
  retentionDays?: number;
  /** Upper bound for autoscaling. */
  maxReplicas?: number;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** Reachable from the internet. */
  public?: boolean;
  /** Service tier. */
  tier?: string;
  /** Cron expression. */
  schedule?: string;
  /** Evaluation order, lowest first. */
  priority?: number;
  /** Administrative state. */
  adminStateUp: boolean;
  /** Networks allowed to connect. */
  allowedCidrs: string[];
}

const REGISTRY_REPOSITORY = register({
  kind: "registry.repository",
  service: "registry",
  path: "/v3/registry/repositories",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the repository",
    },
    {
      name: "region",
      type: "string",
      required: true,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "tags",
      type: "list",
      required: false,
      description: "Tags attached to the resource",
    },
    {
      name: "labels",
      type: "map",
      required: true,
      description: "Key/value labels used for filtering",
    },
    {
      name: "retention_days",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3650,
      description: "Days data is kept",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
    {
      name: "tier",
      type: "string",
      required: false,
      choices: ["basic", "standard", "premium"],
      description: "Service tier",
    },
    {
      name: "schedule",
      type: "string",
      required: false,
      pattern: "^(\\S+\\s){4}\\S+$",
      description: "Cron expression",
    },
    {
      name: "priority",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: true,
      description: "Administrative state",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: true,
      description: "Networks allowed to connect",
    },
  ],
});

function decodeRegistryRepository(
  raw: Record<string, unknown>,
): RegistryRepository {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      REGISTRY_REPOSITORY.statuses,
      "BUILD",
    ) as RegistryRepository["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    region: String(raw.region ?? ""),
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    tags: Array.isArray(raw.tags) ? raw.tags.map(String) : undefined,
    labels: (isRecord(raw.labels) ? stringMap(raw.labels) : undefined) ?? {},
    retentionDays: typeof raw.retention_days === "number"
      ? raw.retention_days
      : undefined,
    maxReplicas: typeof raw.max_replicas === "number"
      ? raw.max_replicas
      : undefined,
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    public: typeof raw.public === "boolean" ? raw.public : undefined,
    tier: typeof raw.tier === "string" ? raw.tier : undefined,
    schedule: typeof raw.schedule === "string" ? raw.schedule : undefined,
    priority: typeof raw.priority === "number" ? raw.priority : undefined,
    adminStateUp:
      (typeof raw.admin_state_up === "boolean"
        ? raw.admin_state_up
        : undefined) ?? false,
    allowedCidrs:
      (Array.isArray(raw.allowed_cidrs)
        ? raw.allowed_cidrs.map(String)
        : undefined) ?? [],
  };
}

function encodeRegistryRepository(
  value: Partial<RegistryRepository>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.region !== undefined) body.region = value.region;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.retentionDays !== undefined) {
    body.retention_days = value.retentionDays;
  }
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.public !== undefined) body.public = value.public;
  if (value.tier !== undefined) body.tier = value.tier;
  if (value.schedule !== undefined) body.schedule = value.schedule;
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  return body;
}

/** Operations on repositories (`/v3/registry/repositories`). */
class RegistryRepositoryService extends ResourceService<RegistryRepository> {
  constructor(transport: Transport) {
    super(
      transport,
      REGISTRY_REPOSITORY,
      "repository",
      "repositories",
      decodeRegistryRepository,
      encodeRegistryRepository,
    );
  }

  /** Asks the API to disable a repository; answers with its new state. */
  async disable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<RegistryRepository> {
    return await this.action(id, "disable", options);
  }

  /** Asks the API to export a repository; answers with its new state. */
  async export(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<RegistryRepository> {
    return await this.action(id, "export", options);
  }
}

/** An artifact of the registry service, as the API returns it. */
interface RegistryArtifact {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the artifact. */
  name: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** Whether the resource is active. */
  enabled?: boolean;
  /** TCP or UDP port. */
  port?: number;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** Reachable from the internet. */
  public?: boolean;
  /** Cron expression. */
  schedule?: string;
  /** Administrative state. */
  adminStateUp?: boolean;
  /** Operating mode. */
  mode?: string;
  /** Contact for the resource. */
  ownerEmail: string;
  /** Version of the engine or runtime. */
  version?: string;
  /** Refuse deletion while set. */
  deletionProtection?: boolean;
}

const REGISTRY_ARTIFACT = register({
  kind: "registry.artifact",
  service: "registry",
  path: "/v3/registry/artifacts",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the artifact",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "enabled",
      type: "boolean",
      required: false,
      description: "Whether the resource is active",
    },
    {
      name: "port",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65535,
      description: "TCP or UDP port",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
    {
      name: "schedule",
      type: "string",
      required: false,
      pattern: "^(\\S+\\s){4}\\S+$",
      description: "Cron expression",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: false,
      description: "Administrative state",
    },
    {
      name: "mode",
      type: "string",
      required: false,
      choices: ["active", "passive", "standby"],
      description: "Operating mode",
    },
    {
      name: "owner_email",
      type: "string",
      required: true,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
    {
      name: "version",
      type: "string",
      required: false,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: false,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeRegistryArtifact(
  raw: Record<string, unknown>,
): RegistryArtifact {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      REGISTRY_ARTIFACT.statuses,
      "BUILD",
    ) as RegistryArtifact["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    enabled: typeof raw.enabled === "boolean" ? raw.enabled : undefined,
    port: typeof raw.port === "number" ? raw.port : undefined,
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    public: typeof raw.public === "boolean" ? raw.public : undefined,
    schedule: typeof raw.schedule === "string" ? raw.schedule : undefined,
    adminStateUp: typeof raw.admin_state_up === "boolean"
      ? raw.admin_state_up
      : undefined,
    mode: typeof raw.mode === "string" ? raw.mode : undefined,
    ownerEmail: String(raw.owner_email ?? ""),
    version: typeof raw.version === "string" ? raw.version : undefined,
    deletionProtection: typeof raw.deletion_protection === "boolean"
      ? raw.deletion_protection
      : undefined,
  };
}

function encodeRegistryArtifact(
  value: Partial<RegistryArtifact>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.enabled !== undefined) body.enabled = value.enabled;
  if (value.port !== undefined) body.port = value.port;
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.public !== undefined) body.public = value.public;
  if (value.schedule !== undefined) body.schedule = value.schedule;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.mode !== undefined) body.mode = value.mode;
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  if (value.version !== undefined) body.version = value.version;
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on artifacts (`/v3/registry/artifacts`). */
class RegistryArtifactService extends ResourceService<RegistryArtifact> {
  constructor(transport: Transport) {
    super(
      transport,
      REGISTRY_ARTIFACT,
      "artifact",
      "artifacts",
      decodeRegistryArtifact,
      encodeRegistryArtifact,
    );
  }

  /** Asks the API to reboot an artifact; answers with its new state. */
  async reboot(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<RegistryArtifact> {
    return await this.action(id, "reboot", options);
  }
}

/** A tag of the registry service, as the API returns it. */
interface RegistryTag {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the tag. */
  name: string;
  /** Region that hosts the resource. */
  region?: string;
  /** Tags attached to the resource. */
  tags?: string[];
  /** Size in gibibytes. */
  sizeGb: number;
  /** Cron expression. */
  schedule?: string;
  /** Operating mode. */
  mode: string;
  /** Request timeout. */
  timeoutSeconds?: number;
  /** Refuse deletion while set. */
  deletionProtection?: boolean;
}

const REGISTRY_TAG = register({
  kind: "registry.tag",
  service: "registry",
  path: "/v3/registry/tags",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the tag",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "tags",
      type: "list",
      required: false,
      description: "Tags attached to the resource",
    },
    {
      name: "size_gb",
      type: "integer",
      required: true,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "schedule",
      type: "string",
      required: false,
      pattern: "^(\\S+\\s){4}\\S+$",
      description: "Cron expression",
    },
    {
      name: "mode",
      type: "string",
      required: true,
      choices: ["active", "passive", "standby"],
      description: "Operating mode",
    },
    {
      name: "timeout_seconds",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3600,
      description: "Request timeout",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: false,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeRegistryTag(raw: Record<string, unknown>): RegistryTag {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      REGISTRY_TAG.statuses,
      "BUILD",
    ) as RegistryTag["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    region: typeof raw.region === "string" ? raw.region : undefined,
    tags: Array.isArray(raw.tags) ? raw.tags.map(String) : undefined,
    sizeGb: (typeof raw.size_gb === "number" ? raw.size_gb : undefined) ?? 0,
    schedule: typeof raw.schedule === "string" ? raw.schedule : undefined,
    mode: String(raw.mode ?? ""),
    timeoutSeconds: typeof raw.timeout_seconds === "number"
      ? raw.timeout_seconds
      : undefined,
    deletionProtection: typeof raw.deletion_protection === "boolean"
      ? raw.deletion_protection
      : undefined,
  };
}

function encodeRegistryTag(
  value: Partial<RegistryTag>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.region !== undefined) body.region = value.region;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.schedule !== undefined) body.schedule = value.schedule;
  if (value.mode !== undefined) body.mode = value.mode;
  if (value.timeoutSeconds !== undefined) {
    body.timeout_seconds = value.timeoutSeconds;
  }
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on tags (`/v3/registry/tags`). */
class RegistryTagService extends ResourceService<RegistryTag> {
  constructor(transport: Transport) {
    super(
      transport,
      REGISTRY_TAG,
      "tag",
      "tags",
      decodeRegistryTag,
      encodeRegistryTag,
    );
  }

  /** Asks the API to start a tag; answers with its new state. */
  async start(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<RegistryTag> {
    return await this.action(id, "start", options);
  }

  /** Asks the API to reboot a tag; answers with its new state. */
  async reboot(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<RegistryTag> {
    return await this.action(id, "reboot", options);
  }
}

/** A scan result of the registry service, as the API returns it. */
interface RegistryScanResult {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the scan result. */
  name: string;
  /** Free-form text shown in the console. */
  description?: string;
  /** Whether the resource is active. */
  enabled?: boolean;
  /** Subnet the resource is attached to. */
  subnetId: string;
  /** Days data is kept. */
  retentionDays?: number;
  /** Lower bound for autoscaling. */
  minReplicas?: number;
  /** URL the service calls. */
  endpointUrl?: string;
  /** Request timeout. */
  timeoutSeconds?: number;
  /** Networks allowed to connect. */
  allowedCidrs?: string[];
}

const REGISTRY_SCAN_RESULT = register({
  kind: "registry.scan_result",
  service: "registry",
  path: "/v3/registry/scan-results",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the scan result",
    },
    {
      name: "description",
      type: "string",
      required: false,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "enabled",
      type: "boolean",
      required: false,
      description: "Whether the resource is active",
    },
    {
      name: "subnet_id",
      type: "string",
      required: true,
      pattern: "^subnet-[0-9a-f]{12}$",
      description: "Subnet the resource is attached to",
    },
    {
      name: "retention_days",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3650,
      description: "Days data is kept",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "endpoint_url",
      type: "string",
      required: false,
      pattern: "^https?://",
      description: "URL the service calls",
    },
    {
      name: "timeout_seconds",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3600,
      description: "Request timeout",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: false,
      description: "Networks allowed to connect",
    },
  ],
});

function decodeRegistryScanResult(
  raw: Record<string, unknown>,
): RegistryScanResult {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      REGISTRY_SCAN_RESULT.statuses,
      "BUILD",
    ) as RegistryScanResult["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: typeof raw.description === "string"
      ? raw.description
      : undefined,
    enabled: typeof raw.enabled === "boolean" ? raw.enabled : undefined,
    subnetId: String(raw.subnet_id ?? ""),
    retentionDays: typeof raw.retention_days === "number"
      ? raw.retention_days
      : undefined,
    minReplicas: typeof raw.min_replicas === "number"
      ? raw.min_replicas
      : undefined,
    endpointUrl: typeof raw.endpoint_url === "string"
      ? raw.endpoint_url
      : undefined,
    timeoutSeconds: typeof raw.timeout_seconds === "number"
      ? raw.timeout_seconds
      : undefined,
    allowedCidrs: Array.isArray(raw.allowed_cidrs)
      ? raw.allowed_cidrs.map(String)
      : undefined,
  };
}

function encodeRegistryScanResult(
  value: Partial<RegistryScanResult>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.enabled !== undefined) body.enabled = value.enabled;
  if (value.subnetId !== undefined) body.subnet_id = value.subnetId;
  if (value.retentionDays !== undefined) {
    body.retention_days = value.retentionDays;
  }
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.endpointUrl !== undefined) body.endpoint_url = value.endpointUrl;
  if (value.timeoutSeconds !== undefined) {
    body.timeout_seconds = value.timeoutSeconds;
  }
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  return body;
}

/** Operations on scan results (`/v3/registry/scan-results`). */
class RegistryScanResultService extends ResourceService<RegistryScanResult> {
  constructor(transport: Transport) {
    super(
      transport,
      REGISTRY_SCAN_RESULT,
      "scan_result",
      "scan_results",
      decodeRegistryScanResult,
      encodeRegistryScanResult,
    );
  }

  /** Asks the API to start a scan result; answers with its new state. */
  async start(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<RegistryScanResult> {
    return await this.action(id, "start", options);
  }

  /** Asks the API to stop a scan result; answers with its new state. */
  async stop(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<RegistryScanResult> {
    return await this.action(id, "stop", options);
  }

  /** Asks the API to refresh a scan result; answers with its new state. */
  async refresh(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<RegistryScanResult> {
    return await this.action(id, "refresh", options);
  }
}

/** A webhook of the registry service, as the API returns it. */
interface RegistryWebhook {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the webhook. */
  name: string;
  /** Region that hosts the resource. */
  region?: string;
  /** Owning project. */
  projectId: string;
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** Upper bound for autoscaling. */
  maxReplicas: number;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Reachable from the internet. */
  public?: boolean;
  /** URL the service calls. */
  endpointUrl?: string;
  /** Contact for the resource. */
  ownerEmail?: string;
  /** Networks allowed to connect. */
  allowedCidrs?: string[];
  /** Refuse deletion while set. */
  deletionProtection?: boolean;
}

const REGISTRY_WEBHOOK = register({
  kind: "registry.webhook",
  service: "registry",
  path: "/v3/registry/webhooks",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the webhook",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "project_id",
      type: "string",
      required: true,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: true,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
    {
      name: "endpoint_url",
      type: "string",
      required: false,
      pattern: "^https?://",
      description: "URL the service calls",
    },
    {
      name: "owner_email",
      type: "string",
      required: false,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: false,
      description: "Networks allowed to connect",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: false,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeRegistryWebhook(raw: Record<string, unknown>): RegistryWebhook {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      REGISTRY_WEBHOOK.statuses,
      "BUILD",
    ) as RegistryWebhook["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    region: typeof raw.region === "string" ? raw.region : undefined,
    projectId: String(raw.project_id ?? ""),
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    maxReplicas:
      (typeof raw.max_replicas === "number" ? raw.max_replicas : undefined) ??
        0,
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    public: typeof raw.public === "boolean" ? raw.public : undefined,
    endpointUrl: typeof raw.endpoint_url === "string"
      ? raw.endpoint_url
      : undefined,
    ownerEmail: typeof raw.owner_email === "string"
      ? raw.owner_email
      : undefined,
    allowedCidrs: Array.isArray(raw.allowed_cidrs)
      ? raw.allowed_cidrs.map(String)
      : undefined,
    deletionProtection: typeof raw.deletion_protection === "boolean"
      ? raw.deletion_protection
      : undefined,
  };
}

function encodeRegistryWebhook(
  value: Partial<RegistryWebhook>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.region !== undefined) body.region = value.region;
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.public !== undefined) body.public = value.public;
  if (value.endpointUrl !== undefined) body.endpoint_url = value.endpointUrl;
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on webhooks (`/v3/registry/webhooks`). */
class RegistryWebhookService extends ResourceService<RegistryWebhook> {
  constructor(transport: Transport) {
    super(
      transport,
      REGISTRY_WEBHOOK,
      "webhook",
      "webhooks",
      decodeRegistryWebhook,
      encodeRegistryWebhook,
    );
  }

  /** Asks the API to reboot a webhook; answers with its new state. */
  async reboot(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<RegistryWebhook> {
    return await this.action(id, "reboot", options);
  }

  /** Asks the API to rotate a webhook; answers with its new state. */
  async rotate(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<RegistryWebhook> {
    return await this.action(id, "rotate", options);
  }

  /** Asks the API to export a webhook; answers with its new state. */
  async export(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<RegistryWebhook> {
    return await this.action(id, "export", options);
  }

  /** Asks the API to refresh a webhook; answers with its new state. */
  async refresh(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<RegistryWebhook> {
    return await this.action(id, "refresh", options);
  }
}

/** A retention rule of the registry service, as the API returns it. */
interface RegistryRetentionRule {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the retention rule. */
  name: string;
  /** Free-form text shown in the console. */
  description?: string;
  /** Region that hosts the resource. */
  region: string;
  /** Size in gibibytes. */
  sizeGb?: number;
  /** TCP or UDP port. */
  port?: number;
  /** Network protocol. */
  protocol?: string;
  /** Subnet the resource is attached to. */
  subnetId: string;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** Reachable from the internet. */
  public?: boolean;
  /** URL the service calls. */
  endpointUrl?: string;
  /** Administrative state. */
  adminStateUp?: boolean;
  /** Arbitrary metadata. */
  metadata?: Record<string, string>;
  /** Version of the engine or runtime. */
  version?: string;
  /** Refuse deletion while set. */
  deletionProtection?: boolean;
}

const REGISTRY_RETENTION_RULE = register({
  kind: "registry.retention_rule",
  service: "registry",
  path: "/v3/registry/retention-rules",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the retention rule",
    },
    {
      name: "description",
      type: "string",
      required: false,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "region",
      type: "string",
      required: true,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "size_gb",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "port",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65535,
      description: "TCP or UDP port",
    },
    {
      name: "protocol",
      type: "string",
      required: false,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "subnet_id",
      type: "string",
      required: true,
      pattern: "^subnet-[0-9a-f]{12}$",
      description: "Subnet the resource is attached to",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
    {
      name: "endpoint_url",
      type: "string",
      required: false,
      pattern: "^https?://",
      description: "URL the service calls",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: false,
      description: "Administrative state",
    },
    {
      name: "metadata",
      type: "map",
      required: false,
      description: "Arbitrary metadata",
    },
    {
      name: "version",
      type: "string",
      required: false,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: false,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeRegistryRetentionRule(
  raw: Record<string, unknown>,
): RegistryRetentionRule {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      REGISTRY_RETENTION_RULE.statuses,
      "BUILD",
    ) as RegistryRetentionRule["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: typeof raw.description === "string"
      ? raw.description
      : undefined,
    region: String(raw.region ?? ""),
    sizeGb: typeof raw.size_gb === "number" ? raw.size_gb : undefined,
    port: typeof raw.port === "number" ? raw.port : undefined,
    protocol: typeof raw.protocol === "string" ? raw.protocol : undefined,
    subnetId: String(raw.subnet_id ?? ""),
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    public: typeof raw.public === "boolean" ? raw.public : undefined,
    endpointUrl: typeof raw.endpoint_url === "string"
      ? raw.endpoint_url
      : undefined,
    adminStateUp: typeof raw.admin_state_up === "boolean"
      ? raw.admin_state_up
      : undefined,
    metadata: isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined,
    version: typeof raw.version === "string" ? raw.version : undefined,
    deletionProtection: typeof raw.deletion_protection === "boolean"
      ? raw.deletion_protection
      : undefined,
  };
}

function encodeRegistryRetentionRule(
  value: Partial<RegistryRetentionRule>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.region !== undefined) body.region = value.region;
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.port !== undefined) body.port = value.port;
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.subnetId !== undefined) body.subnet_id = value.subnetId;
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.public !== undefined) body.public = value.public;
  if (value.endpointUrl !== undefined) body.endpoint_url = value.endpointUrl;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.metadata !== undefined) body.metadata = value.metadata;
  if (value.version !== undefined) body.version = value.version;
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on retention rules (`/v3/registry/retention-rules`). */
class RegistryRetentionRuleService
  extends ResourceService<RegistryRetentionRule> {
  constructor(transport: Transport) {
    super(
      transport,
      REGISTRY_RETENTION_RULE,
      "retention_rule",
      "retention_rules",
      decodeRegistryRetentionRule,
      encodeRegistryRetentionRule,
    );
  }

  /** Asks the API to stop a retention rule; answers with its new state. */
  async stop(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<RegistryRetentionRule> {
    return await this.action(id, "stop", options);
  }
}

// ---------------------------------------------------------------------------
// functions
// ---------------------------------------------------------------------------

/** A function of the functions service, as the API returns it. */
interface FunctionsFunction {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the function. */
  name: string;
  /** Free-form text shown in the console. */
  description?: string;
  /** Region that hosts the resource. */
  region?: string;
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** Size in gibibytes. */
  sizeGb?: number;
  /** Network protocol. */
  protocol?: string;
  /** Days data is kept. */
  retentionDays?: number;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Administrative state. */
  adminStateUp?: boolean;
  /** Operating mode. */
  mode?: string;
  /** Networks allowed to connect. */
  allowedCidrs: string[];
  /** Version of the engine or runtime. */
  version?: string;
}

const FUNCTIONS_FUNCTION = register({
  kind: "functions.function",
  service: "functions",
  path: "/v2.1/functions/functions",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the function",
    },
    {
      name: "description",
      type: "string",
      required: false,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "size_gb",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "protocol",
      type: "string",
      required: false,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "retention_days",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3650,
      description: "Days data is kept",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: false,
      description: "Administrative state",
    },
    {
      name: "mode",
      type: "string",
      required: false,
      choices: ["active", "passive", "standby"],
      description: "Operating mode",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: true,
      description: "Networks allowed to connect",
    },
    {
      name: "version",
      type: "string",
      required: false,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
  ],
});

function decodeFunctionsFunction(
  raw: Record<string, unknown>,
): FunctionsFunction {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      FUNCTIONS_FUNCTION.statuses,
      "BUILD",
    ) as FunctionsFunction["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: typeof raw.description === "string"
      ? raw.description
      : undefined,
    region: typeof raw.region === "string" ? raw.region : undefined,
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    sizeGb: typeof raw.size_gb === "number" ? raw.size_gb : undefined,
    protocol: typeof raw.protocol === "string" ? raw.protocol : undefined,
    retentionDays: typeof raw.retention_days === "number"
      ? raw.retention_days
      : undefined,
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    adminStateUp: typeof raw.admin_state_up === "boolean"
      ? raw.admin_state_up
      : undefined,
    mode: typeof raw.mode === "string" ? raw.mode : undefined,
    allowedCidrs:
      (Array.isArray(raw.allowed_cidrs)
        ? raw.allowed_cidrs.map(String)
        : undefined) ?? [],
    version: typeof raw.version === "string" ? raw.version : undefined,
  };
}

function encodeFunctionsFunction(
  value: Partial<FunctionsFunction>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.region !== undefined) body.region = value.region;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.retentionDays !== undefined) {
    body.retention_days = value.retentionDays;
  }
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.mode !== undefined) body.mode = value.mode;
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  if (value.version !== undefined) body.version = value.version;
  return body;
}

/** Operations on functions (`/v2.1/functions/functions`). */
class FunctionsFunctionService extends ResourceService<FunctionsFunction> {
  constructor(transport: Transport) {
    super(
      transport,
      FUNCTIONS_FUNCTION,
      "function",
      "functions",
      decodeFunctionsFunction,
      encodeFunctionsFunction,
    );
  }

  /** Asks the API to rotate a function; answers with its new state. */
  async rotate(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<FunctionsFunction> {
    return await this.action(id, "rotate", options);
  }

  /** Asks the API to restore a function; answers with its new state. */
  async restore(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<FunctionsFunction> {
    return await this.action(id, "restore", options);
  }

  /** Asks the API to refresh a function; answers with its new state. */
  async refresh(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<FunctionsFunction> {
    return await this.action(id, "refresh", options);
  }
}

/** A function version of the functions service, as the API returns it. */
interface FunctionsFunctionVersion {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the function version. */
  name: string;
  /** Whether the resource is active. */
  enabled: boolean;
  /** Network the resource is attached to. */
  networkId?: string;
  /** Upper bound for autoscaling. */
  maxReplicas?: number;
  /** Reachable from the internet. */
  public?: boolean;
  /** Operating mode. */
  mode?: string;
  /** Request timeout. */
  timeoutSeconds?: number;
}

const FUNCTIONS_FUNCTION_VERSION = register({
  kind: "functions.function_version",
  service: "functions",
  path: "/v2.1/functions/function-versions",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the function version",
    },
    {
      name: "enabled",
      type: "boolean",
      required: true,
      description: "Whether the resource is active",
    },
    {
      name: "network_id",
      type: "string",
      required: false,
      pattern: "^net-[0-9a-f]{12}$",
      description: "Network the resource is attached to",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
    {
      name: "mode",
      type: "string",
      required: false,
      choices: ["active", "passive", "standby"],
      description: "Operating mode",
    },
    {
      name: "timeout_seconds",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3600,
      description: "Request timeout",
    },
  ],
});

function decodeFunctionsFunctionVersion(
  raw: Record<string, unknown>,
): FunctionsFunctionVersion {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      FUNCTIONS_FUNCTION_VERSION.statuses,
      "BUILD",
    ) as FunctionsFunctionVersion["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    enabled: (typeof raw.enabled === "boolean" ? raw.enabled : undefined) ??
      false,
    networkId: typeof raw.network_id === "string" ? raw.network_id : undefined,
    maxReplicas: typeof raw.max_replicas === "number"
      ? raw.max_replicas
      : undefined,
    public: typeof raw.public === "boolean" ? raw.public : undefined,
    mode: typeof raw.mode === "string" ? raw.mode : undefined,
    timeoutSeconds: typeof raw.timeout_seconds === "number"
      ? raw.timeout_seconds
      : undefined,
  };
}

function encodeFunctionsFunctionVersion(
  value: Partial<FunctionsFunctionVersion>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.enabled !== undefined) body.enabled = value.enabled;
  if (value.networkId !== undefined) body.network_id = value.networkId;
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.public !== undefined) body.public = value.public;
  if (value.mode !== undefined) body.mode = value.mode;
  if (value.timeoutSeconds !== undefined) {
    body.timeout_seconds = value.timeoutSeconds;
  }
  return body;
}

/** Operations on function versions (`/v2.1/functions/function-versions`). */
class FunctionsFunctionVersionService
  extends ResourceService<FunctionsFunctionVersion> {
  constructor(transport: Transport) {
    super(
      transport,
      FUNCTIONS_FUNCTION_VERSION,
      "function_version",
      "function_versions",
      decodeFunctionsFunctionVersion,
      encodeFunctionsFunctionVersion,
    );
  }

  /** Asks the API to stop a function version; answers with its new state. */
  async stop(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<FunctionsFunctionVersion> {
    return await this.action(id, "stop", options);
  }

  /** Asks the API to disable a function version; answers with its new state. */
  async disable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<FunctionsFunctionVersion> {
    return await this.action(id, "disable", options);
  }
}

/** An alias of the functions service, as the API returns it. */
interface FunctionsAlias {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the alias. */
  name: string;
  /** Free-form text shown in the console. */
  description?: string;
  /** Network protocol. */
  protocol?: string;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Operating mode. */
  mode?: string;
  /** Request timeout. */
  timeoutSeconds?: number;
}

const FUNCTIONS_ALIAS = register({
  kind: "functions.alias",
  service: "functions",
  path: "/v2.1/functions/aliases",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the alias",
    },
    {
      name: "description",
      type: "string",
      required: false,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "protocol",
      type: "string",
      required: false,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "mode",
      type: "string",
      required: false,
      choices: ["active", "passive", "standby"],
      description: "Operating mode",
    },
    {
      name: "timeout_seconds",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3600,
      description: "Request timeout",
    },
  ],
});

function decodeFunctionsAlias(raw: Record<string, unknown>): FunctionsAlias {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      FUNCTIONS_ALIAS.statuses,
      "BUILD",
    ) as FunctionsAlias["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: typeof raw.description === "string"
      ? raw.description
      : undefined,
    protocol: typeof raw.protocol === "string" ? raw.protocol : undefined,
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    mode: typeof raw.mode === "string" ? raw.mode : undefined,
    timeoutSeconds: typeof raw.timeout_seconds === "number"
      ? raw.timeout_seconds
      : undefined,
  };
}

function encodeFunctionsAlias(
  value: Partial<FunctionsAlias>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.mode !== undefined) body.mode = value.mode;
  if (value.timeoutSeconds !== undefined) {
    body.timeout_seconds = value.timeoutSeconds;
  }
  return body;
}

/** Operations on aliases (`/v2.1/functions/aliases`). */
class FunctionsAliasService extends ResourceService<FunctionsAlias> {
  constructor(transport: Transport) {
    super(
      transport,
      FUNCTIONS_ALIAS,
      "alias",
      "aliases",
      decodeFunctionsAlias,
      encodeFunctionsAlias,
    );
  }

  /** Asks the API to reboot an alias; answers with its new state. */
  async reboot(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<FunctionsAlias> {
    return await this.action(id, "reboot", options);
  }

  /** Asks the API to disable an alias; answers with its new state. */
  async disable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<FunctionsAlias> {
    return await this.action(id, "disable", options);
  }
}

/** A trigger of the functions service, as the API returns it. */
interface FunctionsTrigger {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the trigger. */
  name: string;
  /** TCP or UDP port. */
  port?: number;
  /** Network protocol. */
  protocol?: string;
  /** IPv4 network in CIDR notation. */
  cidr?: string;
  /** Lower bound for autoscaling. */
  minReplicas: number;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Who may see the resource. */
  visibility?: string;
  /** Version of the engine or runtime. */
  version?: string;
}

const FUNCTIONS_TRIGGER = register({
  kind: "functions.trigger",
  service: "functions",
  path: "/v2.1/functions/triggers",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the trigger",
    },
    {
      name: "port",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65535,
      description: "TCP or UDP port",
    },
    {
      name: "protocol",
      type: "string",
      required: false,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "cidr",
      type: "string",
      required: false,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: true,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "visibility",
      type: "string",
      required: false,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "version",
      type: "string",
      required: false,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
  ],
});

function decodeFunctionsTrigger(
  raw: Record<string, unknown>,
): FunctionsTrigger {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      FUNCTIONS_TRIGGER.statuses,
      "BUILD",
    ) as FunctionsTrigger["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    port: typeof raw.port === "number" ? raw.port : undefined,
    protocol: typeof raw.protocol === "string" ? raw.protocol : undefined,
    cidr: typeof raw.cidr === "string" ? raw.cidr : undefined,
    minReplicas:
      (typeof raw.min_replicas === "number" ? raw.min_replicas : undefined) ??
        0,
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    visibility: typeof raw.visibility === "string" ? raw.visibility : undefined,
    version: typeof raw.version === "string" ? raw.version : undefined,
  };
}

function encodeFunctionsTrigger(
  value: Partial<FunctionsTrigger>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.port !== undefined) body.port = value.port;
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.version !== undefined) body.version = value.version;
  return body;
}

/** Operations on triggers (`/v2.1/functions/triggers`). */
class FunctionsTriggerService extends ResourceService<FunctionsTrigger> {
  constructor(transport: Transport) {
    super(
      transport,
      FUNCTIONS_TRIGGER,
      "trigger",
      "triggers",
      decodeFunctionsTrigger,
      encodeFunctionsTrigger,
    );
  }

  /** Asks the API to stop a trigger; answers with its new state. */
  async stop(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<FunctionsTrigger> {
    return await this.action(id, "stop", options);
  }

  /** Asks the API to export a trigger; answers with its new state. */
  async export(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<FunctionsTrigger> {
    return await this.action(id, "export", options);
  }
}

/** A layer of the functions service, as the API returns it. */
interface FunctionsLayer {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the layer. */
  name: string;
  /** Region that hosts the resource. */
  region?: string;
  /** Whether the resource is active. */
  enabled: boolean;
  /** IPv4 network in CIDR notation. */
  cidr?: string;
  /** Subnet the resource is attached to. */
  subnetId?: string;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** Administrative state. */
  adminStateUp?: boolean;
}

const FUNCTIONS_LAYER = register({
  kind: "functions.layer",
  service: "functions",
  path: "/v2.1/functions/layers",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the layer",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "enabled",
      type: "boolean",
      required: true,
      description: "Whether the resource is active",
    },
    {
      name: "cidr",
      type: "string",
      required: false,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "subnet_id",
      type: "string",
      required: false,
      pattern: "^subnet-[0-9a-f]{12}$",
      description: "Subnet the resource is attached to",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: false,
      description: "Administrative state",
    },
  ],
});

function decodeFunctionsLayer(raw: Record<string, unknown>): FunctionsLayer {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      FUNCTIONS_LAYER.statuses,
      "BUILD",
    ) as FunctionsLayer["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    region: typeof raw.region === "string" ? raw.region : undefined,
    enabled: (typeof raw.enabled === "boolean" ? raw.enabled : undefined) ??
      false,
    cidr: typeof raw.cidr === "string" ? raw.cidr : undefined,
    subnetId: typeof raw.subnet_id === "string" ? raw.subnet_id : undefined,
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    adminStateUp: typeof raw.admin_state_up === "boolean"
      ? raw.admin_state_up
      : undefined,
  };
}

function encodeFunctionsLayer(
  value: Partial<FunctionsLayer>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.region !== undefined) body.region = value.region;
  if (value.enabled !== undefined) body.enabled = value.enabled;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.subnetId !== undefined) body.subnet_id = value.subnetId;
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  return body;
}

/** Operations on layers (`/v2.1/functions/layers`). */
class FunctionsLayerService extends ResourceService<FunctionsLayer> {
  constructor(transport: Transport) {
    super(
      transport,
      FUNCTIONS_LAYER,
      "layer",
      "layers",
      decodeFunctionsLayer,
      encodeFunctionsLayer,
    );
  }

  /** Asks the API to stop a layer; answers with its new state. */
  async stop(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<FunctionsLayer> {
    return await this.action(id, "stop", options);
  }
}

/** An event source mapping of the functions service, as the API returns it. */
interface FunctionsEventSourceMapping {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the event source mapping. */
  name: string;
  /** Free-form text shown in the console. */
  description?: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** Owning project. */
  projectId?: string;
  /** Tags attached to the resource. */
  tags?: string[];
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** TCP or UDP port. */
  port?: number;
  /** IPv4 network in CIDR notation. */
  cidr?: string;
  /** Subnet the resource is attached to. */
  subnetId?: string;
  /** Lower bound for autoscaling. */
  minReplicas?: number;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Service tier. */
  tier?: string;
  /** Evaluation order, lowest first. */
  priority?: number;
  /** Contact for the resource. */
  ownerEmail?: string;
}

const FUNCTIONS_EVENT_SOURCE_MAPPING = register({
  kind: "functions.event_source_mapping",
  service: "functions",
  path: "/v2.1/functions/event-source-mappings",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the event source mapping",
    },
    {
      name: "description",
      type: "string",
      required: false,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "tags",
      type: "list",
      required: false,
      description: "Tags attached to the resource",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "port",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65535,
      description: "TCP or UDP port",
    },
    {
      name: "cidr",
      type: "string",
      required: false,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "subnet_id",
      type: "string",
      required: false,
      pattern: "^subnet-[0-9a-f]{12}$",
      description: "Subnet the resource is attached to",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "tier",
      type: "string",
      required: false,
      choices: ["basic", "standard", "premium"],
      description: "Service tier",
    },
    {
      name: "priority",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "owner_email",
      type: "string",
      required: false,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
  ],
});

function decodeFunctionsEventSourceMapping(
  raw: Record<string, unknown>,
): FunctionsEventSourceMapping {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      FUNCTIONS_EVENT_SOURCE_MAPPING.statuses,
      "BUILD",
    ) as FunctionsEventSourceMapping["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: typeof raw.description === "string"
      ? raw.description
      : undefined,
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    tags: Array.isArray(raw.tags) ? raw.tags.map(String) : undefined,
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    port: typeof raw.port === "number" ? raw.port : undefined,
    cidr: typeof raw.cidr === "string" ? raw.cidr : undefined,
    subnetId: typeof raw.subnet_id === "string" ? raw.subnet_id : undefined,
    minReplicas: typeof raw.min_replicas === "number"
      ? raw.min_replicas
      : undefined,
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    tier: typeof raw.tier === "string" ? raw.tier : undefined,
    priority: typeof raw.priority === "number" ? raw.priority : undefined,
    ownerEmail: typeof raw.owner_email === "string"
      ? raw.owner_email
      : undefined,
  };
}

function encodeFunctionsEventSourceMapping(
  value: Partial<FunctionsEventSourceMapping>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.port !== undefined) body.port = value.port;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.subnetId !== undefined) body.subnet_id = value.subnetId;
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.tier !== undefined) body.tier = value.tier;
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  return body;
}

/** Operations on event source mappings (`/v2.1/functions/event-source-mappings`). */
class FunctionsEventSourceMappingService
  extends ResourceService<FunctionsEventSourceMapping> {
  constructor(transport: Transport) {
    super(
      transport,
      FUNCTIONS_EVENT_SOURCE_MAPPING,
      "event_source_mapping",
      "event_source_mappings",
      decodeFunctionsEventSourceMapping,
      encodeFunctionsEventSourceMapping,
    );
  }
}

// ---------------------------------------------------------------------------
// orchestration
// ---------------------------------------------------------------------------

/** A stack of the orchestration service, as the API returns it. */
interface OrchestrationStack {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the stack. */
  name: string;
  /** Free-form text shown in the console. */
  description?: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** Whether the resource is active. */
  enabled?: boolean;
  /** Subnet the resource is attached to. */
  subnetId?: string;
  /** Lower bound for autoscaling. */
  minReplicas: number;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Who may see the resource. */
  visibility?: string;
  /** Evaluation order, lowest first. */
  priority?: number;
  /** Administrative state. */
  adminStateUp?: boolean;
  /** Operating mode. */
  mode?: string;
  /** Contact for the resource. */
  ownerEmail?: string;
  /** Version of the engine or runtime. */
  version: string;
}

const ORCHESTRATION_STACK = register({
  kind: "orchestration.stack",
  service: "orchestration",
  path: "/v2/orchestration/stacks",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the stack",
    },
    {
      name: "description",
      type: "string",
      required: false,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "enabled",
      type: "boolean",
      required: false,
      description: "Whether the resource is active",
    },
    {
      name: "subnet_id",
      type: "string",
      required: false,
      pattern: "^subnet-[0-9a-f]{12}$",
      description: "Subnet the resource is attached to",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: true,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "visibility",
      type: "string",
      required: false,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "priority",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: false,
      description: "Administrative state",
    },
    {
      name: "mode",
      type: "string",
      required: false,
      choices: ["active", "passive", "standby"],
      description: "Operating mode",
    },
    {
      name: "owner_email",
      type: "string",
      required: false,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
    {
      name: "version",
      type: "string",
      required: true,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
  ],
});

function decodeOrchestrationStack(
  raw: Record<string, unknown>,
): OrchestrationStack {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      ORCHESTRATION_STACK.statuses,
      "BUILD",
    ) as OrchestrationStack["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: typeof raw.description === "string"
      ? raw.description
      : undefined,
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    enabled: typeof raw.enabled === "boolean" ? raw.enabled : undefined,
    subnetId: typeof raw.subnet_id === "string" ? raw.subnet_id : undefined,
    minReplicas:
      (typeof raw.min_replicas === "number" ? raw.min_replicas : undefined) ??
        0,
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    visibility: typeof raw.visibility === "string" ? raw.visibility : undefined,
    priority: typeof raw.priority === "number" ? raw.priority : undefined,
    adminStateUp: typeof raw.admin_state_up === "boolean"
      ? raw.admin_state_up
      : undefined,
    mode: typeof raw.mode === "string" ? raw.mode : undefined,
    ownerEmail: typeof raw.owner_email === "string"
      ? raw.owner_email
      : undefined,
    version: String(raw.version ?? ""),
  };
}

function encodeOrchestrationStack(
  value: Partial<OrchestrationStack>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.enabled !== undefined) body.enabled = value.enabled;
  if (value.subnetId !== undefined) body.subnet_id = value.subnetId;
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.mode !== undefined) body.mode = value.mode;
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  if (value.version !== undefined) body.version = value.version;
  return body;
}

/** Operations on stacks (`/v2/orchestration/stacks`). */
class OrchestrationStackService extends ResourceService<OrchestrationStack> {
  constructor(transport: Transport) {
    super(
      transport,
      ORCHESTRATION_STACK,
      "stack",
      "stacks",
      decodeOrchestrationStack,
      encodeOrchestrationStack,
    );
  }

  /** Asks the API to stop a stack; answers with its new state. */
  async stop(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<OrchestrationStack> {
    return await this.action(id, "stop", options);
  }

  /** Asks the API to resize a stack; answers with its new state. */
  async resize(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<OrchestrationStack> {
    return await this.action(id, "resize", options);
  }

  /** Asks the API to disable a stack; answers with its new state. */
  async disable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<OrchestrationStack> {
    return await this.action(id, "disable", options);
  }

  /** Asks the API to refresh a stack; answers with its new state. */
  async refresh(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<OrchestrationStack> {
    return await this.action(id, "refresh", options);
  }
}

/** A stack resource of the orchestration service, as the API returns it. */
interface OrchestrationStackResource {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the stack resource. */
  name: string;
  /** Free-form text shown in the console. */
  description?: string;
  /** Owning project. */
  projectId?: string;
  /** Tags attached to the resource. */
  tags: string[];
  /** IPv4 network in CIDR notation. */
  cidr?: string;
  /** Upper bound for autoscaling. */
  maxReplicas?: number;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Reachable from the internet. */
  public?: boolean;
  /** Cron expression. */
  schedule?: string;
  /** Evaluation order, lowest first. */
  priority?: number;
  /** Networks allowed to connect. */
  allowedCidrs?: string[];
}

const ORCHESTRATION_STACK_RESOURCE = register({
  kind: "orchestration.stack_resource",
  service: "orchestration",
  path: "/v2/orchestration/stack-resources",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the stack resource",
    },
    {
      name: "description",
      type: "string",
      required: false,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "tags",
      type: "list",
      required: true,
      description: "Tags attached to the resource",
    },
    {
      name: "cidr",
      type: "string",
      required: false,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
    {
      name: "schedule",
      type: "string",
      required: false,
      pattern: "^(\\S+\\s){4}\\S+$",
      description: "Cron expression",
    },
    {
      name: "priority",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: false,
      description: "Networks allowed to connect",
    },
  ],
});

function decodeOrchestrationStackResource(
  raw: Record<string, unknown>,
): OrchestrationStackResource {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      ORCHESTRATION_STACK_RESOURCE.statuses,
      "BUILD",
    ) as OrchestrationStackResource["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: typeof raw.description === "string"
      ? raw.description
      : undefined,
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    tags: (Array.isArray(raw.tags) ? raw.tags.map(String) : undefined) ?? [],
    cidr: typeof raw.cidr === "string" ? raw.cidr : undefined,
    maxReplicas: typeof raw.max_replicas === "number"
      ? raw.max_replicas
      : undefined,
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    public: typeof raw.public === "boolean" ? raw.public : undefined,
    schedule: typeof raw.schedule === "string" ? raw.schedule : undefined,
    priority: typeof raw.priority === "number" ? raw.priority : undefined,
    allowedCidrs: Array.isArray(raw.allowed_cidrs)
      ? raw.allowed_cidrs.map(String)
      : undefined,
  };
}

function encodeOrchestrationStackResource(
  value: Partial<OrchestrationStackResource>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.public !== undefined) body.public = value.public;
  if (value.schedule !== undefined) body.schedule = value.schedule;
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  return body;
}

/** Operations on stack resources (`/v2/orchestration/stack-resources`). */
class OrchestrationStackResourceService
  extends ResourceService<OrchestrationStackResource> {
  constructor(transport: Transport) {
    super(
      transport,
      ORCHESTRATION_STACK_RESOURCE,
      "stack_resource",
      "stack_resources",
      decodeOrchestrationStackResource,
      encodeOrchestrationStackResource,
    );
  }

  /** Asks the API to reboot a stack resource; answers with its new state. */
  async reboot(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<OrchestrationStackResource> {
    return await this.action(id, "reboot", options);
  }

  /** Asks the API to export a stack resource; answers with its new state. */
  async export(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<OrchestrationStackResource> {
    return await this.action(id, "export", options);
  }
}

/** A template of the orchestration service, as the API returns it. */
interface OrchestrationTemplate {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the template. */
  name: string;
  /** Region that hosts the resource. */
  region?: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** Network protocol. */
  protocol?: string;
  /** IPv4 network in CIDR notation. */
  cidr?: string;
  /** Network the resource is attached to. */
  networkId?: string;
  /** Lower bound for autoscaling. */
  minReplicas?: number;
  /** Upper bound for autoscaling. */
  maxReplicas?: number;
  /** Who may see the resource. */
  visibility?: string;
  /** Service tier. */
  tier: string;
  /** URL the service calls. */
  endpointUrl?: string;
  /** Contact for the resource. */
  ownerEmail?: string;
  /** Refuse deletion while set. */
  deletionProtection?: boolean;
}

const ORCHESTRATION_TEMPLATE = register({
  kind: "orchestration.template",
  service: "orchestration",
  path: "/v2/orchestration/templates",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the template",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "protocol",
      type: "string",
      required: false,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "cidr",
      type: "string",
      required: false,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "network_id",
      type: "string",
      required: false,
      pattern: "^net-[0-9a-f]{12}$",
      description: "Network the resource is attached to",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "visibility",
      type: "string",
      required: false,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "tier",
      type: "string",
      required: true,
      choices: ["basic", "standard", "premium"],
      description: "Service tier",
    },
    {
      name: "endpoint_url",
      type: "string",
      required: false,
      pattern: "^https?://",
      description: "URL the service calls",
    },
    {
      name: "owner_email",
      type: "string",
      required: false,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: false,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeOrchestrationTemplate(
  raw: Record<string, unknown>,
): OrchestrationTemplate {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      ORCHESTRATION_TEMPLATE.statuses,
      "BUILD",
    ) as OrchestrationTemplate["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    region: typeof raw.region === "string" ? raw.region : undefined,
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    protocol: typeof raw.protocol === "string" ? raw.protocol : undefined,
    cidr: typeof raw.cidr === "string" ? raw.cidr : undefined,
    networkId: typeof raw.network_id === "string" ? raw.network_id : undefined,
    minReplicas: typeof raw.min_replicas === "number"
      ? raw.min_replicas
      : undefined,
    maxReplicas: typeof raw.max_replicas === "number"
      ? raw.max_replicas
      : undefined,
    visibility: typeof raw.visibility === "string" ? raw.visibility : undefined,
    tier: String(raw.tier ?? ""),
    endpointUrl: typeof raw.endpoint_url === "string"
      ? raw.endpoint_url
      : undefined,
    ownerEmail: typeof raw.owner_email === "string"
      ? raw.owner_email
      : undefined,
    deletionProtection: typeof raw.deletion_protection === "boolean"
      ? raw.deletion_protection
      : undefined,
  };
}

function encodeOrchestrationTemplate(
  value: Partial<OrchestrationTemplate>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.region !== undefined) body.region = value.region;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.networkId !== undefined) body.network_id = value.networkId;
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.tier !== undefined) body.tier = value.tier;
  if (value.endpointUrl !== undefined) body.endpoint_url = value.endpointUrl;
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on templates (`/v2/orchestration/templates`). */
class OrchestrationTemplateService
  extends ResourceService<OrchestrationTemplate> {
  constructor(transport: Transport) {
    super(
      transport,
      ORCHESTRATION_TEMPLATE,
      "template",
      "templates",
      decodeOrchestrationTemplate,
      encodeOrchestrationTemplate,
    );
  }
}

/** A change set of the orchestration service, as the API returns it. */
interface OrchestrationChangeSet {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the change set. */
  name: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** Owning project. */
  projectId?: string;
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** Network protocol. */
  protocol?: string;
  /** IPv4 network in CIDR notation. */
  cidr?: string;
  /** Upper bound for autoscaling. */
  maxReplicas: number;
}

const ORCHESTRATION_CHANGE_SET = register({
  kind: "orchestration.change_set",
  service: "orchestration",
  path: "/v2/orchestration/change-sets",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the change set",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "protocol",
      type: "string",
      required: false,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "cidr",
      type: "string",
      required: false,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: true,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
  ],
});

function decodeOrchestrationChangeSet(
  raw: Record<string, unknown>,
): OrchestrationChangeSet {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      ORCHESTRATION_CHANGE_SET.statuses,
      "BUILD",
    ) as OrchestrationChangeSet["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    protocol: typeof raw.protocol === "string" ? raw.protocol : undefined,
    cidr: typeof raw.cidr === "string" ? raw.cidr : undefined,
    maxReplicas:
      (typeof raw.max_replicas === "number" ? raw.max_replicas : undefined) ??
        0,
  };
}

function encodeOrchestrationChangeSet(
  value: Partial<OrchestrationChangeSet>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  return body;
}

/** Operations on change sets (`/v2/orchestration/change-sets`). */
class OrchestrationChangeSetService
  extends ResourceService<OrchestrationChangeSet> {
  constructor(transport: Transport) {
    super(
      transport,
      ORCHESTRATION_CHANGE_SET,
      "change_set",
      "change_sets",
      decodeOrchestrationChangeSet,
      encodeOrchestrationChangeSet,
    );
  }

  /** Asks the API to enable a change set; answers with its new state. */
  async enable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<OrchestrationChangeSet> {
    return await this.action(id, "enable", options);
  }

  /** Asks the API to export a change set; answers with its new state. */
  async export(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<OrchestrationChangeSet> {
    return await this.action(id, "export", options);
  }
}

/** A stack event of the orchestration service, as the API returns it. */
interface OrchestrationStackEvent {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the stack event. */
  name: string;
  /** Whether the resource is active. */
  enabled?: boolean;
  /** Network the resource is attached to. */
  networkId?: string;
  /** Days data is kept. */
  retentionDays?: number;
  /** Lower bound for autoscaling. */
  minReplicas?: number;
  /** Reachable from the internet. */
  public?: boolean;
  /** Who may see the resource. */
  visibility?: string;
  /** Contact for the resource. */
  ownerEmail?: string;
  /** Request timeout. */
  timeoutSeconds?: number;
  /** Networks allowed to connect. */
  allowedCidrs?: string[];
}

const ORCHESTRATION_STACK_EVENT = register({
  kind: "orchestration.stack_event",
  service: "orchestration",
  path: "/v2/orchestration/stack-events",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the stack event",
    },
    {
      name: "enabled",
      type: "boolean",
      required: false,
      description: "Whether the resource is active",
    },
    {
      name: "network_id",
      type: "string",
      required: false,
      pattern: "^net-[0-9a-f]{12}$",
      description: "Network the resource is attached to",
    },
    {
      name: "retention_days",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3650,
      description: "Days data is kept",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
    {
      name: "visibility",
      type: "string",
      required: false,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "owner_email",
      type: "string",
      required: false,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
    {
      name: "timeout_seconds",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3600,
      description: "Request timeout",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: false,
      description: "Networks allowed to connect",
    },
  ],
});

function decodeOrchestrationStackEvent(
  raw: Record<string, unknown>,
): OrchestrationStackEvent {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      ORCHESTRATION_STACK_EVENT.statuses,
      "BUILD",
    ) as OrchestrationStackEvent["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    enabled: typeof raw.enabled === "boolean" ? raw.enabled : undefined,
    networkId: typeof raw.network_id === "string" ? raw.network_id : undefined,
    retentionDays: typeof raw.retention_days === "number"
      ? raw.retention_days
      : undefined,
    minReplicas: typeof raw.min_replicas === "number"
      ? raw.min_replicas
      : undefined,
    public: typeof raw.public === "boolean" ? raw.public : undefined,
    visibility: typeof raw.visibility === "string" ? raw.visibility : undefined,
    ownerEmail: typeof raw.owner_email === "string"
      ? raw.owner_email
      : undefined,
    timeoutSeconds: typeof raw.timeout_seconds === "number"
      ? raw.timeout_seconds
      : undefined,
    allowedCidrs: Array.isArray(raw.allowed_cidrs)
      ? raw.allowed_cidrs.map(String)
      : undefined,
  };
}

function encodeOrchestrationStackEvent(
  value: Partial<OrchestrationStackEvent>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.enabled !== undefined) body.enabled = value.enabled;
  if (value.networkId !== undefined) body.network_id = value.networkId;
  if (value.retentionDays !== undefined) {
    body.retention_days = value.retentionDays;
  }
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.public !== undefined) body.public = value.public;
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  if (value.timeoutSeconds !== undefined) {
    body.timeout_seconds = value.timeoutSeconds;
  }
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  return body;
}

/** Operations on stack events (`/v2/orchestration/stack-events`). */
class OrchestrationStackEventService
  extends ResourceService<OrchestrationStackEvent> {
  constructor(transport: Transport) {
    super(
      transport,
      ORCHESTRATION_STACK_EVENT,
      "stack_event",
      "stack_events",
      decodeOrchestrationStackEvent,
      encodeOrchestrationStackEvent,
    );
  }

  /** Asks the API to reboot a stack event; answers with its new state. */
  async reboot(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<OrchestrationStackEvent> {
    return await this.action(id, "reboot", options);
  }

  /** Asks the API to enable a stack event; answers with its new state. */
  async enable(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<OrchestrationStackEvent> {
    return await this.action(id, "enable", options);
  }

  /** Asks the API to export a stack event; answers with its new state. */
  async export(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<OrchestrationStackEvent> {
    return await this.action(id, "export", options);
  }
}

/** A drift detection of the orchestration service, as the API returns it. */
interface OrchestrationDriftDetection {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the drift detection. */
  name: string;
  /** Free-form text shown in the console. */
  description: string;
  /** Owning project. */
  projectId?: string;
  /** Network protocol. */
  protocol?: string;
  /** IPv4 network in CIDR notation. */
  cidr?: string;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** Who may see the resource. */
  visibility?: string;
  /** Service tier. */
  tier?: string;
  /** Cron expression. */
  schedule?: string;
  /** Evaluation order, lowest first. */
  priority?: number;
  /** Operating mode. */
  mode?: string;
  /** Networks allowed to connect. */
  allowedCidrs?: string[];
}

const ORCHESTRATION_DRIFT_DETECTION = register({
  kind: "orchestration.drift_detection",
  service: "orchestration",
  path: "/v2/orchestration/drift-detections",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the drift detection",
    },
    {
      name: "description",
      type: "string",
      required: true,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "protocol",
      type: "string",
      required: false,
      choices: ["tcp", "udp", "icmp", "http", "https"],
      description: "Network protocol",
    },
    {
      name: "cidr",
      type: "string",
      required: false,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "visibility",
      type: "string",
      required: false,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "tier",
      type: "string",
      required: false,
      choices: ["basic", "standard", "premium"],
      description: "Service tier",
    },
    {
      name: "schedule",
      type: "string",
      required: false,
      pattern: "^(\\S+\\s){4}\\S+$",
      description: "Cron expression",
    },
    {
      name: "priority",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "mode",
      type: "string",
      required: false,
      choices: ["active", "passive", "standby"],
      description: "Operating mode",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: false,
      description: "Networks allowed to connect",
    },
  ],
});

function decodeOrchestrationDriftDetection(
  raw: Record<string, unknown>,
): OrchestrationDriftDetection {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      ORCHESTRATION_DRIFT_DETECTION.statuses,
      "BUILD",
    ) as OrchestrationDriftDetection["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: String(raw.description ?? ""),
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    protocol: typeof raw.protocol === "string" ? raw.protocol : undefined,
    cidr: typeof raw.cidr === "string" ? raw.cidr : undefined,
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    visibility: typeof raw.visibility === "string" ? raw.visibility : undefined,
    tier: typeof raw.tier === "string" ? raw.tier : undefined,
    schedule: typeof raw.schedule === "string" ? raw.schedule : undefined,
    priority: typeof raw.priority === "number" ? raw.priority : undefined,
    mode: typeof raw.mode === "string" ? raw.mode : undefined,
    allowedCidrs: Array.isArray(raw.allowed_cidrs)
      ? raw.allowed_cidrs.map(String)
      : undefined,
  };
}

function encodeOrchestrationDriftDetection(
  value: Partial<OrchestrationDriftDetection>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.protocol !== undefined) body.protocol = value.protocol;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.tier !== undefined) body.tier = value.tier;
  if (value.schedule !== undefined) body.schedule = value.schedule;
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.mode !== undefined) body.mode = value.mode;
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  return body;
}

/** Operations on drift detections (`/v2/orchestration/drift-detections`). */
class OrchestrationDriftDetectionService
  extends ResourceService<OrchestrationDriftDetection> {
  constructor(transport: Transport) {
    super(
      transport,
      ORCHESTRATION_DRIFT_DETECTION,
      "drift_detection",
      "drift_detections",
      decodeOrchestrationDriftDetection,
      encodeOrchestrationDriftDetection,
    );
  }

  /** Asks the API to reboot a drift detection; answers with its new state. */
  async reboot(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<OrchestrationDriftDetection> {
    return await this.action(id, "reboot", options);
  }

  /** Asks the API to resize a drift detection; answers with its new state. */
  async resize(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<OrchestrationDriftDetection> {
    return await this.action(id, "resize", options);
  }

  /** Asks the API to rotate a drift detection; answers with its new state. */
  async rotate(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<OrchestrationDriftDetection> {
    return await this.action(id, "rotate", options);
  }

  /** Asks the API to export a drift detection; answers with its new state. */
  async export(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<OrchestrationDriftDetection> {
    return await this.action(id, "export", options);
  }
}

// ---------------------------------------------------------------------------
// vpn
// ---------------------------------------------------------------------------

/** A vpn gateway of the vpn service, as the API returns it. */
interface VpnVpnGateway {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the vpn gateway. */
  name: string;
  /** Region that hosts the resource. */
  region?: string;
  /** Owning project. */
  projectId?: string;
  /** IPv4 network in CIDR notation. */
  cidr?: string;
  /** Reachable from the internet. */
  public?: boolean;
  /** Service tier. */
  tier?: string;
  /** Administrative state. */
  adminStateUp?: boolean;
  /** Operating mode. */
  mode?: string;
  /** Contact for the resource. */
  ownerEmail?: string;
  /** Version of the engine or runtime. */
  version?: string;
}

const VPN_VPN_GATEWAY = register({
  kind: "vpn.vpn_gateway",
  service: "vpn",
  path: "/v1/vpn/vpn-gateways",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the vpn gateway",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "cidr",
      type: "string",
      required: false,
      pattern: "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$",
      description: "IPv4 network in CIDR notation",
    },
    {
      name: "public",
      type: "boolean",
      required: false,
      description: "Reachable from the internet",
    },
    {
      name: "tier",
      type: "string",
      required: false,
      choices: ["basic", "standard", "premium"],
      description: "Service tier",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: false,
      description: "Administrative state",
    },
    {
      name: "mode",
      type: "string",
      required: false,
      choices: ["active", "passive", "standby"],
      description: "Operating mode",
    },
    {
      name: "owner_email",
      type: "string",
      required: false,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
    {
      name: "version",
      type: "string",
      required: false,
      pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
      description: "Version of the engine or runtime",
    },
  ],
});

function decodeVpnVpnGateway(raw: Record<string, unknown>): VpnVpnGateway {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      VPN_VPN_GATEWAY.statuses,
      "BUILD",
    ) as VpnVpnGateway["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    region: typeof raw.region === "string" ? raw.region : undefined,
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    cidr: typeof raw.cidr === "string" ? raw.cidr : undefined,
    public: typeof raw.public === "boolean" ? raw.public : undefined,
    tier: typeof raw.tier === "string" ? raw.tier : undefined,
    adminStateUp: typeof raw.admin_state_up === "boolean"
      ? raw.admin_state_up
      : undefined,
    mode: typeof raw.mode === "string" ? raw.mode : undefined,
    ownerEmail: typeof raw.owner_email === "string"
      ? raw.owner_email
      : undefined,
    version: typeof raw.version === "string" ? raw.version : undefined,
  };
}

function encodeVpnVpnGateway(
  value: Partial<VpnVpnGateway>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.region !== undefined) body.region = value.region;
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.cidr !== undefined) body.cidr = value.cidr;
  if (value.public !== undefined) body.public = value.public;
  if (value.tier !== undefined) body.tier = value.tier;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.mode !== undefined) body.mode = value.mode;
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  if (value.version !== undefined) body.version = value.version;
  return body;
}

/** Operations on vpn gateways (`/v1/vpn/vpn-gateways`). */
class VpnVpnGatewayService extends ResourceService<VpnVpnGateway> {
  constructor(transport: Transport) {
    super(
      transport,
      VPN_VPN_GATEWAY,
      "vpn_gateway",
      "vpn_gateways",
      decodeVpnVpnGateway,
      encodeVpnVpnGateway,
    );
  }

  /** Asks the API to reboot a vpn gateway; answers with its new state. */
  async reboot(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<VpnVpnGateway> {
    return await this.action(id, "reboot", options);
  }

  /** Asks the API to refresh a vpn gateway; answers with its new state. */
  async refresh(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<VpnVpnGateway> {
    return await this.action(id, "refresh", options);
  }
}

/** A vpn connection of the vpn service, as the API returns it. */
interface VpnVpnConnection {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the vpn connection. */
  name: string;
  /** Region that hosts the resource. */
  region?: string;
  /** Size in gibibytes. */
  sizeGb: number;
  /** TCP or UDP port. */
  port: number;
  /** Lower bound for autoscaling. */
  minReplicas: number;
  /** Who may see the resource. */
  visibility?: string;
  /** Cron expression. */
  schedule?: string;
  /** Contact for the resource. */
  ownerEmail?: string;
}

const VPN_VPN_CONNECTION = register({
  kind: "vpn.vpn_connection",
  service: "vpn",
  path: "/v1/vpn/vpn-connections",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the vpn connection",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "size_gb",
      type: "integer",
      required: true,
      minimum: 1,
      maximum: 65536,
      description: "Size in gibibytes",
    },
    {
      name: "port",
      type: "integer",
      required: true,
      minimum: 1,
      maximum: 65535,
      description: "TCP or UDP port",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: true,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "visibility",
      type: "string",
      required: false,
      choices: ["private", "shared", "community", "public"],
      description: "Who may see the resource",
    },
    {
      name: "schedule",
      type: "string",
      required: false,
      pattern: "^(\\S+\\s){4}\\S+$",
      description: "Cron expression",
    },
    {
      name: "owner_email",
      type: "string",
      required: false,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
  ],
});

function decodeVpnVpnConnection(
  raw: Record<string, unknown>,
): VpnVpnConnection {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      VPN_VPN_CONNECTION.statuses,
      "BUILD",
    ) as VpnVpnConnection["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    region: typeof raw.region === "string" ? raw.region : undefined,
    sizeGb: (typeof raw.size_gb === "number" ? raw.size_gb : undefined) ?? 0,
    port: (typeof raw.port === "number" ? raw.port : undefined) ?? 0,
    minReplicas:
      (typeof raw.min_replicas === "number" ? raw.min_replicas : undefined) ??
        0,
    visibility: typeof raw.visibility === "string" ? raw.visibility : undefined,
    schedule: typeof raw.schedule === "string" ? raw.schedule : undefined,
    ownerEmail: typeof raw.owner_email === "string"
      ? raw.owner_email
      : undefined,
  };
}

function encodeVpnVpnConnection(
  value: Partial<VpnVpnConnection>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.region !== undefined) body.region = value.region;
  if (value.sizeGb !== undefined) body.size_gb = value.sizeGb;
  if (value.port !== undefined) body.port = value.port;
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.visibility !== undefined) body.visibility = value.visibility;
  if (value.schedule !== undefined) body.schedule = value.schedule;
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  return body;
}

/** Operations on vpn connections (`/v1/vpn/vpn-connections`). */
class VpnVpnConnectionService extends ResourceService<VpnVpnConnection> {
  constructor(transport: Transport) {
    super(
      transport,
      VPN_VPN_CONNECTION,
      "vpn_connection",
      "vpn_connections",
      decodeVpnVpnConnection,
      encodeVpnVpnConnection,
    );
  }

  /** Asks the API to reboot a vpn connection; answers with its new state. */
  async reboot(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<VpnVpnConnection> {
    return await this.action(id, "reboot", options);
  }

  /** Asks the API to resize a vpn connection; answers with its new state. */
  async resize(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<VpnVpnConnection> {
    return await this.action(id, "resize", options);
  }
}

/** An ike policy of the vpn service, as the API returns it. */
interface VpnIkePolicy {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the ike policy. */
  name: string;
  /** Owning project. */
  projectId?: string;
  /** Subnet the resource is attached to. */
  subnetId?: string;
  /** Lower bound for autoscaling. */
  minReplicas?: number;
  /** Upper bound for autoscaling. */
  maxReplicas?: number;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Service tier. */
  tier?: string;
  /** URL the service calls. */
  endpointUrl: string;
  /** Administrative state. */
  adminStateUp?: boolean;
  /** Operating mode. */
  mode: string;
  /** Contact for the resource. */
  ownerEmail?: string;
  /** Request timeout. */
  timeoutSeconds?: number;
  /** Arbitrary metadata. */
  metadata?: Record<string, string>;
  /** Networks allowed to connect. */
  allowedCidrs?: string[];
}

const VPN_IKE_POLICY = register({
  kind: "vpn.ike_policy",
  service: "vpn",
  path: "/v1/vpn/ike-policies",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the ike policy",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "subnet_id",
      type: "string",
      required: false,
      pattern: "^subnet-[0-9a-f]{12}$",
      description: "Subnet the resource is attached to",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "max_replicas",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 1000,
      description: "Upper bound for autoscaling",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "tier",
      type: "string",
      required: false,
      choices: ["basic", "standard", "premium"],
      description: "Service tier",
    },
    {
      name: "endpoint_url",
      type: "string",
      required: true,
      pattern: "^https?://",
      description: "URL the service calls",
    },
    {
      name: "admin_state_up",
      type: "boolean",
      required: false,
      description: "Administrative state",
    },
    {
      name: "mode",
      type: "string",
      required: true,
      choices: ["active", "passive", "standby"],
      description: "Operating mode",
    },
    {
      name: "owner_email",
      type: "string",
      required: false,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
    {
      name: "timeout_seconds",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3600,
      description: "Request timeout",
    },
    {
      name: "metadata",
      type: "map",
      required: false,
      description: "Arbitrary metadata",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: false,
      description: "Networks allowed to connect",
    },
  ],
});

function decodeVpnIkePolicy(raw: Record<string, unknown>): VpnIkePolicy {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      VPN_IKE_POLICY.statuses,
      "BUILD",
    ) as VpnIkePolicy["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    subnetId: typeof raw.subnet_id === "string" ? raw.subnet_id : undefined,
    minReplicas: typeof raw.min_replicas === "number"
      ? raw.min_replicas
      : undefined,
    maxReplicas: typeof raw.max_replicas === "number"
      ? raw.max_replicas
      : undefined,
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    tier: typeof raw.tier === "string" ? raw.tier : undefined,
    endpointUrl: String(raw.endpoint_url ?? ""),
    adminStateUp: typeof raw.admin_state_up === "boolean"
      ? raw.admin_state_up
      : undefined,
    mode: String(raw.mode ?? ""),
    ownerEmail: typeof raw.owner_email === "string"
      ? raw.owner_email
      : undefined,
    timeoutSeconds: typeof raw.timeout_seconds === "number"
      ? raw.timeout_seconds
      : undefined,
    metadata: isRecord(raw.metadata) ? stringMap(raw.metadata) : undefined,
    allowedCidrs: Array.isArray(raw.allowed_cidrs)
      ? raw.allowed_cidrs.map(String)
      : undefined,
  };
}

function encodeVpnIkePolicy(
  value: Partial<VpnIkePolicy>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.subnetId !== undefined) body.subnet_id = value.subnetId;
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.maxReplicas !== undefined) body.max_replicas = value.maxReplicas;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.tier !== undefined) body.tier = value.tier;
  if (value.endpointUrl !== undefined) body.endpoint_url = value.endpointUrl;
  if (value.adminStateUp !== undefined) {
    body.admin_state_up = value.adminStateUp;
  }
  if (value.mode !== undefined) body.mode = value.mode;
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  if (value.timeoutSeconds !== undefined) {
    body.timeout_seconds = value.timeoutSeconds;
  }
  if (value.metadata !== undefined) body.metadata = value.metadata;
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  return body;
}

/** Operations on ike policies (`/v1/vpn/ike-policies`). */
class VpnIkePolicyService extends ResourceService<VpnIkePolicy> {
  constructor(transport: Transport) {
    super(
      transport,
      VPN_IKE_POLICY,
      "ike_policy",
      "ike_policies",
      decodeVpnIkePolicy,
      encodeVpnIkePolicy,
    );
  }

  /** Asks the API to start an ike policy; answers with its new state. */
  async start(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<VpnIkePolicy> {
    return await this.action(id, "start", options);
  }

  /** Asks the API to restore an ike policy; answers with its new state. */
  async restore(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<VpnIkePolicy> {
    return await this.action(id, "restore", options);
  }
}

/** An ipsec policy of the vpn service, as the API returns it. */
interface VpnIpsecPolicy {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the ipsec policy. */
  name: string;
  /** Free-form text shown in the console. */
  description: string;
  /** Owning project. */
  projectId?: string;
  /** Whether the resource is active. */
  enabled?: boolean;
  /** Network the resource is attached to. */
  networkId?: string;
  /** Lower bound for autoscaling. */
  minReplicas?: number;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** Service tier. */
  tier?: string;
  /** Evaluation order, lowest first. */
  priority?: number;
  /** Request timeout. */
  timeoutSeconds: number;
  /** Networks allowed to connect. */
  allowedCidrs: string[];
}

const VPN_IPSEC_POLICY = register({
  kind: "vpn.ipsec_policy",
  service: "vpn",
  path: "/v1/vpn/ipsec-policies",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the ipsec policy",
    },
    {
      name: "description",
      type: "string",
      required: true,
      maximum: 255,
      description: "Free-form text shown in the console",
    },
    {
      name: "project_id",
      type: "string",
      required: false,
      pattern: "^[0-9a-f]{32}$",
      description: "Owning project",
    },
    {
      name: "enabled",
      type: "boolean",
      required: false,
      description: "Whether the resource is active",
    },
    {
      name: "network_id",
      type: "string",
      required: false,
      pattern: "^net-[0-9a-f]{12}$",
      description: "Network the resource is attached to",
    },
    {
      name: "min_replicas",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 1000,
      description: "Lower bound for autoscaling",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "tier",
      type: "string",
      required: false,
      choices: ["basic", "standard", "premium"],
      description: "Service tier",
    },
    {
      name: "priority",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "timeout_seconds",
      type: "integer",
      required: true,
      minimum: 1,
      maximum: 3600,
      description: "Request timeout",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: true,
      description: "Networks allowed to connect",
    },
  ],
});

function decodeVpnIpsecPolicy(raw: Record<string, unknown>): VpnIpsecPolicy {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      VPN_IPSEC_POLICY.statuses,
      "BUILD",
    ) as VpnIpsecPolicy["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    description: String(raw.description ?? ""),
    projectId: typeof raw.project_id === "string" ? raw.project_id : undefined,
    enabled: typeof raw.enabled === "boolean" ? raw.enabled : undefined,
    networkId: typeof raw.network_id === "string" ? raw.network_id : undefined,
    minReplicas: typeof raw.min_replicas === "number"
      ? raw.min_replicas
      : undefined,
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    tier: typeof raw.tier === "string" ? raw.tier : undefined,
    priority: typeof raw.priority === "number" ? raw.priority : undefined,
    timeoutSeconds:
      (typeof raw.timeout_seconds === "number"
        ? raw.timeout_seconds
        : undefined) ?? 0,
    allowedCidrs:
      (Array.isArray(raw.allowed_cidrs)
        ? raw.allowed_cidrs.map(String)
        : undefined) ?? [],
  };
}

function encodeVpnIpsecPolicy(
  value: Partial<VpnIpsecPolicy>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.description !== undefined) body.description = value.description;
  if (value.projectId !== undefined) body.project_id = value.projectId;
  if (value.enabled !== undefined) body.enabled = value.enabled;
  if (value.networkId !== undefined) body.network_id = value.networkId;
  if (value.minReplicas !== undefined) body.min_replicas = value.minReplicas;
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.tier !== undefined) body.tier = value.tier;
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.timeoutSeconds !== undefined) {
    body.timeout_seconds = value.timeoutSeconds;
  }
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  return body;
}

/** Operations on ipsec policies (`/v1/vpn/ipsec-policies`). */
class VpnIpsecPolicyService extends ResourceService<VpnIpsecPolicy> {
  constructor(transport: Transport) {
    super(
      transport,
      VPN_IPSEC_POLICY,
      "ipsec_policy",
      "ipsec_policies",
      decodeVpnIpsecPolicy,
      encodeVpnIpsecPolicy,
    );
  }

  /** Asks the API to stop an ipsec policy; answers with its new state. */
  async stop(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<VpnIpsecPolicy> {
    return await this.action(id, "stop", options);
  }

  /** Asks the API to resize an ipsec policy; answers with its new state. */
  async resize(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<VpnIpsecPolicy> {
    return await this.action(id, "resize", options);
  }

  /** Asks the API to export an ipsec policy; answers with its new state. */
  async export(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<VpnIpsecPolicy> {
    return await this.action(id, "export", options);
  }
}

/** An endpoint group of the vpn service, as the API returns it. */
interface VpnEndpointGroup {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the endpoint group. */
  name: string;
  /** Region that hosts the resource. */
  region?: string;
  /** Availability zone inside the region. */
  availabilityZone?: string;
  /** TCP or UDP port. */
  port?: number;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** Key used to encrypt data at rest. */
  encryptionKeyId?: string;
  /** Cron expression. */
  schedule?: string;
  /** URL the service calls. */
  endpointUrl: string;
  /** Networks allowed to connect. */
  allowedCidrs?: string[];
}

const VPN_ENDPOINT_GROUP = register({
  kind: "vpn.endpoint_group",
  service: "vpn",
  path: "/v1/vpn/endpoint-groups",
  statuses: ["ACTIVE", "BUILD", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the endpoint group",
    },
    {
      name: "region",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
      description: "Region that hosts the resource",
    },
    {
      name: "availability_zone",
      type: "string",
      required: false,
      pattern: "^[a-z]{2}-[a-z]+-\\d[a-f]$",
      description: "Availability zone inside the region",
    },
    {
      name: "port",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65535,
      description: "TCP or UDP port",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "encryption_key_id",
      type: "string",
      required: false,
      pattern: "^key-[0-9a-f]{16}$",
      description: "Key used to encrypt data at rest",
    },
    {
      name: "schedule",
      type: "string",
      required: false,
      pattern: "^(\\S+\\s){4}\\S+$",
      description: "Cron expression",
    },
    {
      name: "endpoint_url",
      type: "string",
      required: true,
      pattern: "^https?://",
      description: "URL the service calls",
    },
    {
      name: "allowed_cidrs",
      type: "list",
      required: false,
      description: "Networks allowed to connect",
    },
  ],
});

function decodeVpnEndpointGroup(
  raw: Record<string, unknown>,
): VpnEndpointGroup {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      VPN_ENDPOINT_GROUP.statuses,
      "BUILD",
    ) as VpnEndpointGroup["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    region: typeof raw.region === "string" ? raw.region : undefined,
    availabilityZone: typeof raw.availability_zone === "string"
      ? raw.availability_zone
      : undefined,
    port: typeof raw.port === "number" ? raw.port : undefined,
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    encryptionKeyId: typeof raw.encryption_key_id === "string"
      ? raw.encryption_key_id
      : undefined,
    schedule: typeof raw.schedule === "string" ? raw.schedule : undefined,
    endpointUrl: String(raw.endpoint_url ?? ""),
    allowedCidrs: Array.isArray(raw.allowed_cidrs)
      ? raw.allowed_cidrs.map(String)
      : undefined,
  };
}

function encodeVpnEndpointGroup(
  value: Partial<VpnEndpointGroup>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.region !== undefined) body.region = value.region;
  if (value.availabilityZone !== undefined) {
    body.availability_zone = value.availabilityZone;
  }
  if (value.port !== undefined) body.port = value.port;
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.encryptionKeyId !== undefined) {
    body.encryption_key_id = value.encryptionKeyId;
  }
  if (value.schedule !== undefined) body.schedule = value.schedule;
  if (value.endpointUrl !== undefined) body.endpoint_url = value.endpointUrl;
  if (value.allowedCidrs !== undefined) body.allowed_cidrs = value.allowedCidrs;
  return body;
}

/** Operations on endpoint groups (`/v1/vpn/endpoint-groups`). */
class VpnEndpointGroupService extends ResourceService<VpnEndpointGroup> {
  constructor(transport: Transport) {
    super(
      transport,
      VPN_ENDPOINT_GROUP,
      "endpoint_group",
      "endpoint_groups",
      decodeVpnEndpointGroup,
      encodeVpnEndpointGroup,
    );
  }
}

/** A customer gateway of the vpn service, as the API returns it. */
interface VpnCustomerGateway {
  /** Server-assigned identifier. */
  id: string;
  /** Lifecycle state. */
  status: "ACTIVE" | "BUILD" | "DEGRADED" | "ERROR" | "DELETED";
  /** Creation time (ISO 8601). */
  createdAt: string;
  /** Last modification time (ISO 8601). */
  updatedAt: string;
  /** Name of the customer gateway. */
  name: string;
  /** Tags attached to the resource. */
  tags?: string[];
  /** Key/value labels used for filtering. */
  labels?: Record<string, string>;
  /** TCP or UDP port. */
  port?: number;
  /** Subnet the resource is attached to. */
  subnetId?: string;
  /** Days data is kept. */
  retentionDays?: number;
  /** Time to live, in seconds. */
  ttlSeconds?: number;
  /** Service tier. */
  tier: string;
  /** Cron expression. */
  schedule?: string;
  /** URL the service calls. */
  endpointUrl?: string;
  /** Evaluation order, lowest first. */
  priority?: number;
  /** Contact for the resource. */
  ownerEmail?: string;
  /** Refuse deletion while set. */
  deletionProtection?: boolean;
}

const VPN_CUSTOMER_GATEWAY = register({
  kind: "vpn.customer_gateway",
  service: "vpn",
  path: "/v1/vpn/customer-gateways",
  statuses: ["ACTIVE", "BUILD", "DEGRADED", "ERROR", "DELETED"],
  fields: [
    {
      name: "name",
      type: "string",
      required: true,
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
      description: "Name of the customer gateway",
    },
    {
      name: "tags",
      type: "list",
      required: false,
      description: "Tags attached to the resource",
    },
    {
      name: "labels",
      type: "map",
      required: false,
      description: "Key/value labels used for filtering",
    },
    {
      name: "port",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 65535,
      description: "TCP or UDP port",
    },
    {
      name: "subnet_id",
      type: "string",
      required: false,
      pattern: "^subnet-[0-9a-f]{12}$",
      description: "Subnet the resource is attached to",
    },
    {
      name: "retention_days",
      type: "integer",
      required: false,
      minimum: 1,
      maximum: 3650,
      description: "Days data is kept",
    },
    {
      name: "ttl_seconds",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 604800,
      description: "Time to live, in seconds",
    },
    {
      name: "tier",
      type: "string",
      required: true,
      choices: ["basic", "standard", "premium"],
      description: "Service tier",
    },
    {
      name: "schedule",
      type: "string",
      required: false,
      pattern: "^(\\S+\\s){4}\\S+$",
      description: "Cron expression",
    },
    {
      name: "endpoint_url",
      type: "string",
      required: false,
      pattern: "^https?://",
      description: "URL the service calls",
    },
    {
      name: "priority",
      type: "integer",
      required: false,
      minimum: 0,
      maximum: 65535,
      description: "Evaluation order, lowest first",
    },
    {
      name: "owner_email",
      type: "string",
      required: false,
      pattern: "^[^@\\s]+@[^@\\s]+$",
      description: "Contact for the resource",
    },
    {
      name: "deletion_protection",
      type: "boolean",
      required: false,
      description: "Refuse deletion while set",
    },
  ],
});

function decodeVpnCustomerGateway(
  raw: Record<string, unknown>,
): VpnCustomerGateway {
  return {
    id: String(raw.id ?? ""),
    status: oneOf(
      raw.status,
      VPN_CUSTOMER_GATEWAY.statuses,
      "BUILD",
    ) as VpnCustomerGateway["status"],
    createdAt: String(raw.created_at ?? ""),
    updatedAt: String(raw.updated_at ?? raw.created_at ?? ""),
    name: String(raw.name ?? ""),
    tags: Array.isArray(raw.tags) ? raw.tags.map(String) : undefined,
    labels: isRecord(raw.labels) ? stringMap(raw.labels) : undefined,
    port: typeof raw.port === "number" ? raw.port : undefined,
    subnetId: typeof raw.subnet_id === "string" ? raw.subnet_id : undefined,
    retentionDays: typeof raw.retention_days === "number"
      ? raw.retention_days
      : undefined,
    ttlSeconds: typeof raw.ttl_seconds === "number"
      ? raw.ttl_seconds
      : undefined,
    tier: String(raw.tier ?? ""),
    schedule: typeof raw.schedule === "string" ? raw.schedule : undefined,
    endpointUrl: typeof raw.endpoint_url === "string"
      ? raw.endpoint_url
      : undefined,
    priority: typeof raw.priority === "number" ? raw.priority : undefined,
    ownerEmail: typeof raw.owner_email === "string"
      ? raw.owner_email
      : undefined,
    deletionProtection: typeof raw.deletion_protection === "boolean"
      ? raw.deletion_protection
      : undefined,
  };
}

function encodeVpnCustomerGateway(
  value: Partial<VpnCustomerGateway>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (value.name !== undefined) body.name = value.name;
  if (value.tags !== undefined) body.tags = value.tags;
  if (value.labels !== undefined) body.labels = value.labels;
  if (value.port !== undefined) body.port = value.port;
  if (value.subnetId !== undefined) body.subnet_id = value.subnetId;
  if (value.retentionDays !== undefined) {
    body.retention_days = value.retentionDays;
  }
  if (value.ttlSeconds !== undefined) body.ttl_seconds = value.ttlSeconds;
  if (value.tier !== undefined) body.tier = value.tier;
  if (value.schedule !== undefined) body.schedule = value.schedule;
  if (value.endpointUrl !== undefined) body.endpoint_url = value.endpointUrl;
  if (value.priority !== undefined) body.priority = value.priority;
  if (value.ownerEmail !== undefined) body.owner_email = value.ownerEmail;
  if (value.deletionProtection !== undefined) {
    body.deletion_protection = value.deletionProtection;
  }
  return body;
}

/** Operations on customer gateways (`/v1/vpn/customer-gateways`). */
class VpnCustomerGatewayService extends ResourceService<VpnCustomerGateway> {
  constructor(transport: Transport) {
    super(
      transport,
      VPN_CUSTOMER_GATEWAY,
      "customer_gateway",
      "customer_gateways",
      decodeVpnCustomerGateway,
      encodeVpnCustomerGateway,
    );
  }

  /** Asks the API to rotate a customer gateway; answers with its new state. */
  async rotate(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<VpnCustomerGateway> {
    return await this.action(id, "rotate", options);
  }

  /** Asks the API to export a customer gateway; answers with its new state. */
  async export(
    id: string,
    options: Record<string, unknown> = {},
  ): Promise<VpnCustomerGateway> {
    return await this.action(id, "export", options);
  }
}

// ---------------------------------------------------------------------------
// Client
// ---------------------------------------------------------------------------

/**
 * Every service of the API, one property per resource type (for instance
 * `computeInstances`), each created on first use. Obtain it from
 * {@linkcode NimbusClient.services}.
 *
 * @example
 * ```ts ignore
 * import { NimbusClient } from "./_big_sdk.ts";
 * const client = new NimbusClient({ baseUrl: "http://127.0.0.1:8080" });
 * const services = client.services(await client.authenticate("demo", "s3cret"));
 * const volumes = await services.storageVolumes.list({ region: "eu-west-1" });
 * ```
 */
export class NimbusServices {
  #transport: Transport;
  #made = new Map<string, unknown>();

  /** Use {@linkcode NimbusClient.services}; the constructor is internal. */
  constructor(transport: Transport) {
    this.#transport = transport;
  }

  #service<S>(kind: string, make: (transport: Transport) => S): S {
    let service = this.#made.get(kind) as S | undefined;
    if (service === undefined) {
      service = make(this.#transport);
      this.#made.set(kind, service);
    }
    return service;
  }

  /** The instances of the compute service. */
  get computeInstances(): ComputeInstanceService {
    return this.#service(
      "compute.instance",
      (t) => new ComputeInstanceService(t),
    );
  }

  /** The flavors of the compute service. */
  get computeFlavors(): ComputeFlavorService {
    return this.#service("compute.flavor", (t) => new ComputeFlavorService(t));
  }

  /** The images of the compute service. */
  get computeImages(): ComputeImageService {
    return this.#service("compute.image", (t) => new ComputeImageService(t));
  }

  /** The keypairs of the compute service. */
  get computeKeypairs(): ComputeKeypairService {
    return this.#service(
      "compute.keypair",
      (t) => new ComputeKeypairService(t),
    );
  }

  /** The server groups of the compute service. */
  get computeServerGroups(): ComputeServerGroupService {
    return this.#service(
      "compute.server_group",
      (t) => new ComputeServerGroupService(t),
    );
  }

  /** The snapshots of the compute service. */
  get computeSnapshots(): ComputeSnapshotService {
    return this.#service(
      "compute.snapshot",
      (t) => new ComputeSnapshotService(t),
    );
  }

  /** The volumes of the storage service. */
  get storageVolumes(): StorageVolumeService {
    return this.#service("storage.volume", (t) => new StorageVolumeService(t));
  }

  /** The volume types of the storage service. */
  get storageVolumeTypes(): StorageVolumeTypeService {
    return this.#service(
      "storage.volume_type",
      (t) => new StorageVolumeTypeService(t),
    );
  }

  /** The buckets of the storage service. */
  get storageBuckets(): StorageBucketService {
    return this.#service("storage.bucket", (t) => new StorageBucketService(t));
  }

  /** The object policies of the storage service. */
  get storageObjectPolicies(): StorageObjectPolicyService {
    return this.#service(
      "storage.object_policy",
      (t) => new StorageObjectPolicyService(t),
    );
  }

  /** The lifecycle rules of the storage service. */
  get storageLifecycleRules(): StorageLifecycleRuleService {
    return this.#service(
      "storage.lifecycle_rule",
      (t) => new StorageLifecycleRuleService(t),
    );
  }

  /** The replications of the storage service. */
  get storageReplications(): StorageReplicationService {
    return this.#service(
      "storage.replication",
      (t) => new StorageReplicationService(t),
    );
  }

  /** The networks of the network service. */
  get networkNetworks(): NetworkNetworkService {
    return this.#service(
      "network.network",
      (t) => new NetworkNetworkService(t),
    );
  }

  /** The subnets of the network service. */
  get networkSubnets(): NetworkSubnetService {
    return this.#service("network.subnet", (t) => new NetworkSubnetService(t));
  }

  /** The ports of the network service. */
  get networkPorts(): NetworkPortService {
    return this.#service("network.port", (t) => new NetworkPortService(t));
  }

  /** The routers of the network service. */
  get networkRouters(): NetworkRouterService {
    return this.#service("network.router", (t) => new NetworkRouterService(t));
  }

  /** The floating ips of the network service. */
  get networkFloatingIps(): NetworkFloatingIpService {
    return this.#service(
      "network.floating_ip",
      (t) => new NetworkFloatingIpService(t),
    );
  }

  /** The security groups of the network service. */
  get networkSecurityGroups(): NetworkSecurityGroupService {
    return this.#service(
      "network.security_group",
      (t) => new NetworkSecurityGroupService(t),
    );
  }

  /** The zones of the dns service. */
  get dnsZones(): DnsZoneService {
    return this.#service("dns.zone", (t) => new DnsZoneService(t));
  }

  /** The record sets of the dns service. */
  get dnsRecordSets(): DnsRecordSetService {
    return this.#service("dns.record_set", (t) => new DnsRecordSetService(t));
  }

  /** The resolvers of the dns service. */
  get dnsResolvers(): DnsResolverService {
    return this.#service("dns.resolver", (t) => new DnsResolverService(t));
  }

  /** The forwarders of the dns service. */
  get dnsForwarders(): DnsForwarderService {
    return this.#service("dns.forwarder", (t) => new DnsForwarderService(t));
  }

  /** The tsig keys of the dns service. */
  get dnsTsigKeys(): DnsTsigKeyService {
    return this.#service("dns.tsig_key", (t) => new DnsTsigKeyService(t));
  }

  /** The blocklists of the dns service. */
  get dnsBlocklists(): DnsBlocklistService {
    return this.#service("dns.blocklist", (t) => new DnsBlocklistService(t));
  }

  /** The projects of the identity service. */
  get identityProjects(): IdentityProjectService {
    return this.#service(
      "identity.project",
      (t) => new IdentityProjectService(t),
    );
  }

  /** The domains of the identity service. */
  get identityDomains(): IdentityDomainService {
    return this.#service(
      "identity.domain",
      (t) => new IdentityDomainService(t),
    );
  }

  /** The users of the identity service. */
  get identityUsers(): IdentityUserService {
    return this.#service("identity.user", (t) => new IdentityUserService(t));
  }

  /** The groups of the identity service. */
  get identityGroups(): IdentityGroupService {
    return this.#service("identity.group", (t) => new IdentityGroupService(t));
  }

  /** The roles of the identity service. */
  get identityRoles(): IdentityRoleService {
    return this.#service("identity.role", (t) => new IdentityRoleService(t));
  }

  /** The credentials of the identity service. */
  get identityCredentials(): IdentityCredentialService {
    return this.#service(
      "identity.credential",
      (t) => new IdentityCredentialService(t),
    );
  }

  /** The clusters of the database service. */
  get databaseClusters(): DatabaseClusterService {
    return this.#service(
      "database.cluster",
      (t) => new DatabaseClusterService(t),
    );
  }

  /** The instance classes of the database service. */
  get databaseInstanceClasses(): DatabaseInstanceClassService {
    return this.#service(
      "database.instance_class",
      (t) => new DatabaseInstanceClassService(t),
    );
  }

  /** The parameter groups of the database service. */
  get databaseParameterGroups(): DatabaseParameterGroupService {
    return this.#service(
      "database.parameter_group",
      (t) => new DatabaseParameterGroupService(t),
    );
  }

  /** The databases of the database service. */
  get databaseDatabases(): DatabaseDatabaseService {
    return this.#service(
      "database.database",
      (t) => new DatabaseDatabaseService(t),
    );
  }

  /** The replicas of the database service. */
  get databaseReplicas(): DatabaseReplicaService {
    return this.#service(
      "database.replica",
      (t) => new DatabaseReplicaService(t),
    );
  }

  /** The db users of the database service. */
  get databaseDbUsers(): DatabaseDbUserService {
    return this.#service(
      "database.db_user",
      (t) => new DatabaseDbUserService(t),
    );
  }

  /** The cache clusters of the cache service. */
  get cacheCacheClusters(): CacheCacheClusterService {
    return this.#service(
      "cache.cache_cluster",
      (t) => new CacheCacheClusterService(t),
    );
  }

  /** The node groups of the cache service. */
  get cacheNodeGroups(): CacheNodeGroupService {
    return this.#service(
      "cache.node_group",
      (t) => new CacheNodeGroupService(t),
    );
  }

  /** The cache parameters of the cache service. */
  get cacheCacheParameters(): CacheCacheParameterService {
    return this.#service(
      "cache.cache_parameter",
      (t) => new CacheCacheParameterService(t),
    );
  }

  /** The subnet groups of the cache service. */
  get cacheSubnetGroups(): CacheSubnetGroupService {
    return this.#service(
      "cache.subnet_group",
      (t) => new CacheSubnetGroupService(t),
    );
  }

  /** The cache users of the cache service. */
  get cacheCacheUsers(): CacheCacheUserService {
    return this.#service(
      "cache.cache_user",
      (t) => new CacheCacheUserService(t),
    );
  }

  /** The acls of the cache service. */
  get cacheAcls(): CacheAclService {
    return this.#service("cache.acl", (t) => new CacheAclService(t));
  }

  /** The queues of the queue service. */
  get queueQueues(): QueueQueueService {
    return this.#service("queue.queue", (t) => new QueueQueueService(t));
  }

  /** The topics of the queue service. */
  get queueTopics(): QueueTopicService {
    return this.#service("queue.topic", (t) => new QueueTopicService(t));
  }

  /** The subscriptions of the queue service. */
  get queueSubscriptions(): QueueSubscriptionService {
    return this.#service(
      "queue.subscription",
      (t) => new QueueSubscriptionService(t),
    );
  }

  /** The dead letter policies of the queue service. */
  get queueDeadLetterPolicies(): QueueDeadLetterPolicyService {
    return this.#service(
      "queue.dead_letter_policy",
      (t) => new QueueDeadLetterPolicyService(t),
    );
  }

  /** The consumer groups of the queue service. */
  get queueConsumerGroups(): QueueConsumerGroupService {
    return this.#service(
      "queue.consumer_group",
      (t) => new QueueConsumerGroupService(t),
    );
  }

  /** The streams of the queue service. */
  get queueStreams(): QueueStreamService {
    return this.#service("queue.stream", (t) => new QueueStreamService(t));
  }

  /** The alarms of the monitoring service. */
  get monitoringAlarms(): MonitoringAlarmService {
    return this.#service(
      "monitoring.alarm",
      (t) => new MonitoringAlarmService(t),
    );
  }

  /** The metrics of the monitoring service. */
  get monitoringMetrics(): MonitoringMetricService {
    return this.#service(
      "monitoring.metric",
      (t) => new MonitoringMetricService(t),
    );
  }

  /** The dashboards of the monitoring service. */
  get monitoringDashboards(): MonitoringDashboardService {
    return this.#service(
      "monitoring.dashboard",
      (t) => new MonitoringDashboardService(t),
    );
  }

  /** The notification channels of the monitoring service. */
  get monitoringNotificationChannels(): MonitoringNotificationChannelService {
    return this.#service(
      "monitoring.notification_channel",
      (t) => new MonitoringNotificationChannelService(t),
    );
  }

  /** The uptime checks of the monitoring service. */
  get monitoringUptimeChecks(): MonitoringUptimeCheckService {
    return this.#service(
      "monitoring.uptime_check",
      (t) => new MonitoringUptimeCheckService(t),
    );
  }

  /** The slos of the monitoring service. */
  get monitoringSlos(): MonitoringSloService {
    return this.#service("monitoring.slo", (t) => new MonitoringSloService(t));
  }

  /** The log groups of the logging service. */
  get loggingLogGroups(): LoggingLogGroupService {
    return this.#service(
      "logging.log_group",
      (t) => new LoggingLogGroupService(t),
    );
  }

  /** The log streams of the logging service. */
  get loggingLogStreams(): LoggingLogStreamService {
    return this.#service(
      "logging.log_stream",
      (t) => new LoggingLogStreamService(t),
    );
  }

  /** The sinks of the logging service. */
  get loggingSinks(): LoggingSinkService {
    return this.#service("logging.sink", (t) => new LoggingSinkService(t));
  }

  /** The exclusions of the logging service. */
  get loggingExclusions(): LoggingExclusionService {
    return this.#service(
      "logging.exclusion",
      (t) => new LoggingExclusionService(t),
    );
  }

  /** The metric filters of the logging service. */
  get loggingMetricFilters(): LoggingMetricFilterService {
    return this.#service(
      "logging.metric_filter",
      (t) => new LoggingMetricFilterService(t),
    );
  }

  /** The retentions of the logging service. */
  get loggingRetentions(): LoggingRetentionService {
    return this.#service(
      "logging.retention",
      (t) => new LoggingRetentionService(t),
    );
  }

  /** The secrets of the secrets service. */
  get secretsSecrets(): SecretsSecretService {
    return this.#service("secrets.secret", (t) => new SecretsSecretService(t));
  }

  /** The secret versions of the secrets service. */
  get secretsSecretVersions(): SecretsSecretVersionService {
    return this.#service(
      "secrets.secret_version",
      (t) => new SecretsSecretVersionService(t),
    );
  }

  /** The key rings of the secrets service. */
  get secretsKeyRings(): SecretsKeyRingService {
    return this.#service(
      "secrets.key_ring",
      (t) => new SecretsKeyRingService(t),
    );
  }

  /** The crypto keys of the secrets service. */
  get secretsCryptoKeys(): SecretsCryptoKeyService {
    return this.#service(
      "secrets.crypto_key",
      (t) => new SecretsCryptoKeyService(t),
    );
  }

  /** The key versions of the secrets service. */
  get secretsKeyVersions(): SecretsKeyVersionService {
    return this.#service(
      "secrets.key_version",
      (t) => new SecretsKeyVersionService(t),
    );
  }

  /** The certificates of the secrets service. */
  get secretsCertificates(): SecretsCertificateService {
    return this.#service(
      "secrets.certificate",
      (t) => new SecretsCertificateService(t),
    );
  }

  /** The k8s clusters of the kubernetes service. */
  get kubernetesK8sClusters(): KubernetesK8sClusterService {
    return this.#service(
      "kubernetes.k8s_cluster",
      (t) => new KubernetesK8sClusterService(t),
    );
  }

  /** The node pools of the kubernetes service. */
  get kubernetesNodePools(): KubernetesNodePoolService {
    return this.#service(
      "kubernetes.node_pool",
      (t) => new KubernetesNodePoolService(t),
    );
  }

  /** The addons of the kubernetes service. */
  get kubernetesAddons(): KubernetesAddonService {
    return this.#service(
      "kubernetes.addon",
      (t) => new KubernetesAddonService(t),
    );
  }

  /** The upgrade plans of the kubernetes service. */
  get kubernetesUpgradePlans(): KubernetesUpgradePlanService {
    return this.#service(
      "kubernetes.upgrade_plan",
      (t) => new KubernetesUpgradePlanService(t),
    );
  }

  /** The kubeconfigs of the kubernetes service. */
  get kubernetesKubeconfigs(): KubernetesKubeconfigService {
    return this.#service(
      "kubernetes.kubeconfig",
      (t) => new KubernetesKubeconfigService(t),
    );
  }

  /** The workload identities of the kubernetes service. */
  get kubernetesWorkloadIdentities(): KubernetesWorkloadIdentityService {
    return this.#service(
      "kubernetes.workload_identity",
      (t) => new KubernetesWorkloadIdentityService(t),
    );
  }

  /** The distributions of the cdn service. */
  get cdnDistributions(): CdnDistributionService {
    return this.#service(
      "cdn.distribution",
      (t) => new CdnDistributionService(t),
    );
  }

  /** The origins of the cdn service. */
  get cdnOrigins(): CdnOriginService {
    return this.#service("cdn.origin", (t) => new CdnOriginService(t));
  }

  /** The cache behaviors of the cdn service. */
  get cdnCacheBehaviors(): CdnCacheBehaviorService {
    return this.#service(
      "cdn.cache_behavior",
      (t) => new CdnCacheBehaviorService(t),
    );
  }

  /** The edge rules of the cdn service. */
  get cdnEdgeRules(): CdnEdgeRuleService {
    return this.#service("cdn.edge_rule", (t) => new CdnEdgeRuleService(t));
  }

  /** The purge requests of the cdn service. */
  get cdnPurgeRequests(): CdnPurgeRequestService {
    return this.#service(
      "cdn.purge_request",
      (t) => new CdnPurgeRequestService(t),
    );
  }

  /** The waf policies of the cdn service. */
  get cdnWafPolicies(): CdnWafPolicyService {
    return this.#service("cdn.waf_policy", (t) => new CdnWafPolicyService(t));
  }

  /** The load balancers of the loadbalancing service. */
  get loadbalancingLoadBalancers(): LoadbalancingLoadBalancerService {
    return this.#service(
      "loadbalancing.load_balancer",
      (t) => new LoadbalancingLoadBalancerService(t),
    );
  }

  /** The listeners of the loadbalancing service. */
  get loadbalancingListeners(): LoadbalancingListenerService {
    return this.#service(
      "loadbalancing.listener",
      (t) => new LoadbalancingListenerService(t),
    );
  }

  /** The target pools of the loadbalancing service. */
  get loadbalancingTargetPools(): LoadbalancingTargetPoolService {
    return this.#service(
      "loadbalancing.target_pool",
      (t) => new LoadbalancingTargetPoolService(t),
    );
  }

  /** The members of the loadbalancing service. */
  get loadbalancingMembers(): LoadbalancingMemberService {
    return this.#service(
      "loadbalancing.member",
      (t) => new LoadbalancingMemberService(t),
    );
  }

  /** The health monitors of the loadbalancing service. */
  get loadbalancingHealthMonitors(): LoadbalancingHealthMonitorService {
    return this.#service(
      "loadbalancing.health_monitor",
      (t) => new LoadbalancingHealthMonitorService(t),
    );
  }

  /** The l7 policies of the loadbalancing service. */
  get loadbalancingL7Policies(): LoadbalancingL7PolicyService {
    return this.#service(
      "loadbalancing.l7_policy",
      (t) => new LoadbalancingL7PolicyService(t),
    );
  }

  /** The backup plans of the backup service. */
  get backupBackupPlans(): BackupBackupPlanService {
    return this.#service(
      "backup.backup_plan",
      (t) => new BackupBackupPlanService(t),
    );
  }

  /** The backup jobs of the backup service. */
  get backupBackupJobs(): BackupBackupJobService {
    return this.#service(
      "backup.backup_job",
      (t) => new BackupBackupJobService(t),
    );
  }

  /** The restore jobs of the backup service. */
  get backupRestoreJobs(): BackupRestoreJobService {
    return this.#service(
      "backup.restore_job",
      (t) => new BackupRestoreJobService(t),
    );
  }

  /** The recovery points of the backup service. */
  get backupRecoveryPoints(): BackupRecoveryPointService {
    return this.#service(
      "backup.recovery_point",
      (t) => new BackupRecoveryPointService(t),
    );
  }

  /** The vault locks of the backup service. */
  get backupVaultLocks(): BackupVaultLockService {
    return this.#service(
      "backup.vault_lock",
      (t) => new BackupVaultLockService(t),
    );
  }

  /** The backup selections of the backup service. */
  get backupBackupSelections(): BackupBackupSelectionService {
    return this.#service(
      "backup.backup_selection",
      (t) => new BackupBackupSelectionService(t),
    );
  }

  /** The accounts of the billing service. */
  get billingAccounts(): BillingAccountService {
    return this.#service(
      "billing.account",
      (t) => new BillingAccountService(t),
    );
  }

  /** The budgets of the billing service. */
  get billingBudgets(): BillingBudgetService {
    return this.#service("billing.budget", (t) => new BillingBudgetService(t));
  }

  /** The invoices of the billing service. */
  get billingInvoices(): BillingInvoiceService {
    return this.#service(
      "billing.invoice",
      (t) => new BillingInvoiceService(t),
    );
  }

  /** The cost reports of the billing service. */
  get billingCostReports(): BillingCostReportService {
    return this.#service(
      "billing.cost_report",
      (t) => new BillingCostReportService(t),
    );
  }

  /** The price lists of the billing service. */
  get billingPriceLists(): BillingPriceListService {
    return this.#service(
      "billing.price_list",
      (t) => new BillingPriceListService(t),
    );
  }

  /** The usage records of the billing service. */
  get billingUsageRecords(): BillingUsageRecordService {
    return this.#service(
      "billing.usage_record",
      (t) => new BillingUsageRecordService(t),
    );
  }

  /** The repositories of the registry service. */
  get registryRepositories(): RegistryRepositoryService {
    return this.#service(
      "registry.repository",
      (t) => new RegistryRepositoryService(t),
    );
  }

  /** The artifacts of the registry service. */
  get registryArtifacts(): RegistryArtifactService {
    return this.#service(
      "registry.artifact",
      (t) => new RegistryArtifactService(t),
    );
  }

  /** The tags of the registry service. */
  get registryTags(): RegistryTagService {
    return this.#service("registry.tag", (t) => new RegistryTagService(t));
  }

  /** The scan results of the registry service. */
  get registryScanResults(): RegistryScanResultService {
    return this.#service(
      "registry.scan_result",
      (t) => new RegistryScanResultService(t),
    );
  }

  /** The webhooks of the registry service. */
  get registryWebhooks(): RegistryWebhookService {
    return this.#service(
      "registry.webhook",
      (t) => new RegistryWebhookService(t),
    );
  }

  /** The retention rules of the registry service. */
  get registryRetentionRules(): RegistryRetentionRuleService {
    return this.#service(
      "registry.retention_rule",
      (t) => new RegistryRetentionRuleService(t),
    );
  }

  /** The functions of the functions service. */
  get functionsFunctions(): FunctionsFunctionService {
    return this.#service(
      "functions.function",
      (t) => new FunctionsFunctionService(t),
    );
  }

  /** The function versions of the functions service. */
  get functionsFunctionVersions(): FunctionsFunctionVersionService {
    return this.#service(
      "functions.function_version",
      (t) => new FunctionsFunctionVersionService(t),
    );
  }

  /** The aliases of the functions service. */
  get functionsAliases(): FunctionsAliasService {
    return this.#service(
      "functions.alias",
      (t) => new FunctionsAliasService(t),
    );
  }

  /** The triggers of the functions service. */
  get functionsTriggers(): FunctionsTriggerService {
    return this.#service(
      "functions.trigger",
      (t) => new FunctionsTriggerService(t),
    );
  }

  /** The layers of the functions service. */
  get functionsLayers(): FunctionsLayerService {
    return this.#service(
      "functions.layer",
      (t) => new FunctionsLayerService(t),
    );
  }

  /** The event source mappings of the functions service. */
  get functionsEventSourceMappings(): FunctionsEventSourceMappingService {
    return this.#service(
      "functions.event_source_mapping",
      (t) => new FunctionsEventSourceMappingService(t),
    );
  }

  /** The stacks of the orchestration service. */
  get orchestrationStacks(): OrchestrationStackService {
    return this.#service(
      "orchestration.stack",
      (t) => new OrchestrationStackService(t),
    );
  }

  /** The stack resources of the orchestration service. */
  get orchestrationStackResources(): OrchestrationStackResourceService {
    return this.#service(
      "orchestration.stack_resource",
      (t) => new OrchestrationStackResourceService(t),
    );
  }

  /** The templates of the orchestration service. */
  get orchestrationTemplates(): OrchestrationTemplateService {
    return this.#service(
      "orchestration.template",
      (t) => new OrchestrationTemplateService(t),
    );
  }

  /** The change sets of the orchestration service. */
  get orchestrationChangeSets(): OrchestrationChangeSetService {
    return this.#service(
      "orchestration.change_set",
      (t) => new OrchestrationChangeSetService(t),
    );
  }

  /** The stack events of the orchestration service. */
  get orchestrationStackEvents(): OrchestrationStackEventService {
    return this.#service(
      "orchestration.stack_event",
      (t) => new OrchestrationStackEventService(t),
    );
  }

  /** The drift detections of the orchestration service. */
  get orchestrationDriftDetections(): OrchestrationDriftDetectionService {
    return this.#service(
      "orchestration.drift_detection",
      (t) => new OrchestrationDriftDetectionService(t),
    );
  }

  /** The vpn gateways of the vpn service. */
  get vpnVpnGateways(): VpnVpnGatewayService {
    return this.#service("vpn.vpn_gateway", (t) => new VpnVpnGatewayService(t));
  }

  /** The vpn connections of the vpn service. */
  get vpnVpnConnections(): VpnVpnConnectionService {
    return this.#service(
      "vpn.vpn_connection",
      (t) => new VpnVpnConnectionService(t),
    );
  }

  /** The ike policies of the vpn service. */
  get vpnIkePolicies(): VpnIkePolicyService {
    return this.#service("vpn.ike_policy", (t) => new VpnIkePolicyService(t));
  }

  /** The ipsec policies of the vpn service. */
  get vpnIpsecPolicies(): VpnIpsecPolicyService {
    return this.#service(
      "vpn.ipsec_policy",
      (t) => new VpnIpsecPolicyService(t),
    );
  }

  /** The endpoint groups of the vpn service. */
  get vpnEndpointGroups(): VpnEndpointGroupService {
    return this.#service(
      "vpn.endpoint_group",
      (t) => new VpnEndpointGroupService(t),
    );
  }

  /** The customer gateways of the vpn service. */
  get vpnCustomerGateways(): VpnCustomerGatewayService {
    return this.#service(
      "vpn.customer_gateway",
      (t) => new VpnCustomerGatewayService(t),
    );
  }
}

/**
 * An authenticated session: the bearer token and when it stops being valid.
 *
 * @example
 * ```ts ignore
 * import { NimbusClient, type Session } from "./_big_sdk.ts";
 * const client = new NimbusClient({ baseUrl: "http://127.0.0.1:8080" });
 * const session: Session = await client.authenticate("demo", "s3cret");
 * console.log(session.expiresAt - Date.now());
 * ```
 */
export interface Session {
  /** The bearer token. */
  token: string;
  /** Who the token belongs to. */
  username: string;
  /** When the token was issued (epoch ms, local clock). */
  issuedAt: number;
  /** When the token expires (epoch ms, local clock). */
  expiresAt: number;
}

/**
 * Options of {@linkcode NimbusClient}.
 *
 * @example
 * ```ts
 * import type { ClientOptions } from "./_big_sdk.ts";
 * const options: ClientOptions = { baseUrl: "http://127.0.0.1:8080", timeoutMs: 5000 };
 * ```
 */
export interface ClientOptions {
  /** Base URL of the API, e.g. `https://api.nimbus.example`. */
  baseUrl: string;
  /** Per-request timeout (default 30 s). */
  timeoutMs?: number;
  /** Sent as `User-Agent`. */
  userAgent?: string;
}

/**
 * The entry point of the SDK: authenticates, and hands out the services.
 *
 * @example
 * ```ts ignore
 * import { NimbusClient } from "./_big_sdk.ts";
 * const client = new NimbusClient({ baseUrl: "http://127.0.0.1:8080" });
 * const session = await client.authenticate("demo", "s3cret");
 * console.log(await client.whoami(session));
 * ```
 */
export class NimbusClient {
  #options: Required<ClientOptions>;

  /** Builds a client; nothing is sent until a method is called. */
  constructor(options: ClientOptions) {
    this.#options = {
      timeoutMs: 30_000,
      userAgent: `nimbus-sdk-ts/${SDK_VERSION}`,
      ...options,
    };
  }

  /**
   * Exchanges a username and password for a session token (the slow part:
   * the server checks the password with a deliberately costly hash).
   *
   * @example
   * ```ts ignore
   * const session = await client.authenticate("demo", "s3cret");
   * ```
   */
  async authenticate(username: string, password: string): Promise<Session> {
    const raw = await this.#transport(undefined).request(
      "POST",
      "/v1/auth/token",
      { username, password },
    );
    if (!isRecord(raw) || typeof raw.token !== "string") {
      throw new NimbusApiError(502, "the token answer has no token");
    }
    const issuedAt = Date.now();
    const lifetime = typeof raw.expires_in === "number" ? raw.expires_in : 3600;
    return {
      token: raw.token,
      username,
      issuedAt,
      expiresAt: issuedAt + lifetime * 1000,
    };
  }

  /**
   * Asks the API who a session belongs to; fails with status 401 when the
   * token is no longer accepted.
   *
   * @example
   * ```ts ignore
   * console.assert(await client.whoami(session) === "demo");
   * ```
   */
  async whoami(session: Session): Promise<string> {
    const raw = await this.#transport(session).request("GET", "/v1/whoami");
    if (!isRecord(raw) || typeof raw.username !== "string") {
      throw new NimbusApiError(502, "the whoami answer has no username");
    }
    return raw.username;
  }

  /**
   * The API's services, acting as the session's user.
   *
   * @example
   * ```ts ignore
   * const zones = await client.services(session).dnsZones.list();
   * ```
   */
  services(session: Session): NimbusServices {
    return new NimbusServices(this.#transport(session));
  }

  /**
   * Every resource type the SDK knows, as `service.resource`.
   *
   * @example
   * ```ts
   * import { NimbusClient } from "./_big_sdk.ts";
   * console.assert(NimbusClient.resourceKinds().includes("compute.instance"));
   * ```
   */
  static resourceKinds(): string[] {
    return [...REGISTRY.keys()];
  }

  #transport(session: Session | undefined): Transport {
    return new HttpTransport(
      this.#options.baseUrl,
      session?.token,
      this.#options.timeoutMs,
      this.#options.userAgent,
    );
  }
}

/**
 * How many resource types the SDK describes.
 *
 * @example
 * ```ts
 * import { RESOURCE_COUNT } from "./_big_sdk.ts";
 * console.assert(RESOURCE_COUNT === NimbusClient.resourceKinds().length);
 * ```
 */
export const RESOURCE_COUNT: number = REGISTRY.size;
