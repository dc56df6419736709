// Renders every kustomization under k8s/ (base and each overlay) and runs all checks on it.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { render } from './render.js';
import { checkRendered } from './checks.js';

/** The kustomizations to check: base, then every folder under overlays/ that has a kustomization.yaml. */
export function kustomizations(k8sDir) {
  const list = [{ name: 'base', dir: path.join(k8sDir, 'base'), deployable: false }];
  const overlays = path.join(k8sDir, 'overlays');
  if (existsSync(overlays)) {
    for (const d of readdirSync(overlays, { withFileTypes: true }).filter((x) => x.isDirectory()).map((x) => x.name).sort()) {
      if (existsSync(path.join(overlays, d, 'kustomization.yaml'))) {
        list.push({ name: `overlays/${d}`, dir: path.join(overlays, d), deployable: true });
      }
    }
  }
  return list;
}

/**
 * Checks one kustomization: {name, objects, problems}. A kustomize failure is a problem too.
 * options: {repoDir (where the services' modules are), readme (README.md text, optional)}.
 */
export async function verifyKustomization(k, options) {
  let objects;
  try {
    objects = render(k.dir);
  } catch (e) {
    return { name: k.name, objects: [], problems: [{ where: '(kustomize)', message: e.message }] };
  }
  const problems = await checkRendered(objects, { ...options, deployable: k.deployable });
  return { name: k.name, objects, problems };
}

export async function verifyAll({ k8sDir, repoDir }) {
  const readmeFile = path.join(repoDir, 'README.md');
  const readme = existsSync(readmeFile) ? readFileSync(readmeFile, 'utf8') : undefined;
  const results = [];
  for (const k of kustomizations(k8sDir)) results.push(await verifyKustomization(k, { repoDir, readme }));
  return results;
}

export function format(result) {
  return result.problems.map((p) => `${result.name}: ${p.where}: ${p.message}`).join('\n');
}
