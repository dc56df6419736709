// The checker catches broken manifests: each test breaks a fresh copy of k8s/ in a temporary folder and expects the
// problem it introduced -- and the exit status of check.js is non-zero.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { kustomizations, verifyKustomization } from '../lib/verify.js';

const k8sDir = path.resolve(import.meta.dirname, '../..');
const repoDir = path.resolve(k8sDir, '..');
const scratch = mkdtempSync(path.join(tmpdir(), 'claimcheck-k8s-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

let copies = 0;
/** A copy of k8s/base and k8s/overlays with edits: {file: [[from, to], ...]}. Each `from` must occur. */
function brokenCopy(edits) {
  const dir = path.join(scratch, `k8s-${++copies}`);
  for (const part of ['base', 'overlays']) cpSync(path.join(k8sDir, part), path.join(dir, part), { recursive: true });
  for (const [file, replacements] of Object.entries(edits)) {
    const f = path.join(dir, file);
    let text = readFileSync(f, 'utf8');
    for (const [from, to] of replacements) {
      assert.ok(text.includes(from), `test setup: ${file} no longer contains ${JSON.stringify(from)}`);
      text = text.replace(from, to);
    }
    writeFileSync(f, text);
  }
  return dir;
}

async function problemsOf(dir, name) {
  const k = kustomizations(dir).find((x) => x.name === name);
  const result = await verifyKustomization(k, { repoDir });
  return result.problems.map((p) => `${p.where}: ${p.message}`);
}

function assertProblem(problems, pattern) {
  assert.ok(problems.some((p) => pattern.test(p)), `expected a problem matching ${pattern}, got:\n  ${problems.join('\n  ')}`);
}

test('an unbroken copy passes (the edits below are what the checker reports)', async () => {
  const dir = brokenCopy({});
  for (const name of ['base', 'overlays/dev', 'overlays/keda', 'overlays/production']) assert.deepEqual(await problemsOf(dir, name), []);
});

test('a container port that is not quarkus.http.port', async () => {
  const dir = brokenCopy({ 'base/extractor.yaml': [['containerPort: 8081', 'containerPort: 8090']] });
  const problems = await problemsOf(dir, 'overlays/dev');
  assertProblem(problems, /Deployment\/extractor container extractor: container port 8090, 9001 is not the service's HTTP port 8081 \(quarkus.http.port in extractor-service\/src\/main\/resources\/application.properties\)/);
});

test('a probe on the public port, not the management interface', async () => {
  const dir = brokenCopy({ 'base/extractor.yaml': [['port: management', 'port: http']] });
  const problems = await problemsOf(dir, 'overlays/dev');
  assertProblem(problems, /startupProbe port 8081 is not the service's health port 9001/);
});

test('a probe path that is not the service\'s health endpoint', async () => {
  const dir = brokenCopy({ 'base/gateway.yaml': [['path: /q/health/ready', 'path: /health/ready']] });
  assertProblem(await problemsOf(dir, 'overlays/production'),
    /Deployment\/gateway container gateway: readinessProbe path \/health\/ready is not the service's readiness endpoint \/q\/health\/ready/);
});

test('liveness probing the readiness endpoint', async () => {
  const dir = brokenCopy({ 'base/reconciler.yaml': [['path: /q/health/live', 'path: /q/health/ready']] });
  assertProblem(await problemsOf(dir, 'overlays/dev'), /livenessProbe path \/q\/health\/ready is not the service's liveness endpoint \/q\/health\/live/);
});

test('an environment variable the service does not read', async () => {
  const dir = brokenCopy({ 'base/kustomization.yaml': [['- EXTRACTOR_URL=http://extractor:8081', '- EXTRACTOR_URL=http://extractor:8081\n      - EXTRACTOR_TIMEOUT=5s']] });
  assertProblem(await problemsOf(dir, 'overlays/dev'),
    /Deployment\/gateway container gateway: environment variable EXTRACTOR_TIMEOUT \(ConfigMap gateway-config-\w+\) maps to no configuration the service reads/);
});

test('a misspelt Quarkus variable is not waved through as "some quarkus.* property"', async () => {
  const dir = brokenCopy({ 'overlays/dev/kustomization.yaml': [['QUARKUS_DATASOURCE_JDBC_URL=', 'QUARKUS_DATASOURCE_JDBC_ULR=']] });
  const problems = await problemsOf(dir, 'overlays/dev');
  assertProblem(problems, /environment variable QUARKUS_DATASOURCE_JDBC_ULR .* maps to no configuration/);
  assertProblem(problems, /Deployment\/reconciler: no QUARKUS_DATASOURCE_JDBC_URL/);
});

test('a variable that belongs to another service', async () => {
  const dir = brokenCopy({ 'base/kustomization.yaml': [['  - name: extractor-config\n    literals:\n', '  - name: extractor-config\n    literals:\n      - RECONCILER_URL=http://reconciler:8082\n']] });
  assertProblem(await problemsOf(dir, 'overlays/dev'), /Deployment\/extractor container extractor: environment variable RECONCILER_URL/);
});

test('a URL to a Service that does not exist, or to the wrong port', async () => {
  const dir = brokenCopy({ 'base/kustomization.yaml': [['EXTRACTOR_URL=http://extractor:8081', 'EXTRACTOR_URL=http://extractor-svc:8081'], ['RECONCILER_URL=http://reconciler:8082', 'RECONCILER_URL=http://reconciler:8080']] });
  const problems = await problemsOf(dir, 'overlays/dev');
  assertProblem(problems, /EXTRACTOR_URL=http:\/\/extractor-svc:8081: there is no Service "extractor-svc"/);
  assertProblem(problems, /RECONCILER_URL=http:\/\/reconciler:8080: Service reconciler has no port 8080/);
});

test('a Service whose selector matches no pods', async () => {
  const dir = brokenCopy({ 'base/extractor.yaml': [['  selector:\n    app.kubernetes.io/name: extractor', '  selector:\n    app.kubernetes.io/name: extractr']] });
  assertProblem(await problemsOf(dir, 'overlays/dev'), /Service\/extractor: selector \{"app.kubernetes.io\/name":"extractr"\} matches no Deployment's or StatefulSet's pod labels/);
});

test('a NetworkPolicy that selects nothing, and one that lets the world reach the extractor', async () => {
  const dir = brokenCopy({
    'base/networkpolicies.yaml': [
      ['  name: extractor\nspec:\n  podSelector:\n    matchLabels:\n      app.kubernetes.io/name: extractor',
        '  name: extractor\nspec:\n  podSelector:\n    matchLabels:\n      app.kubernetes.io/name: extractor-service'],
    ],
  });
  const problems = await problemsOf(dir, 'overlays/dev');
  assertProblem(problems, /NetworkPolicy\/extractor: podSelector matches no pods/);
  const dir2 = brokenCopy({
    'base/networkpolicies.yaml': [['    - from:\n        - podSelector:\n            matchLabels:\n              app.kubernetes.io/name: gateway\n      ports:\n        - protocol: TCP\n          port: 8081',
      '    - ports:\n        - protocol: TCP\n          port: 8081']],
  });
  assertProblem(await problemsOf(dir2, 'overlays/production'), /\(network\): outside can connect to extractor:8081, which only gateway may/);
});

test('the database reachable by a pod other than the reconciler, or not by the reconciler', async () => {
  const dir = brokenCopy({ 'overlays/dev/postgres.yaml': [['              app.kubernetes.io/name: reconciler', '              app.kubernetes.io/component: api']] });
  const problems = await problemsOf(dir, 'overlays/dev');
  assertProblem(problems, /reconciler cannot connect to postgres:5432, which it needs/);
  const dir2 = brokenCopy({ 'base/networkpolicies.yaml': [['  egress:\n    - to:\n        - podSelector:\n            matchLabels:\n              app.kubernetes.io/name: extractor',
    '  egress:\n    - ports:\n        - protocol: TCP\n          port: 5432\n    - to:\n        - podSelector:\n            matchLabels:\n              app.kubernetes.io/name: extractor']] });
  assertProblem(await problemsOf(dir2, 'overlays/production'), /gateway can connect to addresses outside the cluster on port 5432/);
});

test('an Ingress that would refuse the bodies the gateway accepts', async () => {
  const dir = brokenCopy({ 'base/ingress.yaml': [['proxy-body-size: 10m', 'proxy-body-size: 1m']] });
  assertProblem(await problemsOf(dir, 'overlays/production'), /Ingress\/gateway: nginx.ingress.kubernetes.io\/proxy-body-size 1m is below the gateway's quarkus.http.limits.max-body-size 10M/);
});

test('an autoscaler whose target does not exist', async () => {
  const dir = brokenCopy({ 'base/extractor.yaml': [['    kind: Deployment\n    name: extractor', '    kind: Deployment\n    name: extractors']] });
  const problems = await problemsOf(dir, 'overlays/dev');
  assertProblem(problems, /HorizontalPodAutoscaler\/extractor: scaleTargetRef apps\/v1\/Deployment\/extractors does not exist/);
  assertProblem(problems, /Deployment\/extractor: scales out, but no HorizontalPodAutoscaler \(or KEDA ScaledObject\) targets it/);
});

test('schema errors and unknown fields', async () => {
  const dir = brokenCopy({ 'base/gateway.yaml': [['readinessProbe:', 'readinesProbe:'], ['cpu: "1"', 'cpu: one']] });
  const problems = await problemsOf(dir, 'overlays/dev');
  assertProblem(problems, /Deployment\/gateway: schema: spec.template.spec.containers\[0\].readinesProbe: unknown field "readinesProbe"/);
  assertProblem(problems, /Deployment\/gateway: schema: spec.template.spec.containers.0.resources.limits.cpu: must match format "quantity"/);
  assertProblem(problems, /readinessProbe is missing \(expected GET \/q\/health\/ready\)/);
});

test('a container running as root with a writable root filesystem', async () => {
  const dir = brokenCopy({ 'base/reconciler.yaml': [['runAsNonRoot: true\n        runAsUser: 10001', 'runAsNonRoot: false\n        runAsUser: 0'], ['readOnlyRootFilesystem: true\n            runAsNonRoot: true', 'readOnlyRootFilesystem: false']] });
  const problems = await problemsOf(dir, 'overlays/production');
  assertProblem(problems, /Deployment\/reconciler container reconciler: securityContext.runAsNonRoot must be true/);
  assertProblem(problems, /securityContext.readOnlyRootFilesystem must be true/);
});

test('a secret value committed to git', async () => {
  const dir = brokenCopy({ 'overlays/dev/kustomization.yaml': [['patches:\n', 'secretGenerator:\n  - name: claimcheck-db\n    literals:\n      - username=claimcheck\n      - password=dev-only\n\npatches:\n']] });
  assertProblem(await problemsOf(dir, 'overlays/dev'), /Secret\/claimcheck-db-\w+: a Secret is rendered from git/);
});

test('a kustomization that does not build', async () => {
  const dir = brokenCopy({ 'overlays/production/kustomization.yaml': [['  - path: patches/ingress.yaml', '  - path: patches/no-such-file.yaml']] });
  assertProblem(await problemsOf(dir, 'overlays/production'), /\(kustomize\): kustomize build .* failed/);
});

test('check.js exits non-zero and names the problem', () => {
  const dir = brokenCopy({ 'base/gateway.yaml': [['containerPort: 8080', 'containerPort: 8000']] });
  let status = 0;
  let stderr = '';
  try {
    execFileSync(process.execPath, [path.join(import.meta.dirname, '..', 'check.js'), '--k8s', dir, '--repo', repoDir], { stdio: 'pipe' });
  } catch (e) {
    status = e.status;
    stderr = e.stderr.toString();
  }
  assert.equal(status, 1);
  assert.match(stderr, /overlays\/dev: Deployment\/gateway container gateway: container port 8000, 9000 is not the service's HTTP port 8080/);
});

test('a route to API documentation the gateway does not serve', async () => {
  const dir = brokenCopy({ 'overlays/production/patches/ingress.yaml': [['          - path: /api\n',
    '          - path: /q/openapi\n            pathType: Prefix\n            backend:\n              service:\n'
    + '                name: gateway\n                port:\n                  name: http\n          - path: /api\n']] });
  const problems = await problemsOf(dir, 'overlays/production');
  assertProblem(problems, /Ingress\/gateway: routes \/q\/openapi to Deployment\/gateway, which serves no API documentation/);
});

// ---- the broker and KEDA ---------------------------------------------------------------------------------------

test('a ScaledObject pointing at a Deployment that does not exist', async () => {
  const dir = brokenCopy({ 'overlays/keda/scaledobject.yaml': [['    kind: Deployment\n    name: extractor', '    kind: Deployment\n    name: extractors']] });
  const problems = await problemsOf(dir, 'overlays/keda');
  assertProblem(problems, /ScaledObject\/extractor: scaleTargetRef apps\/v1\/Deployment\/extractors does not exist/);
  assertProblem(problems, /Deployment\/extractor: scales out, but no HorizontalPodAutoscaler \(or KEDA ScaledObject\) targets it/);
});

test('an HPA alongside a ScaledObject on the same Deployment', async () => {
  const dir = brokenCopy({ 'overlays/keda/kustomization.yaml': [['patches:\n  - path: patches/delete-extractor-hpa.yaml\n', '']] });
  assertProblem(await problemsOf(dir, 'overlays/keda'),
    /ScaledObject\/extractor: Deployment\/extractor is also the target of HorizontalPodAutoscaler\/extractor: KEDA creates an HPA of its own/);
});

test('a ScaledObject on a queue the extractor does not consume, or not after a suffix the extractor is given', async () => {
  const dir = brokenCopy({ 'overlays/keda/scaledobject.yaml': [['queueName: claimcheck.article-submitted', 'queueName: claimcheck.article-extracted']] });
  assertProblem(await problemsOf(dir, 'overlays/keda'),
    /ScaledObject\/extractor trigger article-submitted-depth \(rabbitmq\): metadata.queueName claimcheck.article-extracted is not a queue extractor consumes \(claimcheck.article-submitted, from its application.properties and environment\)/);
  // the extractor's queue names follow CLAIMCHECK_MESSAGING_SUFFIX (application.properties); the ScaledObject must too
  const dir2 = brokenCopy({ 'base/kustomization.yaml': [['  - name: extractor-config\n    literals:\n', '  - name: extractor-config\n    literals:\n      - CLAIMCHECK_MESSAGING_SUFFIX=.blue\n']] });
  assertProblem(await problemsOf(dir2, 'overlays/keda'), /metadata.queueName claimcheck.article-submitted is not a queue extractor consumes \(claimcheck.article-submitted.blue,/);
});

test('a ScaledObject that would scale the extractor to zero, misses a mode, or has a fallback KEDA refuses', async () => {
  const dir = brokenCopy({ 'overlays/keda/scaledobject.yaml': [['  minReplicaCount: 3\n', ''], ['        mode: QueueLength\n', ''],
    ['  pollingInterval: 15\n', '  pollingInterval: 15\n  fallback:\n    failureThreshold: 3\n    replicas: 6\n']] });
  const problems = await problemsOf(dir, 'overlays/keda');
  assertProblem(problems, /ScaledObject\/extractor: minReplicaCount \(unset: KEDA's default 0\): Deployment\/extractor answers HTTP calls too/);
  assertProblem(problems, /trigger article-submitted-depth \(rabbitmq\): metadata.mode must be QueueLength or MessageRate, not \(unset\)/);
  assertProblem(problems, /ScaledObject\/extractor: has a fallback and a cpu trigger: KEDA refuses that/);
});

test('KEDA objects are checked against KEDA\'s schemas, unknown fields included', async () => {
  const dir = brokenCopy({ 'overlays/keda/scaledobject.yaml': [['  minReplicaCount: 3', '  minReplicaCount: "3"'], ['  pollingInterval: 15', '  pollingIntervall: 15'], ['        value: "50"', '        value: 50']] });
  const problems = await problemsOf(dir, 'overlays/keda');
  assertProblem(problems, /ScaledObject\/extractor: schema: spec.minReplicaCount: must be integer/);
  assertProblem(problems, /ScaledObject\/extractor: schema: spec.pollingIntervall: unknown field "pollingIntervall"/);
  assertProblem(problems, /ScaledObject\/extractor: schema: spec.triggers.0.metadata.value: must be string/);
});

test('KEDA credentials: a missing TriggerAuthentication, an undocumented Secret key, a password in the trigger', async () => {
  const dir = brokenCopy({ 'overlays/keda/scaledobject.yaml': [['      authenticationRef:\n        name: claimcheck-rabbitmq', '      authenticationRef:\n        name: rabbitmq-auth'], ['      key: amqp-uri', '      key: uri']] });
  const problems = await problemsOf(dir, 'overlays/keda');
  assertProblem(problems, /trigger article-submitted-depth \(rabbitmq\): authenticationRef TriggerAuthentication rabbitmq-auth does not exist/);
  assertProblem(problems, /trigger article-submitted-depth \(rabbitmq\): names no broker/);
  assertProblem(problems, /TriggerAuthentication\/claimcheck-rabbitmq parameter host: Secret claimcheck-rabbitmq has no documented key "uri"/);
  const dir2 = brokenCopy({ 'overlays/keda/scaledobject.yaml': [['        protocol: amqp\n', '        protocol: amqp\n        host: amqp://claimcheck:hunter2@broker.example.org:5672\n']] });
  assertProblem(await problemsOf(dir2, 'overlays/keda'), /metadata.host holds a password in a URL: give KEDA credentials through a TriggerAuthentication from a Secret/);
});

test('a plaintext broker password in production, in a literal or a ConfigMap', async () => {
  const dir = brokenCopy({ 'base/extractor.yaml': [['            - name: RABBITMQ_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: claimcheck-rabbitmq\n                  key: password\n',
    '            - name: RABBITMQ_PASSWORD\n              value: guest\n']] });
  const problems = await problemsOf(dir, 'overlays/production');
  assertProblem(problems, /Deployment\/extractor container extractor: RABBITMQ_PASSWORD is a credential but comes from a literal value: take it from a Secret/);
  assertProblem(problems, /Deployment\/extractor container extractor: RABBITMQ_PASSWORD \(the broker's password\) comes from a literal value/);
  // in a ConfigMap it is in git even where the Secret's env entry overrides it
  const dir2 = brokenCopy({ 'overlays/production/kustomization.yaml': [['      - LOG_JSON=true\n', '      - LOG_JSON=true\n      - RABBITMQ_PASSWORD=guest\n']] });
  assertProblem(await problemsOf(dir2, 'overlays/production'), /ConfigMap\/gateway-config-\w+: RABBITMQ_PASSWORD is a credential: ConfigMaps are in git/);
});

test('the dev broker\'s own password as a literal', async () => {
  const dir = brokenCopy({ 'overlays/dev/rabbitmq.yaml': [['            - name: RABBITMQ_DEFAULT_PASS\n              valueFrom:\n                secretKeyRef:\n                  name: claimcheck-rabbitmq\n                  key: password\n',
    '            - name: RABBITMQ_DEFAULT_PASS\n              value: dev-only\n']] });
  assertProblem(await problemsOf(dir, 'overlays/dev'), /StatefulSet\/rabbitmq container rabbitmq: RABBITMQ_DEFAULT_PASS is a credential but comes from a literal value/);
});

test('a service not given the broker, given it under a misspelt name, or given another broker', async () => {
  const dir = brokenCopy({ 'overlays/dev/kustomization.yaml': [['  - name: extractor-config\n    behavior: merge\n    literals:\n      - RABBITMQ_HOST=rabbitmq\n',
    '  - name: extractor-config\n    behavior: merge\n    literals:\n      - RABBITMQ_HOSTNAME=rabbitmq\n']] });
  const problems = await problemsOf(dir, 'overlays/dev');
  assertProblem(problems, /Deployment\/extractor container extractor: environment variable RABBITMQ_HOSTNAME .* maps to no configuration the service reads/);
  assertProblem(problems, /Deployment\/extractor container extractor: RABBITMQ_HOST is not set: the service would take the broker's host from its default \(rabbitmq-host=\$\{RABBITMQ_HOST:localhost\}\)/);
  const dir2 = brokenCopy({ 'overlays/production/patches/gateway-deployment.yaml': [['                  key: host', '                  key: amqp-uri']] });
  assertProblem(await problemsOf(dir2, 'overlays/production'),
    /\(broker\): the services name different brokers \(host\): extractor Secret claimcheck-rabbitmq key host, gateway Secret claimcheck-rabbitmq key amqp-uri, reconciler Secret claimcheck-rabbitmq key host/);
  const dir3 = brokenCopy({ 'base/gateway.yaml': [['                  key: username', '                  key: user']] });
  assertProblem(await problemsOf(dir3, 'overlays/dev'), /env RABBITMQ_USERNAME: Secret claimcheck-rabbitmq has no documented key "user"/);
});

test('an in-cluster broker address that leads nowhere', async () => {
  // the gateway's ConfigMap comes first in the dev kustomization, the extractor's second
  const dir = brokenCopy({ 'overlays/dev/kustomization.yaml': [['      - RABBITMQ_HOST=rabbitmq\n', '      - RABBITMQ_HOST=rabbit\n'],
    ['  - name: extractor-config\n    behavior: merge\n    literals:\n      - RABBITMQ_HOST=rabbitmq\n      - RABBITMQ_PORT=5672\n',
      '  - name: extractor-config\n    behavior: merge\n    literals:\n      - RABBITMQ_HOST=rabbitmq\n      - RABBITMQ_PORT=5671\n']] });
  const problems = await problemsOf(dir, 'overlays/dev');
  assertProblem(problems, /Deployment\/gateway: RABBITMQ_HOST=rabbit: there is no Service "rabbit"/);
  assertProblem(problems, /Deployment\/extractor: the broker at rabbitmq:5671: Service rabbitmq has no port 5671/);
  assertProblem(problems, /\(broker\): the services name different brokers \(port\): extractor 5671, gateway 5672, reconciler 5672/);
});

test('the broker reachable by anyone, or not by the services', async () => {
  const dir = brokenCopy({ 'overlays/dev/rabbitmq.yaml': [['  ingress:\n    - from:\n        - podSelector:\n            matchExpressions:\n              - key: app.kubernetes.io/name\n                operator: In\n                values: ["gateway", "extractor", "reconciler"]\n      ports:',
    '  ingress:\n    - ports:']] });
  assertProblem(await problemsOf(dir, 'overlays/dev'), /\(network\): outside can connect to rabbitmq:5672, which only gateway, extractor, reconciler may/);
  const dir2 = brokenCopy({ 'overlays/dev/rabbitmq.yaml': [['                values: ["gateway", "extractor", "reconciler"]\n      ports:', '                values: ["gateway", "reconciler"]\n      ports:']] });
  assertProblem(await problemsOf(dir2, 'overlays/dev'), /\(network\): extractor cannot connect to rabbitmq:5672, which it needs/);
  const dir3 = brokenCopy({ 'overlays/production/kustomization.yaml': [['  - broker-egress.yaml\n', '']] });
  const problems3 = await problemsOf(dir3, 'overlays/production');
  for (const service of ['gateway', 'extractor', 'reconciler']) assertProblem(problems3, new RegExp(`\\(network\\): ${service} cannot reach the external broker on port 5672`));
});
