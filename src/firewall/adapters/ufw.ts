/**
 * ufw command lines → model operations, as ufw(8) behaves: rules without an
 * address go to both families (ufw adds the v6 rule beside the v4 one), rules
 * are stored while ufw is inactive and loaded on `enable`, `delete <rule>`
 * removes the rule with the same meaning, application profiles expand to their
 * ports. What ufw would refuse (`--dry-run` says ERROR) is a Problem.
 */
import type { Document } from '../../core/document';
import { parseDocument, syntaxProblems } from '../../parse/index';
import type { Located, Word } from '../../plan/types';
import { KNOWN_SERVICES, ufwModel, type UfwCommand } from '../../model/ufw';
import { parseCidr, type Cidr } from '../addr';
import type { AddrFamily, PortRange } from '../model';
import type { Adapted, Problem, UfwOp, UfwRuleSpec } from '../ops';
import { parsePorts } from './iptables';

/**
 * Profiles shipped in /etc/ufw/applications.d by Debian/Ubuntu packages.
 * `ufw allow OpenSSH` works once openssh-server is installed.
 */
export const UFW_APPS: Readonly<Record<string, { ports: PortRange[]; proto?: string }>> = {
  OpenSSH: { ports: [{ lo: 22, hi: 22 }], proto: 'tcp' },
  'Nginx HTTP': { ports: [{ lo: 80, hi: 80 }], proto: 'tcp' },
  'Nginx HTTPS': { ports: [{ lo: 443, hi: 443 }], proto: 'tcp' },
  'Nginx Full': { ports: [{ lo: 80, hi: 80 }, { lo: 443, hi: 443 }], proto: 'tcp' },
  'Nginx QUIC': { ports: [{ lo: 443, hi: 443 }], proto: 'udp' },
  Apache: { ports: [{ lo: 80, hi: 80 }], proto: 'tcp' },
  'Apache Secure': { ports: [{ lo: 443, hi: 443 }], proto: 'tcp' },
  'Apache Full': { ports: [{ lo: 80, hi: 80 }, { lo: 443, hi: 443 }], proto: 'tcp' },
  Postfix: { ports: [{ lo: 25, hi: 25 }], proto: 'tcp' },
  'Postfix SMTPS': { ports: [{ lo: 465, hi: 465 }], proto: 'tcp' },
  'Postfix Submission': { ports: [{ lo: 587, hi: 587 }], proto: 'tcp' },
  'Dovecot IMAP': { ports: [{ lo: 143, hi: 143 }], proto: 'tcp' },
  'Dovecot Secure IMAP': { ports: [{ lo: 993, hi: 993 }], proto: 'tcp' },
  'Dovecot POP3': { ports: [{ lo: 110, hi: 110 }], proto: 'tcp' },
  'Dovecot Secure POP3': { ports: [{ lo: 995, hi: 995 }], proto: 'tcp' },
  Bind9: { ports: [{ lo: 53, hi: 53 }] },
  Samba: { ports: [{ lo: 137, hi: 139 }, { lo: 445, hi: 445 }] },
  CUPS: { ports: [{ lo: 631, hi: 631 }] },
  OpenLDAP: { ports: [{ lo: 389, hi: 389 }], proto: 'tcp' },
};

function findApp(name: string): (typeof UFW_APPS)[string] | undefined {
  if (UFW_APPS[name]) return UFW_APPS[name];
  const key = Object.keys(UFW_APPS).find((k) => k.toLowerCase() === name.toLowerCase());
  return key ? UFW_APPS[key] : undefined;
}

const PROTOS = new Set(['tcp', 'udp', 'any', 'ah', 'esp', 'gre', 'ipv6', 'igmp', 'vrrp']);

interface Built {
  spec?: UfwRuleSpec;
  problems: Problem[];
}

function portsOf(w: Word, problems: Problem[], what: string): PortRange[] | undefined {
  const service = KNOWN_SERVICES.get(w.text.toLowerCase());
  const text = service ?? w.text;
  const ports = parsePorts(text.replace(/-/g, '\u0000'));
  if (!ports || /-/.test(text)) {
    problems.push({ kind: 'ufw-syntax', message: `ufw rejects ${what} '${w.text}' ("Bad port"): write a number, a list 80,443 or a range 6000:6007`, origin: w, suggestion: /^\d+-\d+$/.test(text) ? text.replace('-', ':') : undefined });
    return undefined;
  }
  return ports;
}

function addr(w: Word | undefined, problems: Problem[]): Cidr | undefined | null {
  if (!w || w.text.toLowerCase() === 'any') return undefined;
  const c = parseCidr(w.text);
  if (!c) {
    problems.push({ kind: 'ufw-syntax', message: `ufw rejects the address '${w.text}' ("Bad source address" / "Bad destination address"): use an IP address or CIDR`, origin: w });
    return null;
  }
  return c;
}

function buildRule(cmd: UfwCommand): Built {
  const problems: Problem[] = [];
  const origin: Located = cmd;
  const action = cmd.action ?? 'allow';
  let proto = cmd.proto?.text.toLowerCase();
  if (cmd.proto && !PROTOS.has(proto!)) {
    problems.push({ kind: 'ufw-syntax', message: `ufw rejects proto '${cmd.proto.text}' ("Unsupported protocol"): use tcp, udp, or leave it out for both`, origin: cmd.proto });
  }
  if (proto === 'any') proto = undefined;
  let dports: PortRange[] | undefined;
  let sports: PortRange[] | undefined;
  let multi = false;
  if (cmd.simplePorts) {
    const protos = new Set(cmd.simplePorts.map((p) => p.proto).filter(Boolean));
    const simpleProto = [...protos][0];
    if (simpleProto && !['tcp', 'udp'].includes(simpleProto)) problems.push({ kind: 'ufw-syntax', message: `ufw rejects '${cmd.simple!.text}': the protocol after '/' must be tcp or udp`, origin: cmd.simple! });
    proto = simpleProto ?? proto;
    dports = [];
    for (const p of cmd.simplePorts) {
      const r = portsOf({ ...cmd.simple!, text: p.port }, problems, 'port');
      if (r) dports.push(...r);
    }
    multi = cmd.simplePorts.length > 1 || /:/.test(cmd.simple!.text);
  } else if (cmd.app) {
    const app = findApp(cmd.app.text);
    if (!app) {
      problems.push({ kind: 'ufw-syntax', message: `ufw finds no application profile '${cmd.app.text}' ("Could not find a profile matching"); use a port such as 22/tcp, or check \`ufw app list\``, origin: cmd.app });
    } else {
      dports = app.ports;
      proto = app.proto;
    }
  }
  if (cmd.toPort) {
    dports = portsOf(cmd.toPort, problems, 'port');
    multi ||= /[,:]/.test(cmd.toPort.text);
  }
  if (cmd.fromPort) {
    sports = portsOf(cmd.fromPort, problems, 'port');
    multi ||= /[,:]/.test(cmd.fromPort.text);
  }
  for (const appWord of [cmd.toApp, cmd.fromApp]) {
    if (!appWord) continue;
    const app = findApp(appWord.text);
    if (!app) problems.push({ kind: 'ufw-syntax', message: `ufw finds no application profile '${appWord.text}' ("Could not find a profile matching")`, origin: appWord });
    else if (appWord === cmd.toApp) {
      dports = app.ports;
      proto = app.proto;
    } else sports = app.ports;
    if (cmd.proto) problems.push({ kind: 'ufw-syntax', message: `ufw rejects 'proto' together with an application profile ("Improper rule syntax"): the profile sets the protocol`, origin: cmd.proto });
  }
  if (multi && !proto) {
    problems.push({ kind: 'ufw-syntax', message: `ufw rejects a port list or range without a protocol ("Must specify 'tcp' or 'udp' with multiple ports"); add /tcp or proto tcp`, origin: cmd.simple ?? cmd.toPort ?? cmd.fromPort ?? origin });
  }
  const src = addr(cmd.from, problems);
  const dst = addr(cmd.to, problems);
  if (src === null || dst === null) return { problems };
  if (src && dst && src.family !== dst.family) problems.push({ kind: 'ufw-syntax', message: `ufw rejects mixing IPv4 and IPv6 addresses in one rule ("Mixed IP versions")`, origin });
  if (!dports && !sports && !src && !dst && !cmd.iface && !cmd.proto && !cmd.app) {
    problems.push({ kind: 'ufw-syntax', message: `ufw needs a port, address, interface or application in a rule ("Invalid syntax")`, origin });
  }
  if (problems.length) return { problems };
  const fam = src?.family ?? dst?.family;
  const families: AddrFamily[] = fam ? [fam] : ['ip', 'ip6'];
  const direction = cmd.direction ?? 'in';
  const iface = cmd.iface?.text;
  const fmt = (r?: PortRange[]) => r?.map((p) => (p.lo === p.hi ? `${p.lo}` : `${p.lo}:${p.hi}`)).join(',');
  const key = [
    cmd.route ? 'route' : '', action, direction, iface ? `on ${iface}` : '', proto ? `proto ${proto}` : '',
    `from ${src?.text ?? 'any'}`, sports ? `port ${fmt(sports)}` : '', `to ${dst?.text ?? 'any'}`, dports ? `port ${fmt(dports)}` : '',
  ].filter(Boolean).join(' ');
  return { spec: { action, direction, route: cmd.route, families, proto, src, dst, dports, sports, iface, key }, problems };
}

export function adaptUfw(doc: Document): Adapted {
  const ops: UfwOp[] = [];
  const problems: Problem[] = [];
  // A line that does not parse is rejected whole by ufw ("Invalid syntax") and
  // reported once by syntax-error: no op, and no second finding on its words.
  const broken = syntaxProblems(parseDocument(doc)).map((p) => p.node.startPosition.row);
  for (const cmd of ufwModel(doc).commands) {
    const origin: Located = cmd;
    if (cmd.dryRun) continue;
    if (broken.some((row) => row >= cmd.span.start.row && row <= cmd.span.end.row)) continue;
    switch (cmd.kind) {
      case 'enable':
      case 'disable':
      case 'reload':
      case 'reset':
        ops.push({ kind: 'ufw', action: cmd.kind, origin });
        break;
      case 'default': {
        const policy = cmd.policy;
        const dir = cmd.policyDirection;
        if (policy !== 'allow' && policy !== 'deny' && policy !== 'reject') {
          problems.push({ kind: 'ufw-syntax', message: `ufw rejects default policy '${policy ?? ''}': it is allow, deny or reject${policy === 'drop' ? ' (deny is what drops)' : ''}`, origin, suggestion: policy === 'drop' ? 'deny' : undefined });
          break;
        }
        if (dir !== 'incoming' && dir !== 'outgoing' && dir !== 'routed') {
          problems.push({ kind: 'ufw-syntax', message: `ufw rejects default direction '${cmd.policyDirectionWritten?.text ?? ''}': it is incoming, outgoing or routed`, origin });
          break;
        }
        ops.push({ kind: 'ufw', action: 'default', direction: dir, policy, origin });
        break;
      }
      case 'delete':
        ops.push({ kind: 'ufw', action: 'delete-num', position: cmd.number, origin });
        break;
      case 'rule': {
        const built = buildRule(cmd);
        problems.push(...built.problems);
        if (!built.spec) break;
        if (cmd.delete) ops.push({ kind: 'ufw', action: 'delete-rule', rule: built.spec, origin });
        else if (cmd.insert !== undefined) ops.push({ kind: 'ufw', action: 'insert', position: cmd.insert, rule: built.spec, origin });
        else if (cmd.prepend) ops.push({ kind: 'ufw', action: 'prepend', rule: built.spec, origin });
        else ops.push({ kind: 'ufw', action: 'add', rule: built.spec, origin });
        break;
      }
      default:
        break;
    }
  }
  return { ops, problems };
}
