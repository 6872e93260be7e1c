import { defineRule } from '../define';
import { nginxConfigs, places, specsFor } from './util';

const TRUTHY = /^(yes|true|1|enabled?|y)$/i;

export default defineRule({
  id: 'nginx-invalid-flag',
  class: 'invalid',
  severity: 'error',
  summary: 'An on/off directive given another value (`yes`, `true`, `1`): `nginx -t` refuses it.',
  docs: {
    what: 'For every directive nginx\'s reference documents as `on | off`, checks that the value is `on` or `off` (nginx compares them case-insensitively).',
    why: 'nginx accepts only "on" or "off" for flag directives and refuses anything else ("invalid value \\"yes\\" in \\"gzip\\" directive, it must be \\"on\\" or \\"off\\""), so the whole config fails to load.',
    bad: { lang: 'nginx', text: 'server {\n    listen 80;\n    gzip yes;\n}\n' },
    good: { lang: 'nginx', text: 'server {\n    listen 80;\n    gzip on;\n}\n' },
    references: ['https://nginx.org/en/docs/http/ngx_http_core_module.html#gzip'],
  },
  check(ctx, report) {
    for (const config of nginxConfigs(ctx)) {
      for (const place of places(config)) {
        const d = place.directive;
        if (place.opaque || d.args.length !== 1) continue;
        const specs = specsFor(d.name, place);
        if (!specs.length || !specs.every((s) => s.v && s.v.length === 2 && s.v.includes('on') && s.v.includes('off'))) continue;
        const arg = d.args[0];
        if (/^(on|off)$/i.test(arg.text) || arg.text.includes('$')) continue;
        const meant = TRUTHY.test(arg.text) ? 'on' : /^(no|false|0|disabled?|n|none)$/i.test(arg.text) ? 'off' : undefined;
        report({
          message: `\`${d.name}\` takes \`on\` or \`off\`, not \`${arg.text}\``,
          doc: config.doc,
          span: arg.span,
          fix: meant ? { description: `use ${meant}`, edits: [{ doc: config.doc, span: arg.span, text: meant }] } : undefined,
        });
      }
    }
  },
});
