import { defineRule } from '../define';
import { isVendorPath, unitsOf } from './units';

export default defineRule({
  id: 'systemd-vendor-unit-edited',
  class: 'dangerous',
  severity: 'warning',
  summary: 'The answer rewrites a packaged unit under /lib or /usr/lib/systemd: the next package upgrade undoes it.',
  docs: {
    what: 'Reports unit files written under /lib/systemd/ or /usr/lib/systemd/, where the distribution package keeps its own units.',
    why: 'Package upgrades overwrite files under /usr/lib/systemd/system without asking. A change made there (a bind address, a hardening option) silently disappears at the next upgrade. Overrides belong in /etc/systemd/system/<unit>.d/override.conf, which `systemctl edit <unit>` creates.',
    bad: { lang: 'markdown', text: '```bash\nsudo tee /usr/lib/systemd/system/ollama.service <<EOF\n[Service]\nExecStart=/usr/bin/ollama serve\nEnvironment="OLLAMA_HOST=127.0.0.1"\nEOF\n```\n' },
    good: { lang: 'markdown', text: '```bash\nsudo mkdir -p /etc/systemd/system/ollama.service.d\nsudo tee /etc/systemd/system/ollama.service.d/override.conf <<EOF\n[Service]\nEnvironment="OLLAMA_HOST=127.0.0.1"\nEOF\n```\n' },
    references: ['https://www.freedesktop.org/software/systemd/man/latest/systemd.unit.html#Unit%20File%20Load%20Path', 'https://www.freedesktop.org/software/systemd/man/latest/systemctl.html#edit%20UNIT%E2%80%A6'],
  },
  check(ctx, report) {
    for (const unit of unitsOf(ctx)) {
      const p = unit.doc.path;
      if (!isVendorPath(p)) continue;
      const name = unit.unitName ?? p!.split('/').pop()!;
      report({
        message: `${p} is the packaged unit; an upgrade overwrites it — put the change in /etc/systemd/system/${name}.d/override.conf (\`systemctl edit ${name.replace(/\.service$/, '')}\`)`,
        doc: unit.doc,
        span: { start: { row: 0, column: 0 }, end: { row: 0, column: unit.doc.text.split('\n')[0].length } },
      });
    }
  },
});
