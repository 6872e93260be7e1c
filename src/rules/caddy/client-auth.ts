import type { CaddyDirective } from '../../model/caddyfile';

/** How a `tls { client_auth { … } }` block treats client certificates, per the tls directive docs. */
export function clientAuthMode(clientAuth: CaddyDirective): { mode: string; explicit: boolean; verifies: boolean; requires: boolean } {
  const sub = clientAuth.block ?? [];
  const modeLine = sub.find((d) => d.name === 'mode');
  const trusted = sub.some((d) => /^(trusted_ca_cert|trusted_ca_cert_file|trusted_leaf_cert|trusted_leaf_cert_file|trust_pool)$/.test(d.name));
  // Default: require_and_verify if trusted CA or leaf certs are given; otherwise require (not verified).
  const mode = modeLine?.args[0]?.text ?? (trusted ? 'require_and_verify' : 'require');
  return { mode, explicit: !!modeLine, verifies: mode === 'verify_if_given' || mode === 'require_and_verify', requires: mode === 'require' || mode === 'require_and_verify' };
}

/** The client_auth blocks of a directive list (inside `tls { … }`). */
export function clientAuthBlocks(ds: CaddyDirective[]): CaddyDirective[] {
  return ds.filter((d) => d.name === 'tls').flatMap((t) => (t.block ?? []).filter((d) => d.name === 'client_auth'));
}
