import type { Document, Span } from '../../core/document';
import { sshdModel, splitWords, isSshdPath, type SshdArg, type SshdConfig, type SshdMatch } from '../../model/sshd';
import type { CommandStep, Step } from '../../plan/types';
import type { RuleContext } from '../define';

/** The sshd model of every non-empty sshd document of the run, built once and shared by the rules. */
export function sshdConfigs(ctx: RuleContext): SshdConfig[] {
  return ctx.memo('sshd:configs', () => ctx.docsOf('sshd').filter((d) => d.text.trim() !== '').map((d) => sshdModel(d)));
}

/** One setting the answer makes to sshd, from a config text or from a `sed -i` edit of sshd_config. */
export interface SshdSetting {
  key: string;
  keyword: string;
  args: SshdArg[];
  doc: Document;
  span: Span;
  keySpan: Span;
  via: 'config' | 'sed';
  /** The Match block it sits in (config only). */
  match?: SshdMatch;
  /** The file it lands in, when known. */
  path?: string;
}

/** Every setting of the answer, in answer order: config documents and `sed -i 's/…/Key value/' sshd_config` edits. */
export function sshdSettings(ctx: RuleContext): SshdSetting[] {
  return ctx.memo('sshd:settings', () => {
    const out: SshdSetting[] = [];
    for (const cfg of sshdConfigs(ctx)) {
      for (const d of cfg.directives) {
        if (d.key === 'match') continue;
        out.push({ key: d.key, keyword: d.keyword, args: d.args, doc: d.doc, span: d.span, keySpan: d.keySpan, via: 'config', ...(d.match ? { match: d.match } : {}), ...(cfg.doc.path ? { path: cfg.doc.path } : {}) });
      }
    }
    for (const s of ctx.plan.steps) out.push(...sedSettings(s));
    return out;
  });
}

/** Global settings (outside Match) with this key. */
export function globalSettings(ctx: RuleContext, key: string): SshdSetting[] {
  return sshdSettings(ctx).filter((s) => s.key === key && !s.match);
}

/** `sed -i 's/^#?PasswordAuthentication .+/PasswordAuthentication no/' /etc/ssh/sshd_config`: the replacement is a setting. */
export function sedSettings(s: Step): SshdSetting[] {
  if (s.kind !== 'command' || s.name !== 'sed') return [];
  const files = s.args.filter((a) => !a.text.startsWith('-') && isSshdPath(a.text));
  if (files.length === 0) return [];
  const out: SshdSetting[] = [];
  for (const w of scriptsOf(s)) {
    for (const repl of replacements(w.text)) {
      const words = splitWords(repl.replace(/\\n/g, ' '));
      if (words.length < 2 || !/^[A-Za-z]+$/.test(words[0].text)) continue;
      out.push({
        key: words[0].text.toLowerCase(),
        keyword: words[0].text,
        args: words.slice(1).map((x) => ({ text: x.text, span: w.span })),
        doc: w.doc,
        span: w.span,
        keySpan: w.span,
        via: 'sed',
        path: files[0].text,
      });
    }
  }
  return out;
}

function scriptsOf(s: CommandStep) {
  const out = [];
  let sawScript = false;
  for (let k = 0; k < s.args.length; k++) {
    const a = s.args[k];
    if (a.text === '-e' || a.text === '--expression') {
      if (s.args[k + 1]) out.push(s.args[k + 1]);
      sawScript = true;
      k++;
    } else if (!a.text.startsWith('-') && !sawScript && /^\s*(\d+|\/.*\/)?\s*[sc]/.test(a.text) && !isSshdPath(a.text)) {
      out.push(a);
      sawScript = true;
    }
  }
  return out;
}

/** The replacement texts of `s/PAT/REPL/flags` commands (any delimiter) and `c\TEXT` commands in a sed script. */
export function replacements(script: string): string[] {
  const out: string[] = [];
  for (const part of script.split(/;\s*(?=[0-9/]*\s*[sc])/)) {
    const m = /^\s*(?:\d+|\/(?:\\.|[^/])*\/)?\s*s(.)/.exec(part);
    if (m) {
      const delim = m[1];
      const fields: string[] = [];
      let cur = '';
      for (let i = m[0].length; i < part.length; i++) {
        const c = part[i];
        if (c === '\\' && i + 1 < part.length) {
          cur += part[i + 1] === delim ? delim : c + part[i + 1];
          i++;
        } else if (c === delim) {
          fields.push(cur);
          cur = '';
        } else cur += c;
      }
      if (fields.length >= 2) out.push(fields[1]);
      continue;
    }
    const c = /^\s*(?:\d+|\/(?:\\.|[^/])*\/)\s*c\\?\s*(.*)$/s.exec(part);
    if (c) out.push(c[1]);
  }
  return out;
}
