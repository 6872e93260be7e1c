import { defineRule } from '../define';
import { contextList, directiveSpecs, nginxConfigs, places, specsAllowedAt } from './util';

export default defineRule({
  id: 'nginx-wrong-context',
  class: 'invalid',
  severity: 'error',
  summary: 'A directive in a block where nginx does not allow it (e.g. `proxy_pass` directly in `server`): `nginx -t` refuses it.',
  docs: {
    what: 'Checks each directive against the contexts nginx\'s reference lists for it (main, http, server, location, if in location, upstream, stream, …), following the blocks written around it. A fragment\'s outermost level is only guessed, so loose lines at the top of a fragment are not judged; what sits inside its blocks is.',
    why: 'nginx refuses a directive outside its contexts ("\\"proxy_pass\\" directive is not allowed here") and the whole config fails to load. A common slip is a `proxy_pass` or `auth_basic_user_file` placed in the wrong block, or `listen` inside a `location`.',
    bad: { lang: 'nginx', text: 'server {\n    listen 127.0.0.1:8080;\n    server_name ai.example.com;\n    proxy_pass http://127.0.0.1:11434;\n}\n' },
    good: { lang: 'nginx', text: 'server {\n    listen 127.0.0.1:8080;\n    server_name ai.example.com;\n    location / {\n        proxy_pass http://127.0.0.1:11434;\n    }\n}\n' },
    references: ['https://nginx.org/en/docs/beginners_guide.html#conf_structure', 'https://nginx.org/en/docs/dirindex.html'],
  },
  check(ctx, report) {
    for (const config of nginxConfigs(ctx)) {
      for (const place of places(config)) {
        const d = place.directive;
        if (place.opaque || !place.contextKnown || d.recovered) continue;
        const specs = directiveSpecs(d.name);
        if (!specs.length || specsAllowedAt(specs, place).length) continue;
        const where = place.context === 'if' && place.ifParent ? `if in ${place.ifParent}` : place.family && place.family !== 'main' && place.context === 'server' ? `${place.family} server` : place.context;
        report({
          message: `\`${d.name}\` is not allowed in \`${where}\`; nginx accepts it in: ${contextList(specs, place)}`,
          doc: config.doc,
          span: d.nameSpan,
        });
      }
    }
  },
});
