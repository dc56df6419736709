// Cross-checks rendered manifests against each other and against the services they deploy. Every function returns
// problems, [{where: "Deployment/gateway", message}], and never throws for a manifest error.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ServiceConfig, envName } from './properties.js';
import { validateObject } from './schema.js';
import { flowAllowed, OUTSIDE, EXTERNAL } from './netpol.js';

/** The claimcheck services, by their pod label app.kubernetes.io/name, with their Maven module. */
export const SERVICES = {
  gateway: { module: 'gateway' },
  extractor: { module: 'extractor-service' },
  reconciler: { module: 'reconciler-service' },
};

/**
 * Secrets the manifests reference but git never holds: the operator creates them (README, "Deploy on Kubernetes").
 * keys: the keys a secretKeyRef may name; null = any (an envFrom secret whose keys are the operator's choice).
 */
export const EXTERNAL_SECRETS = {
  'claimcheck-db': { keys: ['username', 'password', 'jdbc-url'] },
  // the broker: username and password everywhere; host and port in production (dev's broker is in the cluster);
  // amqp-uri (amqp://host:port, no credentials) for KEDA's TriggerAuthentication in overlays/keda
  'claimcheck-rabbitmq': { keys: ['username', 'password', 'host', 'port', 'amqp-uri'] },
  'gateway-api-keys': { keys: null },
  'claimcheck-tls': { keys: ['tls.crt', 'tls.key'] },
};

/**
 * Who may open a connection to whom; everything else must be denied by the NetworkPolicies. "outside" is anything
 * outside the namespace (the ingress controller, other namespaces, the internet); "external" an address outside the
 * cluster (the production PostgreSQL and RabbitMQ). A flow to "external" with `unless` is needed where no pod of that
 * name runs in the overlay (production's database and broker are outside; dev runs both inside).
 */
export const ALLOWED_FLOWS = [
  { from: OUTSIDE, to: 'gateway', port: 'http' },
  { from: 'gateway', to: 'extractor', port: 'http' },
  { from: 'gateway', to: 'reconciler', port: 'http' },
  { from: 'reconciler', to: 'postgres', port: 5432 },
  { from: 'reconciler', to: EXTERNAL, port: 5432, unless: 'postgres', what: 'the external database' },
  // the broker (RabbitMQ, AMQP): the gateway publishes, the extractor and the reconciler consume and publish
  ...['gateway', 'extractor', 'reconciler'].flatMap((from) => [
    { from, to: 'rabbitmq', port: 5672 },
    { from, to: EXTERNAL, port: 5672, unless: 'rabbitmq', what: 'the external broker' },
  ]),
];

/** Ports on which no pod may reach addresses outside the cluster unless ALLOWED_FLOWS says so. */
const EXTERNAL_PORTS = [5432, 5671, 5672, 15672, 443, 80, 8080, 8081, 8082];

/**
 * The broker connection each service reads (its application.properties, "the broker"): property -> role. host and
 * port must name one broker for all three; username and password come from a Secret.
 */
const BROKER_PROPERTIES = { 'rabbitmq-host': 'host', 'rabbitmq-port': 'port', 'rabbitmq-username': 'username', 'rabbitmq-password': 'password' };
const BROKER_CREDENTIALS = new Set(['username', 'password']);

/** Environment variables that hold a credential: never a literal or a ConfigMap value (that is, never in git). */
const CREDENTIAL_VARIABLE = /(^|_)(PASS|PASSWORD|PASSWD|SECRET|TOKEN|CREDENTIALS?|API_?KEY)(_|$)/;
/** A URL with a password in it: scheme://user:password@host */
const URL_WITH_PASSWORD = /[a-z][a-z0-9+.-]*:\/\/[^/@\s:]+:[^/@\s]+@/i;

const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);
const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'PersistentVolume', 'StorageClass',
  'IngressClass', 'PriorityClass', 'CustomResourceDefinition']);
const HEALTH_PROBES = { startupProbe: 'startup', readinessProbe: 'readiness', livenessProbe: 'liveness' };

// ---- small helpers -------------------------------------------------------------------------------------------------

const id = (o) => `${o.kind}/${o.metadata?.name}`;

export function selectorMatches(selector, labels = {}) {
  if (!selector) return false;
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) if (labels[k] !== v) return false;
  for (const e of selector.matchExpressions ?? []) {
    const has = Object.hasOwn(labels, e.key);
    if (e.operator === 'In' && !(has && e.values.includes(labels[e.key]))) return false;
    if (e.operator === 'NotIn' && has && e.values.includes(labels[e.key])) return false;
    if (e.operator === 'Exists' && !has) return false;
    if (e.operator === 'DoesNotExist' && has) return false;
  }
  return true;
}

const isEmptySelector = (s) => !s || (Object.keys(s.matchLabels ?? {}).length === 0 && (s.matchExpressions ?? []).length === 0);

/** A Kubernetes quantity as a number (cores, bytes); NaN when unreadable. */
export function quantity(q) {
  if (typeof q === 'number') return q;
  const m = /^([0-9.]+(?:[eE][-+]?[0-9]+)?)(m|k|M|G|T|P|Ki|Mi|Gi|Ti|Pi)?$/.exec(String(q));
  if (!m) return NaN;
  const f = { m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50 };
  return Number(m[1]) * (m[2] ? f[m[2]] : 1);
}

function joinPath(...parts) {
  return ('/' + parts.filter((p) => p !== undefined && p !== '').join('/')).replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
}

/** A pod's view for the checks: its workload, labels, namespace and containers. */
function podsOf(objects) {
  return objects
    .filter((o) => WORKLOAD_KINDS.has(o.kind))
    .map((w) => ({
      workload: w,
      name: w.metadata?.name,
      namespace: w.metadata?.namespace,
      labels: w.spec?.template?.metadata?.labels ?? {},
      spec: w.spec?.template?.spec ?? {},
      containers: w.spec?.template?.spec?.containers ?? [],
    }));
}

/** A container's port number for a name or number, or undefined. */
function resolvePort(containers, port) {
  if (typeof port === 'number') return containers.some((c) => (c.ports ?? []).some((p) => p.containerPort === port)) ? port : undefined;
  for (const c of containers) for (const p of c.ports ?? []) if (p.name === port) return p.containerPort;
  return undefined;
}

// ---- the checks ----------------------------------------------------------------------------------------------------

/**
 * All checks for one rendered overlay. options: {repoDir, deployable (false for base: no namespace, no database),
 * readme (README.md text, for the external Secrets' documentation)}.
 */
export async function checkRendered(objects, options) {
  const problems = [];
  const add = (where, message) => problems.push({ where, message });
  const ctx = { objects, pods: podsOf(objects), add, ...options };

  await checkSchemas(ctx);
  checkIdentity(ctx);
  checkWorkloads(ctx);
  checkServiceContainers(ctx);
  checkServices(ctx);
  checkIngresses(ctx);
  checkAutoscalers(ctx);
  checkScaledObjects(ctx);
  checkDisruptionBudgets(ctx);
  checkNetworkPolicies(ctx);
  checkSecrets(ctx);
  checkCredentials(ctx);
  checkUrls(ctx);
  checkBroker(ctx);
  return problems;
}

/** A claimcheck service's configuration (its application.properties), or null when there is none to read. */
const configCache = new Map();
function serviceConfig(repoDir, serviceName) {
  const service = SERVICES[serviceName];
  if (!service) return null;
  const file = path.join(repoDir, service.module, 'src/main/resources/application.properties');
  if (!configCache.has(file)) configCache.set(file, existsSync(file) ? new ServiceConfig(file) : null);
  return configCache.get(file);
}

async function checkSchemas({ objects, add }) {
  for (const o of objects) for (const e of await validateObject(o)) add(id(o), `schema: ${e}`);
}

function checkIdentity({ objects, add, deployable }) {
  const seen = new Set();
  for (const o of objects) {
    const key = `${o.kind}/${o.metadata?.namespace ?? ''}/${o.metadata?.name}`;
    if (seen.has(key)) add(id(o), 'defined twice');
    seen.add(key);
    if (deployable && !CLUSTER_SCOPED.has(o.kind) && !o.metadata?.namespace) {
      add(id(o), 'has no namespace: the overlay must set one (kustomization namespace:)');
    }
  }
  const namespaces = new Set(objects.filter((o) => !CLUSTER_SCOPED.has(o.kind)).map((o) => o.metadata?.namespace));
  if (namespaces.size > 1) add('(overlay)', `objects spread over several namespaces: ${[...namespaces].join(', ')}`);
}

/** Every workload: selector matches its template, security context, resources, /tmp. */
function checkWorkloads({ pods, add }) {
  for (const p of pods) {
    const w = id(p.workload);
    if (!selectorMatches(p.workload.spec?.selector, p.labels)) {
      add(w, 'spec.selector does not match the pod template labels');
    }
    if (p.spec.automountServiceAccountToken !== false) {
      add(w, 'automountServiceAccountToken must be false (no claimcheck pod talks to the Kubernetes API)');
    }
    const podSc = p.spec.securityContext ?? {};
    for (const c of [...(p.spec.initContainers ?? []), ...p.containers]) {
      const where = `${w} container ${c.name}`;
      const sc = c.securityContext ?? {};
      const runAsNonRoot = sc.runAsNonRoot ?? podSc.runAsNonRoot;
      const runAsUser = sc.runAsUser ?? podSc.runAsUser;
      if (runAsNonRoot !== true) add(where, 'securityContext.runAsNonRoot must be true');
      if (runAsUser === 0) add(where, 'securityContext.runAsUser is 0 (root)');
      if (sc.readOnlyRootFilesystem !== true) add(where, 'securityContext.readOnlyRootFilesystem must be true');
      if (sc.allowPrivilegeEscalation !== false) add(where, 'securityContext.allowPrivilegeEscalation must be false');
      if (sc.privileged === true) add(where, 'securityContext.privileged must not be true');
      if (!(sc.capabilities?.drop ?? []).includes('ALL')) add(where, 'securityContext.capabilities.drop must include ALL');
      if ((sc.capabilities?.add ?? []).length) add(where, `adds capabilities ${sc.capabilities.add.join(', ')}`);
      const r = c.resources ?? {};
      for (const kind of ['requests', 'limits']) {
        for (const res of ['cpu', 'memory']) {
          if (r[kind]?.[res] === undefined) add(where, `resources.${kind}.${res} is missing`);
        }
      }
      for (const res of ['cpu', 'memory']) {
        const req = quantity(r.requests?.[res]);
        const lim = quantity(r.limits?.[res]);
        if (req > lim) add(where, `resources.requests.${res} (${r.requests[res]}) exceeds the limit (${r.limits[res]})`);
      }
      // a read-only root needs a writable /tmp (Quarkus, Vert.x and the JVM write there)
      if (sc.readOnlyRootFilesystem === true) {
        const tmp = (c.volumeMounts ?? []).find((m) => m.mountPath === '/tmp');
        const vol = tmp && (p.spec.volumes ?? []).find((v) => v.name === tmp.name);
        if (!tmp) add(where, 'read-only root filesystem but no volume mounted at /tmp');
        else if (!vol) add(where, `/tmp mounts volume "${tmp.name}", which the pod does not define`);
        else if (!vol.emptyDir) add(where, `/tmp should be an emptyDir, not ${Object.keys(vol).filter((k) => k !== 'name').join(', ')}`);
      }
      for (const m of c.volumeMounts ?? []) {
        const claims = (p.workload.spec?.volumeClaimTemplates ?? []).map((t) => t.metadata?.name);
        if (!(p.spec.volumes ?? []).some((v) => v.name === m.name) && !claims.includes(m.name)) {
          add(where, `mounts volume "${m.name}", which the pod does not define`);
        }
      }
    }
  }
}

/** The three claimcheck services: ports, probes, environment, images -- against their own configuration. */
function checkServiceContainers(ctx) {
  const { pods, objects, add, repoDir } = ctx;
  for (const p of pods) {
    const w = id(p.workload);
    const serviceName = p.labels['app.kubernetes.io/name'];
    const service = SERVICES[serviceName];
    if (!service) {
      if (p.workload.kind === 'Deployment') add(w, `pod label app.kubernetes.io/name="${serviceName}" is not a claimcheck service (${Object.keys(SERVICES).join(', ')})`);
      continue;
    }
    const moduleDir = path.join(repoDir, service.module);
    const propsFile = path.join(moduleDir, 'src/main/resources/application.properties');
    if (!existsSync(propsFile)) {
      add(w, `no ${path.relative(repoDir, propsFile)} to check against`);
      continue;
    }
    const config = new ServiceConfig(propsFile);
    const propsRel = path.relative(repoDir, propsFile);
    const c = p.containers.find((x) => x.name === serviceName) ?? p.containers[0];
    const where = `${w} container ${c.name}`;
    // Service links would add EXTRACTOR_PORT=tcp://..., RECONCILER_SERVICE_HOST=... to every container: variables
    // that fall into the services' own configuration names (extractor.port, reconciler.service.host)
    if (p.spec.enableServiceLinks !== false) add(w, 'enableServiceLinks must be false: the injected <SERVICE>_PORT variables collide with configuration names');

    // -- the HTTP port and the health endpoints, as the service configures them
    const httpPort = Number(config.value('quarkus.http.port') ?? 8080);
    const management = config.value('quarkus.management.enabled') === 'true';
    const healthPort = management ? Number(config.value('quarkus.management.port') ?? 9000) : httpPort;
    const nonAppRoot = (() => {
      if (management) return config.value('quarkus.management.root-path') ?? '/q';
      const nonApp = config.value('quarkus.http.non-application-root-path') ?? 'q';
      return nonApp.startsWith('/') ? nonApp : joinPath(config.value('quarkus.http.root-path') ?? '/', nonApp);
    })();
    const healthRootCfg = config.value('quarkus.smallrye-health.root-path') ?? 'health';
    const healthRoot = healthRootCfg.startsWith('/') ? healthRootCfg : joinPath(nonAppRoot, healthRootCfg);
    const sub = (k, d) => {
      const v = config.value(`quarkus.smallrye-health.${k}`) ?? d;
      return v.startsWith('/') ? v : joinPath(healthRoot, v);
    };
    const expectedPaths = { liveness: sub('liveness-path', 'live'), readiness: sub('readiness-path', 'ready'), startup: sub('startup-path', 'started') };

    const ports = (c.ports ?? []).map((x) => x.containerPort);
    if (!ports.includes(httpPort)) {
      add(where, `container port ${ports.join(', ') || '(none)'} is not the service's HTTP port ${httpPort} (quarkus.http.port in ${propsRel})`);
    }
    for (const x of c.ports ?? []) {
      if (x.containerPort !== httpPort && x.containerPort !== healthPort) {
        add(where, `container port ${x.containerPort} (${x.name ?? 'unnamed'}) is not a port the service listens on (${httpPort}${management ? `, management ${healthPort}` : ''})`);
      }
    }
    const pom = path.join(moduleDir, 'pom.xml');
    if (existsSync(pom) && !readFileSync(pom, 'utf8').includes('<artifactId>quarkus-smallrye-health</artifactId>')) {
      add(where, `probes need /q/health, but ${service.module}/pom.xml has no quarkus-smallrye-health`);
    }
    for (const [field, kind] of Object.entries(HEALTH_PROBES)) {
      const probe = c[field];
      if (!probe) {
        add(where, `${field} is missing (expected GET ${expectedPaths[kind]})`);
        continue;
      }
      if (!probe.httpGet) {
        add(where, `${field} must be an httpGet on ${expectedPaths[kind]}`);
        continue;
      }
      if (probe.httpGet.path !== expectedPaths[kind]) {
        add(where, `${field} path ${probe.httpGet.path} is not the service's ${kind} endpoint ${expectedPaths[kind]}`);
      }
      const port = resolvePort([c], probe.httpGet.port) ?? (typeof probe.httpGet.port === 'number' ? probe.httpGet.port : undefined);
      if (port === undefined) add(where, `${field} port "${probe.httpGet.port}" is not a port of the container`);
      else if (port !== healthPort) add(where, `${field} port ${port} is not the service's health port ${healthPort}`);
    }

    // -- the environment: every variable must be one the service reads
    for (const [name, source] of containerEnv(c, objects, add, where)) {
      const reason = config.explain(name);
      if (!reason) {
        add(where, `environment variable ${name} (${source}) maps to no configuration the service reads: ` +
          `${name.toLowerCase().replaceAll('_', '.')} is not in ${propsRel} (see k8s/verify/lib/properties.js for the rule)`);
      }
      if (name === envName('quarkus.http.port')) add(where, `${name} overrides quarkus.http.port; the manifests follow ${propsRel}`);
    }

    // -- the image: the module's Dockerfile, run as the user the pod expects
    const dockerfile = path.join(moduleDir, 'src/main/docker/Dockerfile.jvm');
    if (!existsSync(dockerfile)) {
      add(where, `no ${path.relative(repoDir, dockerfile)} builds this image`);
    } else {
      const text = readFileSync(dockerfile, 'utf8');
      const expose = [...text.matchAll(/^EXPOSE\s+(\d+)/gm)].map((m) => Number(m[1]));
      if (!expose.includes(httpPort)) add(where, `${path.relative(repoDir, dockerfile)} EXPOSEs ${expose.join(', ') || 'nothing'}, not ${httpPort}`);
      const user = /^USER\s+(\S+)/m.exec(text)?.[1];
      const uid = user?.split(':')[0];
      if (!uid || !/^\d+$/.test(uid) || uid === '0') add(where, `${path.relative(repoDir, dockerfile)} must end with a numeric non-root USER`);
      const runAsUser = c.securityContext?.runAsUser ?? p.spec.securityContext?.runAsUser;
      if (runAsUser !== undefined && uid && String(runAsUser) !== uid) add(where, `runAsUser ${runAsUser} differs from the image's USER ${uid}`);
      for (const part of ['target/quarkus-app/lib/', 'target/quarkus-app/*.jar', 'target/quarkus-app/app/', 'target/quarkus-app/quarkus/']) {
        if (!text.includes(part)) add(where, `${path.relative(repoDir, dockerfile)} does not copy ${part}`);
      }
    }
  }
}

/** A container's environment variables: [[name, where it comes from]], checking that every reference resolves. */
function containerEnv(c, objects, add, where) {
  const out = [];
  const find = (kind, name) => objects.find((o) => o.kind === kind && o.metadata?.name === name);
  for (const e of c.env ?? []) {
    out.push([e.name, 'env']);
    const cm = e.valueFrom?.configMapKeyRef;
    if (cm) {
      const obj = find('ConfigMap', cm.name);
      if (!obj && !cm.optional) add(where, `env ${e.name}: ConfigMap ${cm.name} does not exist`);
      else if (obj && !Object.hasOwn(obj.data ?? {}, cm.key) && !cm.optional) add(where, `env ${e.name}: ConfigMap ${cm.name} has no key ${cm.key}`);
    }
    const sk = e.valueFrom?.secretKeyRef;
    if (sk) checkSecretRef(objects, sk.name, sk.key, add, `${where} env ${e.name}`);
  }
  for (const src of c.envFrom ?? []) {
    const prefix = src.prefix ?? '';
    if (src.configMapRef) {
      const obj = find('ConfigMap', src.configMapRef.name);
      if (!obj) {
        if (!src.configMapRef.optional) add(where, `envFrom ConfigMap ${src.configMapRef.name} does not exist`);
        continue;
      }
      for (const k of Object.keys(obj.data ?? {})) out.push([prefix + k, `ConfigMap ${obj.metadata.name}`]);
    }
    if (src.secretRef) {
      const obj = find('Secret', src.secretRef.name);
      if (obj) for (const k of Object.keys({ ...obj.data, ...obj.stringData })) out.push([prefix + k, `Secret ${obj.metadata.name}`]);
      else checkSecretRef(objects, src.secretRef.name, null, add, `${where} envFrom`);
    }
  }
  return out;
}

function checkSecretRef(objects, name, key, add, where) {
  if (objects.some((o) => o.kind === 'Secret' && o.metadata?.name === name)) return;
  const ext = EXTERNAL_SECRETS[name];
  if (!ext) {
    add(where, `Secret ${name} is neither rendered nor one of the documented external Secrets (${Object.keys(EXTERNAL_SECRETS).join(', ')})`);
  } else if (key !== null && ext.keys !== null && !ext.keys.includes(key)) {
    add(where, `Secret ${name} has no documented key "${key}" (documented: ${ext.keys.join(', ')})`);
  }
}

/** No secret values in git: a rendered Secret means one was committed. External Secrets must be documented. */
function checkSecrets({ objects, add, readme }) {
  for (const o of objects.filter((x) => x.kind === 'Secret')) {
    add(id(o), 'a Secret is rendered from git: create it with kubectl instead (README, "Deploy on Kubernetes")');
  }
  if (readme === undefined) return;
  const used = new Set();
  for (const o of objects) {
    const text = JSON.stringify(o);
    for (const name of Object.keys(EXTERNAL_SECRETS)) if (text.includes(`"${name}"`)) used.add(name);
  }
  for (const name of used) {
    if (!readme.includes(name)) add('README.md', `does not say how to create the Secret ${name} that the manifests need`);
  }
}

/** Every Service selects pods, and its target ports are ports of those pods. */
function checkServices({ objects, pods, add }) {
  for (const s of objects.filter((o) => o.kind === 'Service')) {
    const sel = s.spec?.selector;
    if (!sel || Object.keys(sel).length === 0) {
      add(id(s), 'has no selector');
      continue;
    }
    const targets = pods.filter((p) => p.namespace === s.metadata?.namespace && selectorMatches({ matchLabels: sel }, p.labels));
    if (targets.length === 0) {
      add(id(s), `selector ${JSON.stringify(sel)} matches no Deployment's or StatefulSet's pod labels`);
      continue;
    }
    for (const port of s.spec?.ports ?? []) {
      const target = port.targetPort ?? port.port;
      for (const t of targets) {
        if (resolvePort(t.containers, target) === undefined) {
          add(id(s), `port ${port.name ?? port.port}: targetPort ${target} is not a container port of ${id(t.workload)}`);
        }
      }
    }
    const type = s.spec?.type ?? 'ClusterIP';
    if (type !== 'ClusterIP' && !targets.every((t) => t.labels['app.kubernetes.io/name'] === 'gateway')) {
      add(id(s), `type ${type} exposes a service other than the gateway outside the cluster`);
    }
  }
  for (const p of pods) {
    if (p.workload.kind === 'StatefulSet') {
      const headless = objects.find((o) => o.kind === 'Service' && o.metadata?.name === p.workload.spec?.serviceName);
      if (!headless) add(id(p.workload), `serviceName ${p.workload.spec?.serviceName} is not a rendered Service`);
    }
  }
}

function serviceTargets(objects, pods, serviceName) {
  const s = objects.find((o) => o.kind === 'Service' && o.metadata?.name === serviceName);
  if (!s) return null;
  return { service: s, pods: pods.filter((p) => selectorMatches({ matchLabels: s.spec?.selector ?? {} }, p.labels) && s.spec?.selector) };
}

/** The container port a Service port leads to (on the first matching pod). */
function servicePortTarget(svc, pods, portRef) {
  const port = (svc.spec?.ports ?? []).find((x) => x.port === portRef || x.name === portRef);
  if (!port || pods.length === 0) return { port, containerPort: undefined };
  return { port, containerPort: resolvePort(pods[0].containers, port.targetPort ?? port.port) };
}

/** The Ingress leads to the gateway and nowhere else. */
function checkIngresses({ objects, pods, add, repoDir }) {
  for (const ing of objects.filter((o) => o.kind === 'Ingress')) {
    const backends = [];
    if (ing.spec?.defaultBackend?.service) backends.push(ing.spec.defaultBackend.service);
    for (const rule of ing.spec?.rules ?? []) for (const p of rule.http?.paths ?? []) if (p.backend?.service) backends.push(p.backend.service);
    if (backends.length === 0) add(id(ing), 'has no backend');
    for (const b of backends) {
      const t = serviceTargets(objects, pods, b.name);
      if (!t) {
        add(id(ing), `backend Service ${b.name} does not exist`);
        continue;
      }
      const ref = b.port?.name ?? b.port?.number;
      if (!(t.service.spec?.ports ?? []).some((x) => x.name === ref || x.port === ref)) add(id(ing), `backend Service ${b.name} has no port ${ref}`);
      for (const p of t.pods) {
        if (p.labels['app.kubernetes.io/name'] !== 'gateway') add(id(ing), `backend Service ${b.name} leads to ${id(p.workload)}: only the gateway may be exposed`);
        checkBodySize(ing, p, repoDir, add);
      }
    }
    checkDocumentationRoutes(ing, objects, pods, add);
    for (const tls of ing.spec?.tls ?? []) {
      if (tls.secretName) checkSecretRef(objects, tls.secretName, null, add, `${id(ing)} tls`);
      for (const h of tls.hosts ?? []) {
        if (!(ing.spec?.rules ?? []).some((r) => r.host === h)) add(id(ing), `tls host ${h} has no rule`);
      }
    }
  }
}

/** A pod's environment as its containers get it: env first, then the ConfigMaps of envFrom. */
function envOf(pod, objects) {
  const values = new Map();
  for (const c of pod.containers) {
    for (const e of c.env ?? []) values.set(e.name, e.value ?? (e.valueFrom ? '(from a reference)' : ''));
    for (const src of c.envFrom ?? []) {
      const cm = src.configMapRef && objects.find((o) => o.kind === 'ConfigMap' && o.metadata?.name === src.configMapRef.name);
      for (const [k, v] of Object.entries(cm?.data ?? {})) if (!values.has((src.prefix ?? '') + k)) values.set((src.prefix ?? '') + k, v);
    }
  }
  return values;
}

/**
 * The gateway serves its API documentation (/q/openapi, /q/swagger-ui) only where OPENAPI_ENABLED=true (its
 * production profile turns it off): an Ingress route to it anywhere else leads to 404s.
 */
function checkDocumentationRoutes(ing, objects, pods, add) {
  for (const rule of ing.spec?.rules ?? []) {
    for (const p of rule.http?.paths ?? []) {
      if (!/^\/q\/(openapi|swagger-ui)/.test(p.path ?? '') || !p.backend?.service) continue;
      for (const pod of serviceTargets(objects, pods, p.backend.service.name)?.pods ?? []) {
        if (String(envOf(pod, objects).get('OPENAPI_ENABLED')).toLowerCase() !== 'true') {
          add(id(ing), `routes ${p.path} to ${id(pod.workload)}, which serves no API documentation (OPENAPI_ENABLED is not true)`);
        }
      }
    }
  }
}

/** "10M", "512k", "1g" -> bytes (nginx and Quarkus MemorySize units); NaN when unreadable. */
function bytes(size) {
  const m = /^(\d+)\s*([kmgt]?)b?$/i.exec(String(size ?? '').trim());
  return m ? Number(m[1]) * 1024 ** ' kmgt'.indexOf((m[2] || ' ').toLowerCase()) : NaN;
}

/** ingress-nginx refuses bodies over 1m unless told otherwise: it must pass what the service accepts. */
function checkBodySize(ing, pod, repoDir, add) {
  if (ing.spec?.ingressClassName !== 'nginx') return;
  const service = SERVICES[pod.labels['app.kubernetes.io/name']];
  const file = service && path.join(repoDir, service.module, 'src/main/resources/application.properties');
  if (!file || !existsSync(file)) return;
  const accepted = new ServiceConfig(file).value('quarkus.http.limits.max-body-size') ?? '10M';
  const proxied = ing.metadata?.annotations?.['nginx.ingress.kubernetes.io/proxy-body-size'] ?? '1m';
  if (bytes(proxied) !== 0 && bytes(proxied) < bytes(accepted)) {
    add(id(ing), `nginx.ingress.kubernetes.io/proxy-body-size ${proxied} is below the ${pod.name}'s quarkus.http.limits.max-body-size ${accepted}: larger requests would get nginx's 413, not the service's problem+json`);
  }
}

function checkAutoscalers({ objects, pods, add }) {
  const hpas = objects.filter((o) => o.kind === 'HorizontalPodAutoscaler');
  for (const h of hpas) {
    const ref = h.spec?.scaleTargetRef ?? {};
    const target = objects.find((o) => o.kind === ref.kind && o.metadata?.name === ref.name && o.apiVersion === ref.apiVersion);
    if (!target) {
      add(id(h), `scaleTargetRef ${ref.apiVersion}/${ref.kind}/${ref.name} does not exist`);
      continue;
    }
    if ((h.spec.minReplicas ?? 1) > h.spec.maxReplicas) add(id(h), `minReplicas ${h.spec.minReplicas} > maxReplicas ${h.spec.maxReplicas}`);
    if (target.spec?.replicas !== undefined) {
      add(id(h), `${id(target)} sets spec.replicas: every kubectl apply would reset what the autoscaler chose; leave it out`);
    }
    const pod = pods.find((p) => p.workload === target);
    for (const m of h.spec?.metrics ?? []) {
      const res = m.resource?.name;
      if (m.type === 'Resource' && m.resource?.target?.type === 'Utilization') {
        for (const c of pod?.containers ?? []) {
          if (c.resources?.requests?.[res] === undefined) add(id(h), `scales on ${res} utilization but ${id(target)} container ${c.name} requests no ${res}`);
        }
      }
    }
  }
  const scaledObjects = objects.filter((o) => o.kind === 'ScaledObject');
  for (const name of ['gateway', 'extractor']) {
    const w = pods.find((p) => p.labels['app.kubernetes.io/name'] === name);
    if (w && !hpas.some((h) => h.spec?.scaleTargetRef?.name === w.name) &&
        !scaledObjects.some((s) => s.spec?.scaleTargetRef?.name === w.name)) {
      add(id(w.workload), 'scales out, but no HorizontalPodAutoscaler (or KEDA ScaledObject) targets it');
    }
  }
}

/**
 * KEDA (overlays/keda): a ScaledObject makes KEDA create and own an HPA for its target. Beyond the schema: the
 * target exists and leaves replicas to the autoscaler, no other HPA targets it (two autoscalers on one Deployment
 * undo each other's decisions), a claimcheck service keeps a replica (it answers HTTP), a rabbitmq trigger reads a
 * queue the target's service consumes (its application.properties, as its environment sets it) on the services'
 * broker, with credentials from a Secret; TriggerAuthentications resolve.
 */
function checkScaledObjects({ objects, pods, add, repoDir }) {
  const hpas = objects.filter((o) => o.kind === 'HorizontalPodAutoscaler');
  const auths = objects.filter((o) => o.kind === 'TriggerAuthentication');
  for (const a of auths) {
    for (const ref of a.spec?.secretTargetRef ?? []) checkSecretRef(objects, ref.name, ref.key, add, `${id(a)} parameter ${ref.parameter}`);
    for (const ref of a.spec?.configMapTargetRef ?? []) {
      if (!objects.some((o) => o.kind === 'ConfigMap' && o.metadata?.name === ref.name)) add(id(a), `parameter ${ref.parameter}: ConfigMap ${ref.name} does not exist`);
    }
  }
  for (const so of objects.filter((o) => o.kind === 'ScaledObject')) {
    const ref = so.spec?.scaleTargetRef ?? {};
    const kind = ref.kind ?? 'Deployment';
    const apiVersion = ref.apiVersion ?? 'apps/v1';
    const target = objects.find((o) => o.kind === kind && o.apiVersion === apiVersion && o.metadata?.name === ref.name);
    if (!target) {
      add(id(so), `scaleTargetRef ${apiVersion}/${kind}/${ref.name} does not exist`);
      continue;
    }
    if (target.spec?.replicas !== undefined) {
      add(id(so), `${id(target)} sets spec.replicas: every kubectl apply would reset what the autoscaler chose; leave it out`);
    }
    for (const h of hpas.filter((x) => x.spec?.scaleTargetRef?.kind === kind && x.spec?.scaleTargetRef?.name === ref.name)) {
      add(id(so), `${id(target)} is also the target of ${id(h)}: KEDA creates an HPA of its own for the ScaledObject, and two autoscalers on one Deployment undo each other's decisions; delete ${id(h)} in this overlay`);
    }
    const hpaName = so.spec?.advanced?.horizontalPodAutoscalerConfig?.name ?? `keda-hpa-${so.metadata?.name}`;
    if (hpas.some((h) => h.metadata?.name === hpaName)) add(id(so), `KEDA's HPA would be named ${hpaName}, the name of a rendered HPA`);
    const min = so.spec?.minReplicaCount ?? 0;
    const max = so.spec?.maxReplicaCount ?? 100;
    if (min > max) add(id(so), `minReplicaCount ${min} > maxReplicaCount ${max}`);
    const pod = pods.find((p) => p.workload === target);
    const serviceName = pod?.labels['app.kubernetes.io/name'];
    if (SERVICES[serviceName]) {
      if (min < 1) add(id(so), `minReplicaCount ${so.spec?.minReplicaCount ?? '(unset: KEDA\'s default 0)'}: ${id(target)} answers HTTP calls too and must keep a replica when its queue is empty`);
      if (so.spec?.idleReplicaCount !== undefined && so.spec.idleReplicaCount < 1) add(id(so), `idleReplicaCount ${so.spec.idleReplicaCount} scales ${id(target)}, which answers HTTP calls too, to nothing when its queue is empty`);
    }
    if (so.spec?.fallback) {
      for (const trigger of so.spec?.triggers ?? []) {
        if (trigger.type === 'cpu' || trigger.type === 'memory') add(id(so), `has a fallback and a ${trigger.type} trigger: KEDA refuses that (fallback works only for AverageValue metrics)`);
      }
    }
    (so.spec?.triggers ?? []).forEach((trigger, i) => {
      const where = `${id(so)} trigger ${trigger.name ?? i} (${trigger.type})`;
      const auth = trigger.authenticationRef;
      let authObject;
      if (auth && (auth.kind ?? 'TriggerAuthentication') === 'TriggerAuthentication') {
        authObject = auths.find((a) => a.metadata?.name === auth.name);
        if (!authObject) add(where, `authenticationRef TriggerAuthentication ${auth.name} does not exist`);
      }
      for (const [k, v] of Object.entries(trigger.metadata ?? {})) {
        if (URL_WITH_PASSWORD.test(String(v))) add(where, `metadata.${k} holds a password in a URL: give KEDA credentials through a TriggerAuthentication from a Secret`);
        if (/^(password|username)$/i.test(k)) add(where, `metadata.${k} is a literal credential: give it through a TriggerAuthentication from a Secret`);
      }
      if (trigger.type === 'rabbitmq') checkRabbitTrigger(trigger, authObject, pod, objects, repoDir, add, where);
      if (trigger.type === 'cpu' || trigger.type === 'memory') {
        if (!['Utilization', 'AverageValue'].includes(trigger.metricType ?? '')) add(where, `metricType must be Utilization or AverageValue, not ${trigger.metricType ?? '(unset)'}`);
        const value = Number(trigger.metadata?.value);
        if (!(value > 0)) add(where, `metadata.value ${trigger.metadata?.value} is not a positive number`);
        for (const c of pod?.containers ?? []) {
          if (trigger.metadata?.containerName && c.name !== trigger.metadata.containerName) continue;
          if (c.resources?.requests?.[trigger.type] === undefined) add(where, `scales on ${trigger.type} but ${id(target)} container ${c.name} requests no ${trigger.type}`);
        }
      }
    });
  }
}

/** A rabbitmq trigger: a queue the target consumes, a real mode and target value, the services' broker. */
function checkRabbitTrigger(trigger, authObject, pod, objects, repoDir, add, where) {
  const md = trigger.metadata ?? {};
  const params = new Map((authObject?.spec?.secretTargetRef ?? []).map((r) => [r.parameter, r]));
  if (md.queueLength !== undefined) add(where, 'metadata.queueLength is deprecated in KEDA: use mode: QueueLength and value');
  if (!['QueueLength', 'MessageRate'].includes(md.mode)) add(where, `metadata.mode must be QueueLength or MessageRate, not ${md.mode ?? '(unset)'}`);
  if (!(Number(md.value) > 0)) add(where, `metadata.value ${md.value} is not a positive number (the ${md.mode === 'MessageRate' ? 'publish rate' : 'queue depth'} per replica)`);
  if (md.protocol !== undefined && !['auto', 'amqp', 'http'].includes(md.protocol)) add(where, `metadata.protocol ${md.protocol} is not auto, amqp or http`);
  if (md.mode === 'MessageRate' && md.protocol !== 'http') add(where, 'mode MessageRate needs protocol http (the management API)');
  if (md.host === undefined && md.hostFromEnv === undefined && !params.has('host')) {
    add(where, 'names no broker: no metadata.host or hostFromEnv, and no host parameter in its TriggerAuthentication');
  }
  for (const k of ['hostFromEnv', 'usernameFromEnv', 'passwordFromEnv']) {
    if (md[k] === undefined || !pod) continue;
    const set = pod.containers.some((c) => (c.env ?? []).some((e) => e.name === md[k]) || envOf({ containers: [c] }, objects).has(md[k]));
    if (!set) add(where, `metadata.${k} names ${md[k]}, which the target's containers do not set`);
  }
  const serviceName = pod?.labels['app.kubernetes.io/name'];
  const config = serviceConfig(repoDir, serviceName);
  if (!config) return;
  const c = pod.containers.find((x) => x.name === serviceName) ?? pod.containers[0];
  const env = envValues(c, objects);
  const queues = config.consumedQueues(env);
  const known = queues.filter((q) => q.queue !== null).map((q) => q.queue);
  if (md.useRegex !== 'true' && known.length === queues.length && !known.includes(md.queueName)) {
    add(where, `metadata.queueName ${md.queueName} is not a queue ${serviceName} consumes (${known.join(', ') || 'none'}, from its application.properties and environment)`);
  }
  const vhost = config.resolve('rabbitmq-virtual-host', env) ?? '/';
  if (md.vhostName !== undefined && md.vhostName !== vhost) add(where, `metadata.vhostName ${md.vhostName} is not the services' virtual host ${vhost}`);
  // the same broker as the service: the host parameter comes from the Secret that names the service's broker
  const host = params.get('host');
  const serviceHost = envSources(c, objects).get(config.variableFor('rabbitmq-host'));
  if (host && serviceHost?.secret && host.name !== serviceHost.secret.name) {
    add(where, `reads the broker named in Secret ${host.name}, but ${serviceName} connects to the one in Secret ${serviceHost.secret.name}`);
  }
}

function checkDisruptionBudgets({ objects, pods, add }) {
  const pdbs = objects.filter((o) => o.kind === 'PodDisruptionBudget');
  for (const b of pdbs) {
    if (!pods.some((p) => selectorMatches(b.spec?.selector, p.labels))) add(id(b), 'selector matches no pods');
    if (b.spec?.minAvailable !== undefined && b.spec?.maxUnavailable !== undefined) add(id(b), 'sets both minAvailable and maxUnavailable');
  }
  for (const p of pods) {
    if (SERVICES[p.labels['app.kubernetes.io/name']] && !pdbs.some((b) => selectorMatches(b.spec?.selector, p.labels))) {
      add(id(p.workload), 'no PodDisruptionBudget covers its pods');
    }
  }
}

/** Every NetworkPolicy selects pods; the flows they allow are exactly ALLOWED_FLOWS. */
function checkNetworkPolicies({ objects, pods, add, deployable }) {
  const policies = objects.filter((o) => o.kind === 'NetworkPolicy');
  for (const np of policies) {
    const sel = np.spec?.podSelector;
    if (!isEmptySelector(sel) && !pods.some((p) => selectorMatches(sel, p.labels))) add(id(np), 'podSelector matches no pods');
    for (const dir of ['ingress', 'egress']) {
      for (const rule of np.spec?.[dir] ?? []) {
        for (const peer of rule[dir === 'ingress' ? 'from' : 'to'] ?? []) {
          if (peer.podSelector && !peer.namespaceSelector && !isEmptySelector(peer.podSelector) &&
              !pods.some((p) => selectorMatches(peer.podSelector, p.labels))) {
            add(id(np), `${dir} peer podSelector ${JSON.stringify(peer.podSelector)} matches no pods`);
          }
        }
        for (const port of rule.ports ?? []) {
          if (typeof port.port === 'string' && !pods.some((p) => resolvePort(p.containers, port.port) !== undefined)) {
            add(id(np), `${dir} port name "${port.port}" is no container port of any pod`);
          }
        }
      }
    }
  }

  const nameOf = (p) => p.labels['app.kubernetes.io/name'];
  const isAllowed = (from, to, port) => ALLOWED_FLOWS.some((f) => f.from === from && f.to === to &&
    (f.port === port.number || f.port === port.name));
  // every pod is isolated for ingress (a default deny)
  for (const p of pods) {
    const isolating = policies.filter((np) => selectorMatches(np.spec?.podSelector ?? {}, p.labels) &&
      (np.spec?.policyTypes ?? ['Ingress']).includes('Ingress'));
    if (isolating.length === 0) add(id(p.workload), 'no NetworkPolicy isolates its pods: anything can connect to them');
  }
  // nothing beyond the allowed flows
  const sources = [{ label: OUTSIDE, pod: OUTSIDE }, ...pods.map((p) => ({ label: nameOf(p), pod: p }))];
  for (const src of sources) {
    for (const dst of pods) {
      for (const c of dst.containers) {
        for (const cp of c.ports ?? []) {
          const port = { number: cp.containerPort, name: cp.name };
          if (src.pod === dst) continue;
          const allowed = flowAllowed(policies, src.pod, dst, port, 'may');
          if (allowed && !isAllowed(src.label, nameOf(dst), port)) {
            add('(network)', `${src.label} can connect to ${nameOf(dst)}:${cp.containerPort}, which only ${
              ALLOWED_FLOWS.filter((f) => f.to === nameOf(dst)).map((f) => f.from).join(', ') || 'nobody'} may`);
          }
        }
      }
    }
    if (src.pod === OUTSIDE) continue;
    for (const number of EXTERNAL_PORTS) {
      const port = { number };
      if (flowAllowed(policies, src.pod, EXTERNAL, port, 'may') && !isAllowed(src.label, EXTERNAL, port)) {
        add('(network)', `${src.label} can connect to addresses outside the cluster on port ${number}`);
      }
    }
  }
  // and the allowed flows work
  for (const f of ALLOWED_FLOWS) {
    const src = f.from === OUTSIDE ? OUTSIDE : pods.find((p) => nameOf(p) === f.from);
    if (!src) continue;
    if (f.to === EXTERNAL) {
      const needed = deployable && !pods.some((p) => nameOf(p) === f.unless);
      if (needed && !flowAllowed(policies, src, EXTERNAL, { number: f.port }, 'must')) {
        add('(network)', `${f.from} cannot reach ${f.what} on port ${f.port}`);
      }
      continue;
    }
    const dst = pods.find((p) => nameOf(p) === f.to);
    if (!dst) continue;
    const number = typeof f.port === 'number' ? f.port : resolvePort(dst.containers, f.port);
    if (!flowAllowed(policies, src, dst, { number, name: typeof f.port === 'string' ? f.port : undefined }, 'must')) {
      add('(network)', `${f.from} cannot connect to ${f.to}:${number ?? f.port}, which it needs`);
    }
  }
}

/**
 * URLs in the services' configuration that name an in-cluster Service (http://extractor:8081,
 * jdbc:postgresql://postgres:5432/claimcheck) must name a rendered Service and one of its ports; the reconciler of a
 * deployable overlay must be given a database URL.
 */
function checkUrls({ objects, pods, add, deployable }) {
  for (const p of pods) {
    const serviceName = p.labels['app.kubernetes.io/name'];
    if (!SERVICES[serviceName]) continue;
    const values = envOf(p, objects);
    for (const [name, value] of values) {
      const m = /^(?:https?|jdbc:postgresql):\/\/([^/:?]+)(?::(\d+))?/.exec(value);
      if (!m) continue;
      const host = m[1].replace(/\.svc(\.cluster\.local)?$/, '').split('.')[0];
      const inCluster = !m[1].includes('.') || /\.svc(\.cluster\.local)?$/.test(m[1]);
      if (!inCluster) continue;
      const port = Number(m[2] ?? (value.startsWith('jdbc') ? 5432 : 80));
      const t = serviceTargets(objects, pods, host);
      if (!t) {
        add(`${id(p.workload)}`, `${name}=${value}: there is no Service "${host}"`);
        continue;
      }
      const { port: sp, containerPort } = servicePortTarget(t.service, t.pods, port);
      if (!sp) add(`${id(p.workload)}`, `${name}=${value}: Service ${host} has no port ${port}`);
      else if (containerPort === undefined) add(`${id(p.workload)}`, `${name}=${value}: Service ${host} port ${port} leads to no container port`);
    }
    if (deployable && serviceName === 'reconciler' && !values.has('QUARKUS_DATASOURCE_JDBC_URL')) {
      add(id(p.workload), 'no QUARKUS_DATASOURCE_JDBC_URL: the reconciler would try localhost:5432');
    }
  }
}

/**
 * One container's environment with where each value comes from: Map name -> {value (null when it is not known
 * here: a Secret, a field), secret: {name, key} | null, describe}. env wins over envFrom, as in Kubernetes.
 */
function envSources(c, objects) {
  const out = new Map();
  const configMap = (name) => objects.find((o) => o.kind === 'ConfigMap' && o.metadata?.name === name);
  for (const e of c.env ?? []) {
    const sk = e.valueFrom?.secretKeyRef;
    const cm = e.valueFrom?.configMapKeyRef;
    if (sk) out.set(e.name, { value: null, secret: { name: sk.name, key: sk.key }, describe: `Secret ${sk.name} key ${sk.key}` });
    else if (cm) out.set(e.name, { value: configMap(cm.name)?.data?.[cm.key] ?? null, secret: null, describe: `ConfigMap ${cm.name}` });
    else if (e.valueFrom) out.set(e.name, { value: null, secret: null, describe: 'a field reference' });
    else out.set(e.name, { value: e.value ?? '', secret: null, describe: 'a literal value' });
  }
  for (const src of c.envFrom ?? []) {
    const cm = src.configMapRef && configMap(src.configMapRef.name);
    for (const [k, v] of Object.entries(cm?.data ?? {})) {
      const name = (src.prefix ?? '') + k;
      if (!out.has(name)) out.set(name, { value: v, secret: null, describe: `ConfigMap ${cm.metadata.name}` });
    }
  }
  return out;
}

/** A container's environment as values: Map name -> value, null where the value is not known here. */
function envValues(c, objects) {
  return new Map([...envSources(c, objects)].map(([k, s]) => [k, s.value]));
}

/**
 * Credentials are never in git: a variable named like one (…PASSWORD, …SECRET, …TOKEN) comes from a Secret, never
 * from a literal or a ConfigMap, in any workload (the broker's and the database's included); no literal value or
 * ConfigMap holds a URL with a password in it.
 */
function checkCredentials({ objects, pods, add }) {
  for (const p of pods) {
    for (const c of [...(p.spec.initContainers ?? []), ...p.containers]) {
      for (const [name, src] of envSources(c, objects)) {
        if (CREDENTIAL_VARIABLE.test(name) && !src.secret && src.describe !== 'a field reference') {
          add(`${id(p.workload)} container ${c.name}`, `${name} is a credential but comes from ${src.describe}: take it from a Secret (secretKeyRef), never from git`);
        }
        if (src.describe === 'a literal value' && URL_WITH_PASSWORD.test(src.value)) {
          add(`${id(p.workload)} container ${c.name}`, `${name} is a URL with a password in it: take the password from a Secret`);
        }
      }
    }
  }
  // a ConfigMap holds no credential, whether or not an env entry of the same name overrides it
  for (const cm of objects.filter((o) => o.kind === 'ConfigMap')) {
    for (const [k, v] of Object.entries(cm.data ?? {})) {
      if (CREDENTIAL_VARIABLE.test(k)) add(id(cm), `${k} is a credential: ConfigMaps are in git; create a Secret instead`);
      if (URL_WITH_PASSWORD.test(String(v))) add(id(cm), `${k} holds a URL with a password in it: ConfigMaps are in git; use a Secret`);
    }
  }
}

/**
 * The broker (RabbitMQ), as each service's application.properties reads it ("the broker": rabbitmq-host, -port,
 * -username, -password, each from a variable). In a deployable overlay every service is given all four (their
 * defaults are a developer's localhost and guest/guest), the credentials from a Secret; an in-cluster host names a
 * Service with that port; and all three name the same broker, or the gateway's articles would wait in a queue that no
 * extractor reads.
 */
function checkBroker({ objects, pods, add, repoDir, deployable }) {
  const endpoints = [];
  for (const p of pods) {
    const serviceName = p.labels['app.kubernetes.io/name'];
    const config = serviceConfig(repoDir, serviceName);
    if (!config) continue;
    const c = p.containers.find((x) => x.name === serviceName) ?? p.containers[0];
    const where = `${id(p.workload)} container ${c.name}`;
    const sources = envSources(c, objects);
    const endpoint = {};
    for (const [property, role] of Object.entries(BROKER_PROPERTIES)) {
      if (config.value(property) === undefined) continue;
      const variable = config.variableFor(property);
      const src = sources.get(variable);
      if (!src) {
        if (deployable) add(where, `${variable} is not set: the service would take the broker's ${role} from its default (${property}=${config.value(property)})`);
        continue;
      }
      if (BROKER_CREDENTIALS.has(role) && !src.secret) add(where, `${variable} (the broker's ${role}) comes from ${src.describe}: take it from a Secret (secretKeyRef)`);
      if (role === 'host' || role === 'port') endpoint[role] = src.secret ? `Secret ${src.secret.name} key ${src.secret.key}` : src.value;
    }
    if (Object.keys(endpoint).length) endpoints.push({ name: serviceName, endpoint, where: id(p.workload) });

    // an in-cluster broker: a Service of that name, with the port the services use, leading to a container port
    const env = envValues(c, objects);
    const host = sources.get(config.variableFor('rabbitmq-host'))?.value;
    const port = config.resolve('rabbitmq-port', env);
    if (typeof host === 'string' && host && (!host.includes('.') || /\.svc(\.cluster\.local)?$/.test(host)) && host !== 'localhost') {
      const name = host.replace(/\.svc(\.cluster\.local)?$/, '').split('.')[0];
      const t = serviceTargets(objects, pods, name);
      if (!t) {
        add(id(p.workload), `RABBITMQ_HOST=${host}: there is no Service "${name}"`);
      } else if (port !== null && port !== undefined) {
        const { port: sp, containerPort } = servicePortTarget(t.service, t.pods, Number(port));
        if (!sp) add(id(p.workload), `the broker at ${host}:${port}: Service ${name} has no port ${port}`);
        else if (containerPort === undefined) add(id(p.workload), `the broker at ${host}:${port}: Service ${name} port ${port} leads to no container port`);
      }
    }
  }
  for (const role of ['host', 'port']) {
    const values = new Set(endpoints.map((e) => e.endpoint[role]));
    if (values.size > 1) {
      add('(broker)', `the services name different brokers (${role}): ${endpoints.map((e) => `${e.name} ${e.endpoint[role] ?? '(default)'}`).join(', ')}`);
    }
  }
}
