// Validates rendered objects against the Kubernetes API schemas, offline, with the kubernetes-models package: its
// validators are compiled from the Kubernetes OpenAPI document (required fields, types, enums, formats such as
// quantities). Those schemas allow unknown fields, but `kubectl apply` (field validation "Strict") rejects them, so
// unknown fields are found here too: from the same package's type declarations, walking the object field by field.
// KEDA's custom resources (keda.sh: ScaledObject, TriggerAuthentication) are validated the same way with
// @kubernetes-models/keda, the same project's models generated from KEDA's Go API types; what a schema cannot say
// (the target exists, the queue is the service's, no second autoscaler) is in checks.js.

import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const MODELS_DIR = path.dirname(require.resolve('kubernetes-models/package.json', { paths: [import.meta.dirname] }));
const NODE_MODULES = path.dirname(MODELS_DIR);
// the packages of models, by API group: Kubernetes' own, and KEDA's (keda.sh/v1alpha1/ScaledObject.js ...)
const MODEL_DIRS = [MODELS_DIR, path.join(NODE_MODULES, '@kubernetes-models', 'keda')];

/** The models' file (without extension) for an apiVersion and kind: "apps/v1" -> apps/v1, "v1" -> v1. */
function modelBase(apiVersion, kind) {
  if (typeof apiVersion !== 'string' || typeof kind !== 'string' || !/^[A-Za-z0-9]+$/.test(kind)) return null;
  if (!/^[A-Za-z0-9.-]+(\/[A-Za-z0-9]+)?$/.test(apiVersion)) return null;
  for (const dir of MODEL_DIRS) {
    const file = path.join(dir, ...apiVersion.split('/'), kind);
    if (existsSync(file + '.js')) return file;
  }
  return null;
}

/** Schema errors for one object: [] when it is valid. */
export async function validateObject(obj) {
  const base = modelBase(obj?.apiVersion, obj?.kind);
  if (!base) return [`${obj?.apiVersion}/${obj?.kind} is not a Kubernetes API type this validator knows`];
  const mod = await import(pathToFileURL(base + '.js').href);
  const Model = mod[obj.kind];
  const errors = [];
  try {
    new Model(obj).validate();
  } catch (e) {
    const list = e.errors ?? [{ instancePath: '', message: e.message }];
    // ajv reports a failed oneOf with each branch's error; keep the readable ones
    for (const err of list) {
      if (err.keyword === 'oneOf' || err.keyword === 'anyOf') continue;
      const where = err.instancePath ? err.instancePath.replace(/^\//, '').replaceAll('/', '.') : '(root)';
      errors.push(`${where}: ${err.message}`);
    }
  }
  errors.push(...unknownFields(obj, base + '.d.ts'));
  return [...new Set(errors)];
}

// ---- unknown fields, from the type declarations ------------------------------------------------------------------

const declCache = new Map();

/** Parses one .d.ts: {fields: Map(name -> type text), resolve(ident) -> file}; null when it declares no interface. */
function declaration(file) {
  if (declCache.has(file)) return declCache.get(file);
  let result = null;
  if (existsSync(file)) {
    const text = readFileSync(file, 'utf8');
    const imports = new Map();
    for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*"([^"]+)"/g)) {
      for (const name of m[1].split(',').map((s) => s.trim()).filter(Boolean)) imports.set(name, m[2]);
    }
    const start = text.search(/^export interface (\w+)/m);
    if (start >= 0) {
      const self = /^export interface (\w+)/m.exec(text.slice(start))[1];
      const body = text.slice(start).split('\n');
      const fields = new Map();
      for (let i = 1; i < body.length && body[i] !== '}'; i++) {
        const m = /^ {4}"([^"]+)"\??: (.*)$/.exec(body[i]);
        if (!m) continue;
        let type = m[2];
        if (type.endsWith('{')) {
          while (i + 1 < body.length && !/^ {4}\}/.test(body[i])) type += ' ' + body[++i].trim();
        }
        fields.set(m[1], type.replace(/;$/, '').replace(/\s+/g, ' '));
      }
      const resolve = (ident) => {
        if (ident === self) return file;
        const from = imports.get(ident);
        if (!from) return null;
        const target = from.startsWith('.') ? path.resolve(path.dirname(file), from) : path.join(NODE_MODULES, from);
        return target.replace(/\.js$/, '') + '.d.ts';
      };
      result = { fields, resolve };
    }
  }
  declCache.set(file, result);
  return result;
}

function unknownFields(value, file, where = '') {
  const decl = declaration(file);
  if (!decl || value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  const errors = [];
  for (const [key, child] of Object.entries(value)) {
    const here = where ? `${where}.${key}` : key;
    if (!decl.fields.has(key)) {
      errors.push(`${here}: unknown field "${key}" (kubectl apply rejects it)`);
      continue;
    }
    if (key === 'status') continue;
    const type = decl.fields.get(key);
    let m;
    if ((m = /^(I\w+)$/.exec(type))) {
      const f = decl.resolve(m[1]);
      if (f) errors.push(...unknownFields(child, f, here));
    } else if ((m = /^Array<(I\w+)>$/.exec(type)) && Array.isArray(child)) {
      const f = decl.resolve(m[1]);
      if (f) child.forEach((item, i) => errors.push(...unknownFields(item, f, `${here}[${i}]`)));
    } else if ((m = /^\{ \[key: string\]: (I\w+); \}$/.exec(type)) && child && typeof child === 'object') {
      const f = decl.resolve(m[1]);
      if (f) for (const [k, v] of Object.entries(child)) errors.push(...unknownFields(v, f, `${here}.${k}`));
    }
  }
  return errors;
}
