import { defineRule } from '../define';
import { globalSettings } from './settings';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|\[::1\]|localhost)$/i;
/** RFC 5737 documentation ranges and obvious placeholders: copied from an example, never the server's address. */
const PLACEHOLDER = /^(192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|2001:db8:|x+\.x+|<|your|server_ip|SERVER_IP|YOUR_)/i;

/** The host part of `host`, `host:port`, `[v6]:port`, dropping an `rdomain`. */
function hostOf(arg: string): string {
  const b = /^\[([^\]]+)\](?::\d+)?$/.exec(arg);
  if (b) return b[1];
  const colons = (arg.match(/:/g) ?? []).length;
  return colons === 1 ? arg.slice(0, arg.indexOf(':')) : arg;
}

export default defineRule({
  id: 'sshd-listen-address-lockout',
  class: 'lockout',
  severity: 'error',
  summary: '`ListenAddress` that leaves sshd listening on loopback only, or on a documentation/placeholder address.',
  docs: {
    what: 'Reads the global `ListenAddress` lines. When every one of them is a loopback address, sshd accepts no connection from outside; when one is a documentation address (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) or a placeholder, it was copied from an example.',
    why: 'sshd binds only the addresses listed. `ListenAddress 127.0.0.1` (advice meant for a tunnel-only host) or an example address that is not on this machine means the next sshd restart drops remote SSH entirely — with an address that does not exist sshd may not start at all.',
    bad: { lang: 'sshd', filename: 'sshd_config', text: 'ListenAddress 127.0.0.1\n' },
    good: { lang: 'sshd', filename: 'sshd_config', text: 'ListenAddress 0.0.0.0\nListenAddress ::\n' },
    references: ['https://man.openbsd.org/sshd_config#ListenAddress'],
  },
  check(ctx, report) {
    const lines = globalSettings(ctx, 'listenaddress').filter((s) => s.args[0]);
    if (lines.length === 0) return;
    if (lines.every((s) => LOOPBACK.test(hostOf(s.args[0].text)))) {
      for (const s of lines) {
        report({ message: `\`ListenAddress ${s.args[0].text}\` is loopback: with no other ListenAddress, sshd accepts no connection from outside this machine`, doc: s.doc, span: s.span });
      }
      return;
    }
    for (const s of lines) {
      const host = hostOf(s.args[0].text);
      if (PLACEHOLDER.test(host)) {
        report({ message: `\`ListenAddress ${s.args[0].text}\` is an example address, not this server's: sshd cannot bind it — use the server's own address or drop the line`, doc: s.doc, span: s.span, severity: 'warning' });
      }
    }
  },
});
