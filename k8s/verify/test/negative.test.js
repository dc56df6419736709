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
  for (const name of ['base', 'overlays/dev', 'overlays/production']) assert.deepEqual(await problemsOf(dir, name), []);
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
  assertProblem(problems, /Deployment\/extractor: scales out, but no HorizontalPodAutoscaler targets it/);
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
