import { defineRule } from '../define';
import { KNOWN_SERVICES, type KnownService } from '../../knowledge/services';
import type { CommandStep } from '../../plan/types';
import { unitBase } from './util';

/** The environment prefix a service owns (OLLAMA_HOST → OLLAMA_), when it is distinctive enough. */
function prefixOf(s: KnownService): string[] {
  return s.bindEnv.map((b) => b.name.replace(/[A-Z0-9]+$/, '')).filter((p) => p.length >= 4);
}

/** Does this service read VAR? Its bind variables, and anything under its own prefix (OLLAMA_ORIGINS, OLLAMA_MODELS …). */
function reads(s: KnownService, name: string): boolean {
  return s.bindEnv.some((b) => b.name === name) || prefixOf(s).some((p) => name.startsWith(p));
}

export default defineRule({
  id: 'shell-export-not-seen-by-service',
  class: 'invalid',
  severity: 'error',
  summary: '`export VAR=…` then `systemctl restart` of the service that reads VAR: the service never sees it.',
  docs: {
    what: 'Reports `export OLLAMA_HOST=…` (or `VAR=… systemctl restart …`, `sudo -E systemctl …`) followed by a start or restart of a unit that reads that variable, when the answer does not also put it in the unit (`Environment=` in a drop-in). The services and their variables come from the known-services table.',
    why: 'systemd starts services from its own clean environment, not from the shell that ran `systemctl`. The exported value lives only in the current shell, so the service restarts exactly as before: the change the answer promises never happens, and the user goes on debugging the wrong thing. Put the variable in a drop-in: `sudo systemctl edit ollama`, then `[Service]` / `Environment="OLLAMA_HOST=…"`.',
    bad: { lang: 'markdown', text: '```bash\nexport OLLAMA_HOST=127.0.0.1:11434\nsudo systemctl restart ollama\n```\n' },
    good: {
      lang: 'markdown',
      text: '```bash\nsudo mkdir -p /etc/systemd/system/ollama.service.d\nsudo tee /etc/systemd/system/ollama.service.d/override.conf <<EOF\n[Service]\nEnvironment="OLLAMA_HOST=127.0.0.1:11434"\nEOF\nsudo systemctl daemon-reload\nsudo systemctl restart ollama\n```\n',
    },
    references: ['https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=', 'https://github.com/ollama/ollama/blob/main/docs/faq.md#setting-environment-variables-on-linux'],
  },
  check(ctx, report) {
    const steps = ctx.plan.steps;
    // Variables the answer does put into a unit: then the export is merely redundant.
    const inUnits = ctx.docsOf('systemd').map((d) => d.text).join('\n');
    const exported: Array<{ name: string; value: string; step: CommandStep; span: CommandStep['span'] }> = [];
    const reported = new Set<string>();
    const key = (e: { span: CommandStep['span'] }) => `${e.span.start.row}:${e.span.start.column}`;
    for (const s of steps) {
      if (s.kind !== 'command') continue;
      if (s.name === 'export') {
        for (const a of s.args) {
          const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(a.text);
          if (m) exported.push({ name: m[1], value: m[2], step: s, span: a.span });
        }
        continue;
      }
      if (s.info.tool !== 'systemctl' || !/^(start|restart|reload-or-restart|try-restart|enable)$/.test(s.info.verb)) continue;
      if (s.info.verb === 'enable' && !s.info.flags.includes('--now')) continue;
      // VAR=x systemctl restart … is the same mistake written on one line.
      const inline = Object.entries(s.env).map(([name, value]) => ({ name, value, step: s, span: s.span }));
      for (const unit of s.info.units.map(unitBase)) {
        const service = KNOWN_SERVICES.find((k) => k.names.test(unit));
        if (!service) continue;
        for (const e of [...exported, ...inline]) {
          if (!reads(service, e.name) || reported.has(key(e))) continue;
          if (new RegExp(`\\b${e.name}=`).test(inUnits)) continue;
          reported.add(key(e));
          const dropIn = `/etc/systemd/system/${unit}.service.d/override.conf`;
          report({
            message: `\`${e.name}\` is set in this shell only; \`systemctl ${s.info.verb} ${unit}\` starts ${service.name} from systemd's environment, so it never sees ${e.name}=${e.value} — put it in a drop-in (\`Environment="${e.name}=${e.value}"\` under [Service])`,
            doc: e.step.doc,
            span: e.span,
            ...(e.step.name === 'export'
              ? {
                  fix: {
                    description: `write ${e.name} into ${dropIn} instead of exporting it`,
                    edits: [
                      {
                        doc: e.step.doc,
                        span: e.step.span,
                        text: `sudo mkdir -p /etc/systemd/system/${unit}.service.d\nprintf '[Service]\\nEnvironment="${e.name}=${e.value}"\\n' | sudo tee ${dropIn} >/dev/null\nsudo systemctl daemon-reload`,
                      },
                    ],
                  },
                }
              : {}),
          });
        }
      }
    }
  },
});
