import { defineRule } from '../define';

export default defineRule({
  id: 'shell-curl-pipe-shell',
  class: 'dangerous',
  severity: 'warning',
  summary: '`curl … | sh`: runs whatever the server sends, unread, often as root.',
  docs: {
    what: 'Reports `curl`/`wget` output piped straight into `sh`/`bash` (the plan marks the pipeline). Plain `http://` URLs are an error: anyone on the path can replace the script.',
    why: 'The script is executed as it streams in: nobody reads it, a dropped connection can run half a script, and the server can tell a pipe from a browser and serve something else. Over plain HTTP any network in between can inject commands that then run with your privileges. Download to a file, read it (or check its checksum/signature), then run it.',
    bad: { lang: 'markdown', text: '```bash\ncurl -fsSL http://example.com/install.sh | sudo bash\n```\n' },
    good: { lang: 'markdown', text: '```bash\ncurl -fsSLo install.sh https://example.com/install.sh\nless install.sh\nsh install.sh\n```\n' },
    references: ['https://www.gnu.org/software/bash/manual/html_node/Pipelines.html', 'https://curl.se/docs/manpage.html'],
  },
  check(ctx, report) {
    for (const s of ctx.plan.steps) {
      if (s.kind !== 'command' || s.info.tool !== 'curl' || !s.info.pipedToShell) continue;
      const url = s.info.url;
      const insecure = !!url && url.startsWith('http://');
      report({
        message: insecure
          ? `\`${s.name} ${url} | sh\` runs a script fetched over plain HTTP: anyone on the network path can replace it — use https, download it, read it, then run it`
          : `\`${s.name} … | sh\` runs the downloaded script unread — download it to a file, check it, then run it`,
        doc: s.doc,
        span: s.span,
        ...(insecure ? { severity: 'error' as const } : {}),
      });
    }
  },
});
