// Reads a Quarkus application.properties and answers: which environment variables does this service read?
//
// The rule (MicroProfile Config's environment source, as SmallRye Config implements it): a property name becomes an
// environment variable by upper-casing it and replacing every character that is not a letter or a digit with "_"
// (gateway.max-text-length -> GATEWAY_MAX_TEXT_LENGTH; a quoted map key gateway.security.keys."a-b".sha256 ->
// GATEWAY_SECURITY_KEYS__A_B__SHA256). An environment variable set on a service's container is accepted when
//   1. it is the environment form of a property the service's application.properties declares (in any profile:
//      "%test.foo.bar" declares foo.bar), or
//   2. it is the environment form of a name that a value of that file expands, ${NAME} or ${NAME:default}
//      (quarkus.http.cors.origins=${CORS_ORIGINS:...} reads CORS_ORIGINS), or
//   3. it fills a map in a family the file shows: when the file declares the same property under two or more keys
//      (gateway.security.keys.test.sha256 and gateway.security.keys.stingy.sha256), then
//      GATEWAY_SECURITY_KEYS_<ANY KEY>_SHA256 is accepted (the key is the third segment or later: a map sits under
//      a config root and a name of its own), or
//   4. it is one of the few quarkus.* properties the manifests set without the service declaring a default
//      (KNOWN_QUARKUS_PROPERTIES below; each was checked against the Quarkus 3.33 extensions the services use), or
//   5. it is read by the java launcher rather than by Quarkus (JAVA_LAUNCHER_VARIABLES).
// "Any QUARKUS_* variable" is deliberately not accepted: a misspelt QUARKUS_DATASOURCE_JDBC_ULR would pass and be
// ignored at run time. To set another quarkus.* property from the manifests, declare its default in the service's
// application.properties (which documents it where the service's engineers look), or add it to the list below.

import { readFileSync } from 'node:fs';

export const KNOWN_QUARKUS_PROPERTIES = new Map([
  // the database password: never in application.properties; from the Secret claimcheck-db
  ['quarkus.datasource.password', 'reconciler datasource password (quarkus-agroal)'],
  // graceful shutdown on SIGTERM: finish in-flight requests (quarkus-core ShutdownConfig)
  ['quarkus.shutdown.timeout', 'graceful shutdown (quarkus-core)'],
]);

export const JAVA_LAUNCHER_VARIABLES = new Set(['JAVA_TOOL_OPTIONS', 'JDK_JAVA_OPTIONS']);

/** The environment variable that sets a property: upper case, every non-alphanumeric character replaced by "_". */
export function envName(property) {
  return property.replace(/[^A-Za-z0-9]/g, '_').toUpperCase();
}

/** Parses a .properties file: [{key, profile, value, line}], with continuation lines and both separators. */
export function parseProperties(text) {
  const entries = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i].replace(/^\s+/, '');
    const start = i + 1;
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue;
    while (/(^|[^\\])(\\\\)*\\$/.test(line) && i + 1 < lines.length) {
      line = line.slice(0, -1) + lines[++i].replace(/^\s+/, '');
    }
    const m = /^((?:\\.|[^=:\s\\])+)\s*[=:\s]\s*(.*)$/.exec(line) ?? [null, line, ''];
    let key = m[1].replace(/\\(.)/g, '$1');
    let profile = null;
    const pm = /^%([^.]+)\.(.+)$/.exec(key);
    if (pm) {
      profile = pm[1];
      key = pm[2];
    }
    entries.push({ key, profile, value: m[2], line: start });
  }
  return entries;
}

/** Splits a property name into segments, keeping quoted segments ("a.b") whole. */
export function segments(key) {
  const out = [];
  let cur = '';
  let quoted = false;
  for (const ch of key) {
    if (ch === '"') quoted = !quoted;
    if (ch === '.' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A service's configuration as its application.properties declares it. */
export class ServiceConfig {
  constructor(file) {
    this.file = file;
    this.entries = parseProperties(readFileSync(file, 'utf8'));
    this.declared = new Map(); // env name -> property
    this.expanded = new Map(); // env name -> the ${name} it fills
    this.mapFamilies = []; // {pattern: RegExp, example}
    for (const e of this.entries) {
      if (!this.declared.has(envName(e.key))) this.declared.set(envName(e.key), e.key);
      for (const x of e.value.matchAll(/\$\{([^}:]+)(?::[^}]*)?\}/g)) {
        this.expanded.set(envName(x[1]), x[1]);
      }
    }
    const families = new Map();
    for (const key of new Set(this.entries.map((e) => e.key))) {
      const segs = segments(key);
      // the map's own name sits below a config root, so a key is at least the third segment: quarkus.*.enabled
      // (quarkus.banner.enabled, quarkus.devservices.enabled) is two config roots, not a map
      for (let i = 2; i < segs.length - 1; i++) {
        const id = segs.slice(0, i).join('.') + '.*.' + segs.slice(i + 1).join('.');
        if (!families.has(id)) families.set(id, { prefix: segs.slice(0, i), suffix: segs.slice(i + 1), keys: new Set() });
        families.get(id).keys.add(segs[i]);
      }
    }
    for (const [id, f] of families) {
      if (f.keys.size < 2) continue;
      const pattern = new RegExp(
        '^' + escapeRe(envName(f.prefix.join('.'))) + '_[A-Z0-9_]+_' + escapeRe(envName(f.suffix.join('.'))) + '$');
      this.mapFamilies.push({ pattern, family: id });
    }
  }

  /** The value a property has in the prod profile (what a container runs): %prod. wins over the plain one. */
  value(key) {
    const prod = this.entries.find((e) => e.key === key && e.profile === 'prod');
    const plain = this.entries.find((e) => e.key === key && e.profile === null);
    return (prod ?? plain)?.value;
  }

  /** The environment variable a property is read from: X for a value that is just ${X} or ${X:default}, else its own. */
  variableFor(key) {
    const m = /^\$\{([^}:]+)(?::[^}]*)?\}$/.exec(this.value(key) ?? '');
    return envName(m ? m[1] : key);
  }

  /**
   * A property's value as a container with the environment `env` (Map variable -> value) runs it, in the prod
   * profile: a variable overrides the property it names, and ${name} / ${name:default} are expanded the same way.
   * undefined when nothing sets the property; null when a value it needs is unknown here (env value null: from a
   * Secret) or the expansion is circular.
   */
  resolve(key, env = new Map(), seen = new Set()) {
    if (seen.has(key)) return null;
    const variable = envName(key);
    const raw = env.has(variable) ? env.get(variable) : this.value(key);
    if (raw === undefined || raw === null) return raw;
    const inner = new Set([...seen, key]);
    let unknown = false;
    const value = raw.replace(/\$\{([^}:]+)(?::([^}]*))?\}/g, (_, name, fallback) => {
      let v = env.has(envName(name)) ? env.get(envName(name)) : undefined;
      if (v === undefined && this.entries.some((e) => e.key === name)) v = this.resolve(name, env, inner);
      if (v === undefined) v = fallback;
      if (v === undefined || v === null) {
        unknown = true;
        return '';
      }
      return v;
    });
    return unknown ? null : value;
  }

  /**
   * The RabbitMQ queues this service consumes, as the container with the environment `env` names them:
   * [{channel, queue}] for every incoming channel on the smallrye-rabbitmq connector (the connector's default queue
   * name is the channel's). queue is null when it depends on a value not known here.
   */
  consumedQueues(env = new Map()) {
    const out = [];
    for (const e of this.entries) {
      const m = /^mp\.messaging\.incoming\.([^.]+)\.connector$/.exec(e.key);
      if (!m || e.profile !== null || this.resolve(e.key, env) !== 'smallrye-rabbitmq') continue;
      const queue = this.resolve(`mp.messaging.incoming.${m[1]}.queue.name`, env);
      out.push({ channel: m[1], queue: queue === undefined ? m[1] : queue });
    }
    return out;
  }

  /** Which property (or reason) an environment variable maps to, or null when the service reads no such thing. */
  explain(env) {
    if (this.declared.has(env)) return `property ${this.declared.get(env)}`;
    if (this.expanded.has(env)) return `\${${this.expanded.get(env)}} in a value`;
    const fam = this.mapFamilies.find((f) => f.pattern.test(env));
    if (fam) return `map family ${fam.family}`;
    for (const p of KNOWN_QUARKUS_PROPERTIES.keys()) if (envName(p) === env) return `known Quarkus property ${p}`;
    if (JAVA_LAUNCHER_VARIABLES.has(env)) return 'java launcher variable';
    return null;
  }
}
