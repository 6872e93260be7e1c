/**
 * The part of a docker-compose file the rules need: services, their image,
 * published ports (short "[HOST:][HOSTPORT:]PORT[/proto]" and long
 * `published`/`target`/`host_ip` syntax), `network_mode` and environment.
 *
 * There is no YAML library in the project and no grammar: this is a small
 * reader for the block-style YAML compose files are written in (mappings by
 * indentation, `- ` sequences, flow sequences on one line, quoted scalars,
 * comments, block scalars skipped) that keeps a span for every scalar. What it
 * does not understand it skips; it never throws.
 */
import type { Document, Span } from '../core/document';

export type YNode =
  | { kind: 'map'; entries: Array<{ key: string; keySpan: Span; value: YNode }>; span: Span }
  | { kind: 'seq'; items: YNode[]; span: Span }
  | { kind: 'scalar'; value: string; span: Span; quoted: boolean }
  | { kind: 'null'; span: Span };

interface Line {
  row: number;
  indent: number;
  /** Content without the comment, trimmed at the end. */
  text: string;
}

function stripComment(s: string): string {
  let q: string | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === q) q = undefined;
    } else if (c === '"' || c === "'") q = c;
    else if (c === '#' && (i === 0 || /\s/.test(s[i - 1]))) return s.slice(0, i);
  }
  return s;
}

export function parseYaml(text: string): YNode {
  const lines: Line[] = [];
  text.split('\n').forEach((raw, row) => {
    const t = stripComment(raw).replace(/\s+$/, '');
    if (t.trim() === '' || /^(---|\.\.\.)\s*$/.test(t.trim())) return;
    lines.push({ row, indent: t.length - t.trimStart().length, text: t });
  });
  let i = 0;
  const sp = (row: number, s: number, e: number): Span => ({ start: { row, column: s }, end: { row, column: e } });

  const scalar = (row: number, col: number, raw: string): YNode => {
    const v = raw.trim();
    const start = col + (raw.length - raw.trimStart().length);
    const span = sp(row, start, start + v.length);
    if (v === '' || v === '~' || v === 'null') return { kind: 'null', span };
    if (v.startsWith('[') && v.endsWith(']')) {
      const items: YNode[] = [];
      let off = start + 1;
      for (const part of splitFlow(v.slice(1, -1))) {
        if (part.trim() !== '') items.push(scalar(row, off, part));
        off += part.length + 1;
      }
      return { kind: 'seq', items, span };
    }
    if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) {
      const inner = v.slice(1, -1);
      return { kind: 'scalar', value: v[0] === '"' ? inner.replace(/\\(.)/g, '$1') : inner.replace(/''/g, "'"), span, quoted: true };
    }
    return { kind: 'scalar', value: v.replace(/^&\S+\s*/, ''), span, quoted: false };
  };

  /** The value of a block starting at lines[i] with at least `min` indentation. */
  const node = (min: number): YNode => {
    const first = lines[i];
    if (!first || first.indent < min) return { kind: 'null', span: sp(first?.row ?? 0, 0, 0) };
    const indent = first.indent;
    const body = first.text.slice(indent);
    if (body === '-' || body.startsWith('- ')) {
      const items: YNode[] = [];
      const startRow = first.row;
      while (i < lines.length && lines[i].indent === indent && /^-( |$)/.test(lines[i].text.slice(indent))) {
        const l = lines[i];
        const rest = l.text.slice(indent + 1);
        const restCol = indent + 1 + (rest.length - rest.trimStart().length);
        if (rest.trim() === '') {
          i++;
          items.push(node(indent + 1));
        } else if (isKeyLine(rest.trim())) {
          // "- key: value" starts a mapping whose further keys sit at the column of "key".
          lines[i] = { row: l.row, indent: restCol, text: ' '.repeat(restCol) + rest.trim() };
          items.push(node(restCol));
        } else {
          i++;
          items.push(scalar(l.row, indent + 1, rest));
        }
      }
      return { kind: 'seq', items, span: sp(startRow, indent, lines[i - 1]?.text.length ?? 0) };
    }
    if (isKeyLine(body)) {
      const entries: Array<{ key: string; keySpan: Span; value: YNode }> = [];
      while (i < lines.length && lines[i].indent === indent && isKeyLine(lines[i].text.slice(indent))) {
        const l = lines[i];
        const m = /^("[^"]*"|'[^']*'|[^:]+?)\s*:(\s|$)/.exec(l.text.slice(indent))!;
        const key = m[1].replace(/^["']|["']$/g, '');
        const keySpan = sp(l.row, indent, indent + m[1].length);
        const rest = l.text.slice(indent + m[0].length);
        i++;
        let value: YNode;
        if (/^[|>][-+0-9]*$/.test(rest.trim())) {
          // Block scalar: its lines are text, not structure.
          const parts: string[] = [];
          while (i < lines.length && lines[i].indent > indent) parts.push(lines[i++].text.trim());
          value = { kind: 'scalar', value: parts.join('\n'), span: keySpan, quoted: true };
        } else if (rest.trim() === '' || /^[&*]\S+$/.test(rest.trim())) {
          value = i < lines.length && (lines[i].indent > indent || (lines[i].indent === indent && /^-( |$)/.test(lines[i].text.slice(indent)))) ? node(lines[i].indent) : { kind: 'null', span: keySpan };
        } else value = scalar(l.row, indent + m[0].length, rest);
        entries.push({ key, keySpan, value });
      }
      return { kind: 'map', entries, span: sp(first.row, indent, lines[i - 1]?.text.length ?? 0) };
    }
    i++;
    return scalar(first.row, indent, body);
  };
  const root = lines.length ? node(0) : ({ kind: 'null', span: sp(0, 0, 0) } as YNode);
  return root;
}

function isKeyLine(s: string): boolean {
  return /^("[^"]*"|'[^']*'|[^\s"'\-[{][^:]*?|-[^\s:][^:]*?)\s*:(\s|$)/.test(s) && !/^https?:/.test(s);
}

function splitFlow(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q: string | undefined;
  for (const c of s) {
    if (q) {
      if (c === q) q = undefined;
    } else if (c === '"' || c === "'") q = c;
    else if (c === ',') {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  out.push(cur);
  return out;
}

export const get = (n: YNode | undefined, key: string): YNode | undefined => (n?.kind === 'map' ? n.entries.find((e) => e.key === key)?.value : undefined);
export const str = (n: YNode | undefined): string | undefined => (n?.kind === 'scalar' ? n.value : undefined);

export interface ComposePort {
  /** Host address the port is published on; undefined means every interface. */
  hostAddress?: string;
  /** Undefined: Docker picks an ephemeral host port (still on every interface). */
  hostPort?: string;
  containerPort: string;
  proto: string;
  span: Span;
  /** The text as written, for messages and fixes. */
  text: string;
  long: boolean;
}

export interface ComposeService {
  name: string;
  nameSpan: Span;
  image?: string;
  ports: ComposePort[];
  networkMode?: { value: string; span: Span };
  environment: Array<{ name: string; value: string; span: Span }>;
}

export interface ComposeFile {
  doc: Document;
  services: ComposeService[];
}

/** `[HOST:][HOSTPORT:]CONTAINERPORT[/proto]`, HOST possibly `[::1]`. */
export function parseShortPort(spec: string): Omit<ComposePort, 'span' | 'text' | 'long'> | undefined {
  const m = /^(?:(\[[^\]]+\]|[^:[\]]*):)?(?:(\d*(?:-\d+)?):)?(\d+(?:-\d+)?)(?:\/(tcp|udp|sctp))?$/.exec(spec.trim());
  if (!m) return undefined;
  let host: string | undefined = m[1];
  let hostPort: string | undefined = m[2];
  // "8080:80": the single prefix is the host port, not an address.
  if (host !== undefined && hostPort === undefined && /^\d*(-\d+)?$/.test(host)) {
    hostPort = host;
    host = undefined;
  }
  return {
    ...(host ? { hostAddress: host.replace(/^\[|\]$/g, '') } : {}),
    ...(hostPort ? { hostPort } : {}),
    containerPort: m[3],
    proto: m[4] ?? 'tcp',
  };
}

export function composeModel(doc: Document): ComposeFile {
  const root = parseYaml(doc.text);
  const services: ComposeService[] = [];
  const svcs = get(root, 'services');
  if (svcs?.kind !== 'map') return { doc, services };
  for (const e of svcs.entries) {
    const s = e.value;
    const ports: ComposePort[] = [];
    const p = get(s, 'ports');
    if (p?.kind === 'seq') {
      for (const item of p.items) {
        if (item.kind === 'scalar') {
          const parsed = parseShortPort(item.value);
          if (parsed) ports.push({ ...parsed, span: item.span, text: item.value, long: false });
        } else if (item.kind === 'map') {
          const target = str(get(item, 'target'));
          if (!target) continue;
          const published = str(get(item, 'published'));
          const hostIp = str(get(item, 'host_ip'));
          ports.push({
            ...(hostIp ? { hostAddress: hostIp } : {}),
            ...(published ? { hostPort: published } : {}),
            containerPort: target,
            proto: str(get(item, 'protocol')) ?? 'tcp',
            span: item.span,
            text: `${hostIp ? `${hostIp}:` : ''}${published ?? ''}:${target}`,
            long: true,
          });
        }
      }
    }
    const env: ComposeService['environment'] = [];
    const en = get(s, 'environment');
    if (en?.kind === 'map') for (const x of en.entries) env.push({ name: x.key, value: str(x.value) ?? '', span: x.keySpan });
    if (en?.kind === 'seq') {
      for (const x of en.items) {
        if (x.kind !== 'scalar') continue;
        const eq = x.value.indexOf('=');
        env.push({ name: eq < 0 ? x.value : x.value.slice(0, eq), value: eq < 0 ? '' : x.value.slice(eq + 1), span: x.span });
      }
    }
    const nm = get(s, 'network_mode');
    services.push({
      name: e.key,
      nameSpan: e.keySpan,
      ...(str(get(s, 'image')) ? { image: str(get(s, 'image')) } : {}),
      ports,
      ...(nm?.kind === 'scalar' ? { networkMode: { value: nm.value, span: nm.span } } : {}),
      environment: env,
    });
  }
  return { doc, services };
}
