import type { Document, Lang, Point } from '../core/document';
import { subDocument } from '../core/document';
import { detect, langFromPath } from '../input/detect';
import { parseDocument, type Parser } from '../parse/index';
import type { CommandStep, PortPublish, Redirect, Step, ToolInfo, WriteStep, Word } from './types';

type Node = Parser.SyntaxNode;

/**
 * shell → steps. A shell document is read with tree-sitter-bash; every simple
 * command becomes a CommandStep (sudo/doas/env prefixes stripped), and every
 * way of writing a file (cat > F <<EOF, tee [-a] F, echo … > F, sh -c '…')
 * becomes a WriteStep whose content is a document in the language of F.
 */
export interface ShellResult {
  steps: Step[];
  /** Documents cut out of the shell text: written files, firewall command lines, stdin. */
  derived: Document[];
}

interface Ctx {
  doc: Document;
  steps: Step[];
  derived: Document[];
  pipelines: number;
  counter: number;
}

export function planShell(doc: Document): ShellResult {
  const ctx: Ctx = { doc, steps: [], derived: [], pipelines: 0, counter: 0 };
  const tree = parseDocument(doc);
  walkStatements(ctx, tree.rootNode);
  return { steps: ctx.steps, derived: ctx.derived };
}

function walkStatements(ctx: Ctx, node: Node): void {
  for (const child of node.namedChildren) statement(ctx, child);
}

function statement(ctx: Ctx, node: Node): void {
  switch (node.type) {
    case 'command':
      simpleCommand(ctx, node, [], undefined);
      return;
    case 'declaration_command':
      declaration(ctx, node);
      return;
    case 'redirected_statement':
      redirected(ctx, node);
      return;
    case 'pipeline':
      pipeline(ctx, node, [], undefined);
      return;
    case 'comment':
    case 'heredoc_body':
    case 'heredoc_end':
      return;
    case 'variable_assignment':
      return;
    default:
      // list, subshell, compound_statement, if/for/while/case bodies, functions: in order.
      walkStatements(ctx, node);
  }
}

/** `cmd args > f <<EOF … EOF`, including the `cat <<EOF | tee f` shape bash nests inside the heredoc. */
function redirected(ctx: Ctx, node: Node): void {
  const body = node.childForFieldName('body');
  const redirects: Node[] = node.children.filter((c) => /redirect$/.test(c.type));
  let stdin: Document | undefined;
  let piped: Node | undefined;
  for (const r of redirects) {
    if (r.type === 'heredoc_redirect') {
      const bodyNode = r.namedChildren.find((c) => c.type === 'heredoc_body');
      stdin = heredocDocument(ctx, bodyNode, r);
      piped = r.namedChildren.find((c) => c.type === 'pipeline' || c.type === 'command' || c.type === 'list');
    } else if (r.type === 'herestring_redirect') {
      const w = r.namedChildren[0];
      if (w) stdin = wordDocument(ctx, w, 'unknown', 'herestring');
    }
  }
  const files = redirects.filter((r) => r.type === 'file_redirect');
  if (!body) return;
  if (piped) {
    // cat <<EOF | sudo tee F: bash nests the rest of the pipeline inside the heredoc redirect.
    const rest = piped.type === 'pipeline' ? piped.namedChildren.filter((c) => c.type !== 'comment') : [piped];
    runPipeline(ctx, [{ node: body, redirects: files }, ...rest.map((node) => ({ node, redirects: [] }))], stdin);
    return;
  }
  if (body.type === 'command') simpleCommand(ctx, body, files, stdin);
  else if (body.type === 'pipeline') pipeline(ctx, body, files, stdin);
  else statement(ctx, body);
}

function pipeline(ctx: Ctx, node: Node, lastRedirects: Node[], stdin: Document | undefined): void {
  const parts = node.namedChildren.filter((c) => c.type !== 'comment');
  runPipeline(ctx, parts.map((part, k) => ({ node: part, redirects: k === parts.length - 1 ? lastRedirects : [] })), stdin);
}

/** `a | b | c`: each command gets what the one before writes, when the plan can know it. */
function runPipeline(ctx: Ctx, stages: Array<{ node: Node; redirects: Node[] }>, stdin: Document | undefined): void {
  const id = ++ctx.pipelines;
  let carried: CommandStep | undefined;
  stages.forEach(({ node, redirects }, k) => {
    const pos = { id, position: k, length: stages.length };
    const input = k === 0 ? stdin : carried ? pipedOutput(ctx, carried) : undefined;
    const inner = node.type === 'redirected_statement' ? node.childForFieldName('body') : undefined;
    if (node.type === 'command') carried = simpleCommand(ctx, node, redirects, input, pos);
    else if (inner?.type === 'command') carried = simpleCommand(ctx, inner, node.children.filter((c) => c.type === 'file_redirect'), input, pos);
    else {
      statement(ctx, node);
      carried = undefined;
    }
  });
}

/** What a command writes to a pipe, when the plan can know it: echo/printf text, cat's heredoc. */
function pipedOutput(ctx: Ctx, step: CommandStep): Document | undefined {
  if (step.name === 'cat' && step.args.length === 0) return step.stdin;
  if (step.name === 'echo' || step.name === 'printf') return echoDocument(ctx, step);
  return undefined;
}

function declaration(ctx: Ctx, node: Node): void {
  // export A=b, declare -x A=b: a command step the shell-glue rules read (export never reaches systemd).
  const nameNode = node.child(0)!;
  const args: Word[] = node.namedChildren.map((c) => toWord(ctx, c));
  pushCommand(ctx, node, nameNode.text, args, false, {}, [], undefined, undefined);
}

const PREFIX_COMMANDS = new Set(['sudo', 'doas', 'env', 'nohup', 'time', 'command', 'exec', 'builtin']);
const SUDO_ARG_OPTS = new Set(['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U', '-T', '--user', '--group']);

function simpleCommand(
  ctx: Ctx,
  node: Node,
  redirectNodes: Node[],
  stdin: Document | undefined,
  pipelinePos?: CommandStep['pipeline'],
): CommandStep | undefined {
  const env: Record<string, string> = {};
  for (const c of node.namedChildren) {
    if (c.type === 'variable_assignment') {
      const n = c.childForFieldName('name');
      const v = c.childForFieldName('value');
      if (n) env[n.text] = v ? unquote(v) : '';
    }
  }
  const nameNode = node.childForFieldName('name');
  if (!nameNode) return undefined;
  const words: Node[] = [nameNode, ...node.children.filter((c) => c !== nameNode && isArgument(node, c))];
  let sudo = false;
  let i = 0;
  // sudo [-E] [-u user] [VAR=x] cmd …, env VAR=x cmd …, nohup cmd …
  while (i < words.length) {
    const w = unquote(words[i]).replace(/^.*\//, '');
    if (!PREFIX_COMMANDS.has(w)) break;
    if (w === 'sudo' || w === 'doas') sudo = true;
    i++;
    while (i < words.length) {
      const t = unquote(words[i]);
      if (t === '--') {
        i++;
        break;
      }
      if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(t)) {
        const eq = t.indexOf('=');
        env[t.slice(0, eq)] = t.slice(eq + 1);
        i++;
        continue;
      }
      if (t.startsWith('-') && (w === 'sudo' || w === 'doas' || w === 'env')) {
        i += SUDO_ARG_OPTS.has(t) ? 2 : 1;
        continue;
      }
      break;
    }
  }
  if (i >= words.length) {
    // A bare `sudo -i` / `sudo su`: the rest of the session runs as root; nothing to record.
    return undefined;
  }
  const name = unquote(words[i]).replace(/^.*\//, '');
  const args = words.slice(i + 1).map((w) => toWord(ctx, w));
  const redirects = redirectNodes.map((r) => toRedirect(ctx, r)).filter((r): r is Redirect => r !== undefined);

  // sudo sh -c '…': the inner script is shell of its own.
  if ((name === 'sh' || name === 'bash') && args[0]?.text === '-c' && args[1]) {
    const inner = words[i + 2];
    const innerDoc = wordDocument(ctx, inner, 'shell', 'sh-c');
    if (innerDoc) {
      const res = planShell(innerDoc);
      ctx.derived.push(innerDoc, ...res.derived);
      for (const s of res.steps) {
        if (s.kind === 'command') s.sudo = s.sudo || sudo;
        if (s.kind === 'write') s.privileged = s.privileged || sudo;
        s.index = ctx.steps.length;
        ctx.steps.push(s);
      }
      return undefined;
    }
  }
  return pushCommand(ctx, node, name, args, sudo, env, redirects, stdin, pipelinePos, words[i]);
}

function isArgument(command: Node, c: Node): boolean {
  if (c.type === 'variable_assignment' || c.type === 'comment' || /redirect$/.test(c.type)) return false;
  if (c.type === 'command_name') return false;
  // Anonymous tokens (e.g. `&`) are not words.
  return c.isNamed;
}

function pushCommand(
  ctx: Ctx,
  node: Node,
  name: string,
  args: Word[],
  sudo: boolean,
  env: Record<string, string>,
  redirects: Redirect[],
  stdin: Document | undefined,
  pipelinePos: CommandStep['pipeline'],
  nameNode?: Node,
): CommandStep {
  const step: CommandStep = {
    kind: 'command',
    index: ctx.steps.length,
    doc: ctx.doc,
    span: { start: node.startPosition, end: node.endPosition },
    name,
    args,
    sudo,
    env,
    redirects,
    stdin,
    ...(pipelinePos ? { pipeline: pipelinePos } : {}),
    info: { tool: 'other' },
  };
  step.info = toolInfo(ctx, step, node, nameNode);
  ctx.steps.push(step);
  writesOf(ctx, step);
  return step;
}

// ---------------------------------------------------------------------------
// Files written

const WRITERS_TO_STDOUT = new Set(['cat', 'echo', 'printf']);

function writesOf(ctx: Ctx, step: CommandStep): void {
  // cmd > F, cmd >> F: the invoking shell opens F, so sudo does not apply to it.
  for (const r of step.redirects) {
    if ((r.op === '>' || r.op === '>>' || r.op === '>|' || r.op === '&>') && WRITERS_TO_STDOUT.has(step.name)) {
      const content = step.name === 'cat' ? (step.args.length === 0 ? step.stdin : undefined) : echoDocument(ctx, step);
      if (content && !r.target.dynamic && !/^\/dev\//.test(r.target.text)) addWrite(ctx, step, r.target.text, r.op === '>>', content, 'redirect', false);
    }
  }
  // tee [-a] F…: tee itself opens F, so `sudo tee` writes as root.
  if (step.name === 'tee' && step.stdin) {
    const append = step.args.some((a) => /^-[a-z]*a/.test(a.text) || a.text === '--append');
    for (const a of step.args) {
      if (a.text.startsWith('-') || a.dynamic || /^\/dev\//.test(a.text)) continue;
      addWrite(ctx, step, a.text, append, step.stdin, 'tee', step.sudo);
    }
  }
}

function addWrite(ctx: Ctx, step: CommandStep, path: string, append: boolean, content: Document, via: WriteStep['via'], privileged: boolean): void {
  const lang = langForWrittenFile(path, content.text);
  const doc: Document = { ...content, lang, path, id: `${ctx.doc.id}/write:${path}#${++ctx.counter}`, detectedBy: 'path' };
  ctx.derived.push(doc);
  ctx.steps.push({ kind: 'write', index: ctx.steps.length, doc: step.doc, span: step.span, path, append, content: doc, via, privileged });
}

export function langForWrittenFile(path: string, text: string): Lang {
  return langFromPath(path) ?? detect(text, { path }).lang;
}

function echoDocument(ctx: Ctx, step: CommandStep): Document | undefined {
  const words = step.args.filter((a, k) => !(k === 0 && /^-[neE]+$/.test(a.text)));
  if (words.length === 0) return undefined;
  let text = words.map((w) => w.text).join(' ');
  const interpret = step.name === 'printf' || step.args.some((a) => /^-[a-z]*e/.test(a.text));
  if (interpret) text = text.replace(/\\n/g, '\n').replace(/\\t/g, '\t');
  if (step.name === 'echo') text += '\n';
  const first = words[0];
  if (words.length === 1 && !interpret && !first.dynamic) {
    // One (quoted) word spanning lines: its lines are the source's lines.
    const quoted = /^['"]/.test(first.raw) ? 1 : 0;
    const start = { row: first.span.start.row, column: first.span.start.column + quoted };
    const doc = subDocument(ctx.doc, start, text.replace(/\n$/, ''), 'unknown', `${ctx.doc.id}/echo#${++ctx.counter}`);
    if (step.name === 'echo') doc.text += '\n';
    return doc;
  }
  // Several words or escapes: map every line to the first word's line.
  const n = text.split('\n').length;
  const base = first.doc.lines[Math.min(first.span.start.row, first.doc.lines.length - 1)];
  const quoteShift = first.raw.length > first.text.length && /^['"$]/.test(first.raw) ? 1 : 0;
  return {
    id: `${ctx.doc.id}/echo#${++ctx.counter}`,
    lang: 'unknown',
    text,
    source: ctx.doc.source,
    lines: Array.from({ length: n }, (_, k) => ({ line: base.line, colDelta: k === 0 ? base.colDelta + first.span.start.column + quoteShift : base.colDelta })),
    block: ctx.doc.block,
    parent: ctx.doc,
  };
}

function heredocDocument(ctx: Ctx, body: Node | undefined, redirect: Node): Document | undefined {
  if (!body) {
    return undefined;
  }
  let text = body.text;
  // The body node ends before the terminator; drop the newline that precedes it.
  text = text.replace(/\n$/, '');
  const dash = /^<<-/.test(redirect.text);
  const doc = subDocument(ctx.doc, body.startPosition, text, 'unknown', `${ctx.doc.id}/heredoc#${++ctx.counter}`);
  if (dash) {
    // <<- strips leading tabs from every line: keep columns honest.
    const lines = text.split('\n');
    doc.text = lines.map((l) => l.replace(/^\t+/, '')).join('\n');
    doc.lines = doc.lines.map((o, k) => ({ ...o, colDelta: o.colDelta + (lines[k].length - lines[k].replace(/^\t+/, '').length) }));
  }
  return doc;
}

function wordDocument(ctx: Ctx, node: Node | undefined, lang: Lang, tag: string): Document | undefined {
  if (!node) return undefined;
  const quoted = node.type === 'raw_string' || node.type === 'string';
  const start: Point = quoted ? { row: node.startPosition.row, column: node.startPosition.column + 1 } : node.startPosition;
  const text = node.type === 'raw_string' ? node.text.slice(1, -1) : unquote(node);
  return subDocument(ctx.doc, start, text, lang, `${ctx.doc.id}/${tag}#${++ctx.counter}`);
}

// ---------------------------------------------------------------------------
// Words

function toWord(ctx: Ctx, node: Node): Word {
  return {
    doc: ctx.doc,
    span: { start: node.startPosition, end: node.endPosition },
    text: unquote(node),
    raw: node.text,
    dynamic: isDynamic(node),
  };
}

function isDynamic(node: Node): boolean {
  if (['simple_expansion', 'expansion', 'command_substitution', 'process_substitution', 'arithmetic_expansion'].includes(node.type)) return true;
  if (node.type === 'raw_string') return false;
  if (node.type === 'word' && /[*?]|^~/.test(node.text)) return true;
  return node.namedChildren.some(isDynamic);
}

/** Quote removal as the shell does it; expansions are kept as written. */
export function unquote(node: Node): string {
  switch (node.type) {
    case 'raw_string':
      return node.text.slice(1, -1);
    case 'ansi_c_string':
      return node.text.slice(2, -1).replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\(.)/g, '$1');
    case 'string': {
      const inner = node.text.slice(1, -1);
      return inner.replace(/\\([$`"\\\n])/g, (_, c: string) => (c === '\n' ? '' : c));
    }
    case 'concatenation':
      return node.children.map(unquote).join('');
    case 'word':
    case 'command_name':
      if (node.type === 'command_name' && node.firstChild) return unquote(node.firstChild);
      return node.text.replace(/\\\n/g, '').replace(/\\(.)/g, '$1');
    default:
      return node.text;
  }
}

function toRedirect(ctx: Ctx, node: Node): Redirect | undefined {
  const dest = node.childForFieldName('destination') ?? node.namedChildren[node.namedChildren.length - 1];
  if (!dest) return undefined;
  const op = node.children.filter((c) => !c.isNamed).map((c) => c.text).join('') || '>';
  const fd = node.childForFieldName('descriptor')?.text ?? '';
  return { doc: ctx.doc, span: { start: node.startPosition, end: node.endPosition }, op: fd && fd !== '1' ? `${fd}${op}` : op, target: toWord(ctx, dest) };
}

// ---------------------------------------------------------------------------
// Typed tools

function commandTextDocument(ctx: Ctx, node: Node, nameNode: Node | undefined, lang: Lang): Document {
  const start = nameNode?.startPosition ?? node.startPosition;
  const startIndex = nameNode?.startIndex ?? node.startIndex;
  const text = ctx.doc.text.slice(startIndex, node.endIndex);
  const doc = subDocument(ctx.doc, start, text, lang, `${ctx.doc.id}/${lang}#${++ctx.counter}`, { detectedBy: 'command' });
  ctx.derived.push(doc);
  return doc;
}

function toolInfo(ctx: Ctx, step: CommandStep, node: Node, nameNode: Node | undefined): ToolInfo {
  const name = step.name;
  const texts = step.args.map((a) => a.text);
  const fileIn = step.redirects.find((r) => r.op === '<')?.target.text;
  let m: RegExpExecArray | null;
  if ((m = /^(ip6?)tables(-legacy|-nft)?$/.exec(name))) {
    return { tool: 'iptables', binary: name, family: m[1] === 'ip6' ? 'ip6' : 'ip', doc: commandTextDocument(ctx, node, nameNode, 'iptables') };
  }
  if ((m = /^(ip6?)tables-restore(-legacy|-nft)?$/.exec(name))) {
    const input = step.stdin ? retag(ctx, step.stdin, 'iptables') : undefined;
    const file = texts.find((t) => !t.startsWith('-')) ?? fileIn;
    return { tool: 'iptables-restore', binary: name, family: m[1] === 'ip6' ? 'ip6' : 'ip', ...(input ? { input } : {}), ...(file ? { file } : {}) };
  }
  if (name === 'nft') {
    const f = texts.findIndex((t) => t === '-f' || t === '--file');
    if (f >= 0) {
      const file = texts[f + 1];
      // tree-sitter-bash drops the lone `-` in `nft -f - <<EOF`: a heredoc with no file is stdin.
      if ((file === undefined || file === '-' || file === '/dev/stdin') && step.stdin) return { tool: 'nft', doc: retag(ctx, step.stdin, 'nftables') };
      return { tool: 'nft', ...(file ? { file } : {}) };
    }
    return { tool: 'nft', doc: commandTextDocument(ctx, node, nameNode, 'nftables') };
  }
  if (name === 'ufw') return { tool: 'ufw', doc: commandTextDocument(ctx, node, nameNode, 'ufw') };
  if (name === 'systemctl') {
    const flags = texts.filter((t) => t.startsWith('-'));
    const rest = texts.filter((t) => !t.startsWith('-'));
    return { tool: 'systemctl', verb: rest[0] ?? '', units: rest.slice(1), flags };
  }
  if (name === 'htpasswd') {
    const flags = texts.filter((t) => /^-[a-zA-Z]+$/.test(t));
    const rest = texts.filter((t) => !/^-[a-zA-Z]+$/.test(t));
    return { tool: 'htpasswd', flags, ...(rest[0] ? { file: rest[0] } : {}), ...(rest[1] ? { user: rest[1] } : {}) };
  }
  if (name === 'docker' || name === 'podman') return { tool: 'docker', sub: texts.find((t) => !t.startsWith('-')) ?? '', publish: publishes(step) };
  if (name === 'ssh-keygen') return { tool: 'ssh-keygen', flags: texts.filter((t) => t.startsWith('-')) };
  if (name === 'ssh-copy-id') return { tool: 'ssh-copy-id', ...(texts.filter((t) => !t.startsWith('-')).pop() ? { target: texts.filter((t) => !t.startsWith('-')).pop() } : {}) };
  if (name === 'curl' || name === 'wget') {
    const url = texts.find((t) => /^https?:\/\//.test(t));
    return { tool: 'curl', ...(url ? { url } : {}), pipedToShell: false };
  }
  return { tool: 'other' };
}

function retag(ctx: Ctx, doc: Document, lang: Lang): Document {
  const d: Document = { ...doc, lang, id: `${doc.id}:${lang}` };
  ctx.derived.push(d);
  return d;
}

function publishes(step: CommandStep): PortPublish[] {
  const out: PortPublish[] = [];
  step.args.forEach((a, k) => {
    let spec: string | undefined;
    let at = a;
    if (a.text === '-p' || a.text === '--publish') {
      const next = step.args[k + 1];
      if (next) {
        spec = next.text;
        at = next;
      }
    } else if (/^--publish=/.test(a.text)) spec = a.text.slice('--publish='.length);
    else if (/^-p\S/.test(a.text)) spec = a.text.slice(2);
    if (!spec) return;
    const p = parsePublish(spec);
    if (p) out.push({ ...p, doc: at.doc, span: at.span });
  });
  return out;
}

/** `[HOST:]HOSTPORT:CONTAINERPORT[/proto]`, HOST possibly `[::1]`. */
export function parsePublish(spec: string): Omit<PortPublish, 'doc' | 'span'> | undefined {
  const m = /^(?:(\[[^\]]+\]|[^:]*):)?(\d*(?:-\d+)?):(\d+(?:-\d+)?)(?:\/(tcp|udp|sctp))?$/.exec(spec) ?? /^()(\d+(?:-\d+)?)()(?:\/(tcp|udp|sctp))?$/.exec(spec);
  if (!m) return undefined;
  const host = m[1] ? m[1].replace(/^\[|\]$/g, '') : undefined;
  return { ...(host ? { hostAddress: host } : {}), hostPort: m[2], containerPort: m[3] || m[2], proto: (m[4] as PortPublish['proto']) ?? 'tcp' };
}

/** After planning, mark `curl … | sh` pipelines (the shell-glue rule reads this). */
export function markPipedToShell(steps: Step[]): void {
  for (const s of steps) {
    if (s.kind !== 'command' || s.info.tool !== 'curl' || !s.pipeline) continue;
    const next = steps.find((t) => t.kind === 'command' && t.doc === s.doc && t.pipeline?.id === s.pipeline!.id && t.pipeline.position === s.pipeline!.position + 1) as CommandStep | undefined;
    if (next && /^(sh|bash|zsh|dash|ksh)$/.test(next.name)) s.info.pipedToShell = true;
  }
}
