#!/usr/bin/env node
// The manifests' check, for a person: renders k8s/base and every k8s/overlays/*, validates each object against the
// Kubernetes API schemas and cross-checks them against the services. Prints every problem; exits 1 if there is one.
//   node k8s/verify/check.js [--k8s DIR] [--repo DIR]
// CI runs the same checks through `node --test` (test/).

import path from 'node:path';
import { parseArgs } from 'node:util';
import { verifyAll, format } from './lib/verify.js';

const here = import.meta.dirname;
const { values } = parseArgs({ options: { k8s: { type: 'string' }, repo: { type: 'string' } } });
const k8sDir = path.resolve(values.k8s ?? path.join(here, '..'));
const repoDir = path.resolve(values.repo ?? path.join(here, '..', '..'));

const results = await verifyAll({ k8sDir, repoDir });
let failed = 0;
for (const r of results) {
  if (r.problems.length) {
    failed += r.problems.length;
    console.error(format(r));
  } else {
    console.log(`${r.name}: ${r.objects.length} objects, valid`);
  }
}
if (failed) {
  console.error(`\n${failed} problem(s) in the Kubernetes manifests`);
  process.exit(1);
}
