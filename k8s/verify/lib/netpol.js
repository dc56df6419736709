// Evaluates NetworkPolicies (networking.k8s.io/v1 semantics) for one namespace's pods, without a cluster.
//
// Two endpoints besides the rendered pods: OUTSIDE (a client outside the namespace: the ingress controller, another
// namespace's pod, an address on the internet) and EXTERNAL (an address outside the cluster, such as a managed
// PostgreSQL). What such an endpoint's labels or address are is unknown, so each question is asked in a mode:
//   'may'  -- could the policies allow it? (a peer that might match counts: used to prove a flow is denied)
//   'must' -- do the policies certainly allow it? (only a peer that surely matches counts: used to prove a flow works)

export const OUTSIDE = 'outside';
export const EXTERNAL = 'external';

function matches(selector, labels = {}) {
  for (const [k, v] of Object.entries(selector?.matchLabels ?? {})) if (labels[k] !== v) return false;
  for (const e of selector?.matchExpressions ?? []) {
    const has = Object.hasOwn(labels, e.key);
    if (e.operator === 'In' && !(has && e.values.includes(labels[e.key]))) return false;
    if (e.operator === 'NotIn' && has && e.values.includes(labels[e.key])) return false;
    if (e.operator === 'Exists' && !has) return false;
    if (e.operator === 'DoesNotExist' && has) return false;
  }
  return true;
}

const empty = (s) => !s || (Object.keys(s.matchLabels ?? {}).length === 0 && (s.matchExpressions ?? []).length === 0);

/** Does a from/to peer match the endpoint? policyNs: the policy's namespace. */
function peerMatches(peer, endpoint, policyNs, mode) {
  if (peer.ipBlock) {
    // an ipBlock means addresses outside the cluster in practice (pod IPs are ephemeral)
    if (endpoint === EXTERNAL || endpoint === OUTSIDE) {
      if (mode === 'may') return true;
      return ['0.0.0.0/0', '::/0'].includes(peer.ipBlock.cidr) && !(peer.ipBlock.except ?? []).length;
    }
    return mode === 'may';
  }
  if (endpoint === EXTERNAL) return false; // pod and namespace selectors select pods only
  if (endpoint === OUTSIDE) {
    if (!peer.namespaceSelector) return false; // a bare podSelector: the policy's own namespace only
    if (mode === 'may') return true;
    return empty(peer.namespaceSelector) && empty(peer.podSelector);
  }
  // a rendered pod
  if (peer.namespaceSelector) {
    const nsLabels = { 'kubernetes.io/metadata.name': endpoint.namespace ?? policyNs };
    if (!matches(peer.namespaceSelector, nsLabels) && !(mode === 'may' && !empty(peer.namespaceSelector))) return false;
  } else if ((endpoint.namespace ?? '') !== (policyNs ?? '')) {
    return false;
  }
  return peer.podSelector ? matches(peer.podSelector, endpoint.labels) : true;
}

/** Does a rule's ports list admit the port ({number, name}) on the destination? */
function portMatches(rulePorts, port, destination) {
  if (!rulePorts || rulePorts.length === 0) return true;
  return rulePorts.some((p) => {
    if ((p.protocol ?? 'TCP') !== 'TCP') return false;
    if (p.port === undefined) return true;
    if (typeof p.port === 'number') return port.number !== undefined && port.number >= p.port && port.number <= (p.endPort ?? p.port);
    // a named port resolves on the destination pod
    if (destination === EXTERNAL || destination === OUTSIDE) return false;
    for (const c of destination.containers) for (const cp of c.ports ?? []) {
      if (cp.name === p.port && cp.containerPort === port.number) return true;
    }
    return false;
  });
}

function policiesFor(policies, pod, type) {
  return policies.filter((np) => (np.metadata?.namespace ?? '') === (pod.namespace ?? '') &&
    matches(np.spec?.podSelector ?? {}, pod.labels) &&
    (np.spec?.policyTypes ?? (np.spec?.egress ? ['Ingress', 'Egress'] : ['Ingress'])).includes(type));
}

function allowedBy(list, direction, peerEndpoint, destination, port, mode) {
  if (list.length === 0) return true; // not isolated in this direction
  return list.some((np) => (np.spec?.[direction] ?? []).some((rule) => {
    const peers = rule[direction === 'ingress' ? 'from' : 'to'];
    const peerOk = !peers || peers.length === 0 || peers.some((p) => peerMatches(p, peerEndpoint, np.metadata?.namespace, mode));
    return peerOk && portMatches(rule.ports, port, destination);
  }));
}

/** May (mode 'may') or must (mode 'must') a connection from src to dst on port be allowed? */
export function flowAllowed(policies, src, dst, port, mode) {
  if (src !== OUTSIDE && src !== EXTERNAL) {
    if (!allowedBy(policiesFor(policies, src, 'Egress'), 'egress', dst, dst, port, mode)) return false;
  }
  if (dst !== OUTSIDE && dst !== EXTERNAL) {
    if (!allowedBy(policiesFor(policies, dst, 'Ingress'), 'ingress', src, dst, port, mode)) return false;
  }
  return true;
}
