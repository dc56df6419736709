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

test('there is a base and the dev and production overlays', () => {
  assert.deepEqual(list.map((k) => k.name), ['base', 'overlays/dev', 'overlays/production']);
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
