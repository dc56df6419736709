// The environment-variable rule (lib/properties.js) on small property files of its own.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ServiceConfig, envName, parseProperties } from '../lib/properties.js';

function config(text) {
  const dir = mkdtempSync(path.join(tmpdir(), 'props-'));
  const file = path.join(dir, 'application.properties');
  writeFileSync(file, text);
  try {
    return new ServiceConfig(file);
  } finally {
    rmSync(dir, { recursive: true });
  }
}

test('property names map to environment variables as MicroProfile Config does', () => {
  assert.equal(envName('gateway.max-text-length'), 'GATEWAY_MAX_TEXT_LENGTH');
  assert.equal(envName('gateway.security.keys."newsroom-a".sha256'), 'GATEWAY_SECURITY_KEYS__NEWSROOM_A__SHA256');
});

test('profiles, continuations and separators are read', () => {
  const entries = parseProperties('a.b=1\n%test.c.d = 2\n# x=3\ne.f: long \\\n  value\n');
  assert.deepEqual(entries.map((e) => [e.key, e.profile, e.value]), [['a.b', null, '1'], ['c.d', 'test', '2'], ['e.f', null, 'long value']]);
});

test('declared, expanded, map and known properties are accepted; anything else is not', () => {
  const c = config([
    'quarkus.http.port=8080', '%prod.quarkus.http.port=9090', 'svc.limit=5', 'x.cors=${CORS_ORIGINS:a}',
    '%test.svc.keys.one.sha256=aa', '%test.svc.keys.two.sha256=bb', 'quarkus.banner.enabled=false', 'quarkus.devservices.enabled=false',
  ].join('\n'));
  assert.equal(c.value('quarkus.http.port'), '9090');
  assert.ok(c.explain('SVC_LIMIT'));
  assert.ok(c.explain('CORS_ORIGINS'));
  assert.ok(c.explain('SVC_KEYS__NEWSROOM_A__SHA256'));
  assert.ok(c.explain('QUARKUS_DATASOURCE_PASSWORD'));
  assert.ok(c.explain('JDK_JAVA_OPTIONS'));
  assert.equal(c.explain('SVC_LIMT'), null);
  assert.equal(c.explain('QUARKUS_HTTP_PROT'), null);
  assert.equal(c.explain('SVC_KEYS_ONE_MD5'), null);
  // two config roots are not a map: quarkus.*.enabled does not accept QUARKUS_ANYTHING_ENABLED
  assert.equal(c.explain('QUARKUS_ANYTHING_ENABLED'), null);
});

test('values resolve as a container runs them: variables override, ${...} expands, Secrets are unknown', () => {
  const c = config([
    'rabbitmq-host=${RABBITMQ_HOST:localhost}', 'claimcheck.messaging.suffix=', '%test.claimcheck.messaging.suffix=.t-${quarkus.uuid}',
    'claimcheck.messaging.submitted-queue=claimcheck.article-submitted${claimcheck.messaging.suffix}',
    'mp.messaging.incoming.article-submitted.connector=smallrye-rabbitmq',
    'mp.messaging.incoming.article-submitted.queue.name=${claimcheck.messaging.submitted-queue}',
    'mp.messaging.incoming.no-queue-name.connector=smallrye-rabbitmq',
    'mp.messaging.incoming.other.connector=smallrye-kafka', 'mp.messaging.incoming.other.queue.name=not-rabbit',
    'loop.a=${loop.b}', 'loop.b=${loop.a}',
  ].join('\n'));
  assert.equal(c.variableFor('rabbitmq-host'), 'RABBITMQ_HOST');
  assert.equal(c.variableFor('claimcheck.messaging.suffix'), 'CLAIMCHECK_MESSAGING_SUFFIX');
  assert.equal(c.resolve('rabbitmq-host'), 'localhost');
  assert.equal(c.resolve('rabbitmq-host', new Map([['RABBITMQ_HOST', 'rabbitmq']])), 'rabbitmq');
  assert.equal(c.resolve('rabbitmq-host', new Map([['RABBITMQ_HOST', null]])), null);
  assert.equal(c.resolve('no.such.property'), undefined);
  assert.equal(c.resolve('loop.a'), null);
  // the prod profile: the %test suffix does not apply; a variable changes the queue through the expansion
  assert.deepEqual(c.consumedQueues(), [
    { channel: 'article-submitted', queue: 'claimcheck.article-submitted' },
    { channel: 'no-queue-name', queue: 'no-queue-name' },
  ]);
  assert.equal(c.consumedQueues(new Map([['CLAIMCHECK_MESSAGING_SUFFIX', '.blue']]))[0].queue, 'claimcheck.article-submitted.blue');
  assert.equal(c.consumedQueues(new Map([['CLAIMCHECK_MESSAGING_SUBMITTED_QUEUE', 'q2']]))[0].queue, 'q2');
});
