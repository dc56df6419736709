// The manifests as committed: every kustomization renders, validates against the Kubernetes API schemas, and passes
// every cross-check against the services.

import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { kustomizations, verifyKustomization } from '../lib/verify.js';
import { kustomizeVersion } from '../lib/render.js';

const k8sDir = path.resolve(import.meta.dirname, '../..');
const repoDir = path.resolve(k8sDir, '..');
const readmeFile = path.join(repoDir, 'README.md');
const readme = existsSync(readmeFile) ? readFileSync(readmeFile, 'utf8') : undefined;

const list = kustomizations(k8sDir);

test('renders with kustomize 4.5.4', () => {
  assert.match(kustomizeVersion(), /kustomize\/v4\.5\.4/);
});

test('there is a base and the dev, keda and production overlays', () => {
  assert.deepEqual(list.map((k) => k.name), ['base', 'overlays/dev', 'overlays/keda', 'overlays/production']);
});

for (const k of list) {
  describe(k.name, () => {
    let result;
    before(async () => {
      result = await verifyKustomization(k, { repoDir, readme });
    });
    const show = (problems) => problems.map((p) => `  ${p.where}: ${p.message}`).join('\n');

    test('renders with kustomize', () => {
      const failed = result.problems.filter((p) => p.where === '(kustomize)');
      assert.equal(failed.length, 0, show(failed));
      assert.ok(result.objects.length > 0);
    });

    test('every object is valid against the Kubernetes API schemas', () => {
      const schema = result.problems.filter((p) => p.message.startsWith('schema:'));
      assert.equal(schema.length, 0, `\n${show(schema)}`);
    });

    test('agrees with the services and with itself (ports, probes, env, selectors, policies)', () => {
      const rest = result.problems.filter((p) => p.where !== '(kustomize)' && !p.message.startsWith('schema:'));
      assert.equal(rest.length, 0, `\n${show(rest)}`);
    });

    test('deploys each claimcheck service', () => {
      const names = result.objects.filter((o) => o.kind === 'Deployment').map((o) => o.metadata.name).sort();
      assert.deepEqual(names, ['extractor', 'gateway', 'reconciler']);
    });
  });
}

test('dev runs PostgreSQL in the cluster on a PersistentVolumeClaim; production does not', async () => {
  const dev = await verifyKustomization(list.find((k) => k.name === 'overlays/dev'), { repoDir });
  const pg = dev.objects.find((o) => o.kind === 'StatefulSet' && o.metadata.name === 'postgres');
  assert.ok(pg, 'dev has a postgres StatefulSet');
  assert.equal(pg.spec.volumeClaimTemplates[0].spec.accessModes[0], 'ReadWriteOnce');
  const prod = await verifyKustomization(list.find((k) => k.name === 'overlays/production'), { repoDir });
  assert.ok(!prod.objects.some((o) => o.kind === 'StatefulSet'));
  const ing = prod.objects.find((o) => o.kind === 'Ingress');
  assert.ok(ing.spec.tls?.length, 'production Ingress has TLS');
});

test('dev runs RabbitMQ in the cluster (pinned image, uid 999, CLI probes, a PersistentVolumeClaim); production reaches an external one', async () => {
  const dev = await verifyKustomization(list.find((k) => k.name === 'overlays/dev'), { repoDir });
  const mq = dev.objects.find((o) => o.kind === 'StatefulSet' && o.metadata.name === 'rabbitmq');
  assert.ok(mq, 'dev has a rabbitmq StatefulSet');
  const c = mq.spec.template.spec.containers[0];
  assert.match(c.image, /^rabbitmq:\d+\.\d+\.\d+-management$/, 'the official image, pinned to a release');
  assert.equal(mq.spec.template.spec.securityContext.runAsUser, 999);
  for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe']) assert.equal(c[probe].exec.command[0], 'rabbitmq-diagnostics');
  assert.equal(mq.spec.volumeClaimTemplates[0].spec.accessModes[0], 'ReadWriteOnce');
  const svc = dev.objects.find((o) => o.kind === 'Service' && o.metadata.name === 'rabbitmq');
  assert.equal(svc.spec.clusterIP, 'None', 'headless');
  for (const name of ['gateway', 'extractor', 'reconciler']) {
    const cm = dev.objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name.startsWith(`${name}-config-`));
    assert.equal(cm.data.RABBITMQ_HOST, 'rabbitmq');
    assert.equal(cm.data.RABBITMQ_PORT, '5672');
  }
  const prod = await verifyKustomization(list.find((k) => k.name === 'overlays/production'), { repoDir });
  assert.ok(!prod.objects.some((o) => o.metadata.name === 'rabbitmq'), 'no broker inside production');
  for (const name of ['gateway', 'extractor', 'reconciler']) {
    const env = prod.objects.find((o) => o.kind === 'Deployment' && o.metadata.name === name).spec.template.spec.containers[0].env;
    for (const [variable, key] of [['RABBITMQ_HOST', 'host'], ['RABBITMQ_PORT', 'port'], ['RABBITMQ_USERNAME', 'username'], ['RABBITMQ_PASSWORD', 'password']]) {
      assert.deepEqual(env.find((e) => e.name === variable)?.valueFrom?.secretKeyRef, { name: 'claimcheck-rabbitmq', key }, `${name} ${variable}`);
    }
  }
});

test('keda: production with the extractor scaled by a ScaledObject on its queue and CPU, and no HPA of its own', async () => {
  const keda = await verifyKustomization(list.find((k) => k.name === 'overlays/keda'), { repoDir });
  const hpas = keda.objects.filter((o) => o.kind === 'HorizontalPodAutoscaler').map((o) => o.spec.scaleTargetRef.name);
  assert.deepEqual(hpas, ['gateway']);
  const so = keda.objects.find((o) => o.kind === 'ScaledObject');
  assert.equal(so.spec.scaleTargetRef.name, 'extractor');
  assert.ok(so.spec.minReplicaCount >= 1);
  assert.deepEqual(so.spec.triggers.map((t) => t.type), ['rabbitmq', 'cpu']);
  assert.equal(so.spec.triggers[0].metadata.queueName, 'claimcheck.article-submitted');
  const auth = keda.objects.find((o) => o.kind === 'TriggerAuthentication' && o.metadata.name === so.spec.triggers[0].authenticationRef.name);
  assert.ok(auth.spec.secretTargetRef.every((r) => r.name === 'claimcheck-rabbitmq'));
});
