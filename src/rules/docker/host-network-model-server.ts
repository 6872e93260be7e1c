import { KNOWN_SERVICES } from '../../knowledge/services';
import { composeModel } from '../../model/compose';
import { defineRule } from '../define';

const LOOPBACK_BIND = /^(127\.\d+\.\d+\.\d+|localhost|\[?::1\]?)(:\d+)?$/i;

export default defineRule({
  id: 'docker-host-network-model-server',
  class: 'exposure',
  severity: 'warning',
  summary: 'A model-server container on the host network (`--network host`, `network_mode: host`) binds the host\'s interfaces directly.',
  docs: {
    what: 'Reports `docker run --network host` / `--net=host` and compose `network_mode: host` for containers of known model servers (by image or name), unless the container\'s environment binds the server to loopback (e.g. `OLLAMA_HOST=127.0.0.1`).',
    why: 'With the host network there is no port publishing to restrict: the server binds the host\'s own interfaces, and images such as ollama/ollama set `OLLAMA_HOST=0.0.0.0` so they are reachable from outside the container. The model API then faces every network the host is on.',
    bad: { lang: 'markdown', text: '```bash\ndocker run -d --network host --name ollama ollama/ollama\n```\n' },
    good: { lang: 'markdown', text: '```bash\ndocker run -d --network host -e OLLAMA_HOST=127.0.0.1 --name ollama ollama/ollama\n```\n' },
    references: ['https://docs.docker.com/engine/network/drivers/host/', 'https://hub.docker.com/r/ollama/ollama'],
  },
  check(ctx, report) {
    for (const s of ctx.plan.steps) {
      if (s.kind !== 'command' || s.info.tool !== 'docker' || !/^(run|create)$/.test(s.info.sub)) continue;
      const words = s.args.map((a) => a.text);
      const k = words.findIndex((w, i) => /^--(network|net)=host$/.test(w) || (/^--(network|net)$/.test(w) && words[i + 1] === 'host'));
      if (k < 0) continue;
      const svc = KNOWN_SERVICES.find((x) => x.names.test(words.join(' ')));
      if (!svc || ctx.intent.ownLogin?.includes(svc.name)) continue;
      const envs = words.flatMap((w, i) => (w === '-e' || w === '--env' ? [words[i + 1] ?? ''] : /^--env=/.test(w) ? [w.slice(6)] : []));
      if (envs.some((e) => svc.bindEnv.some((b) => e.startsWith(`${b.name}=`) && LOOPBACK_BIND.test(e.slice(b.name.length + 1))))) continue;
      report({ message: `${svc.name} on the host network binds the host's interfaces directly (no -p to restrict) — set ${svc.bindEnv[0]?.name ?? 'its bind address'} to 127.0.0.1 or publish with -p 127.0.0.1:…`, doc: s.doc, span: s.args[k].span });
    }
    for (const d of ctx.docsOf('compose')) {
      for (const c of composeModel(d).services) {
        if (c.networkMode?.value !== 'host') continue;
        const svc = KNOWN_SERVICES.find((x) => x.names.test(`${c.name} ${c.image ?? ''}`));
        if (!svc || ctx.intent.ownLogin?.includes(svc.name)) continue;
        if (c.environment.some((e) => svc.bindEnv.some((b) => b.name === e.name && LOOPBACK_BIND.test(e.value)))) continue;
        report({ message: `${svc.name} with \`network_mode: host\` binds the host's interfaces directly — set ${svc.bindEnv[0]?.name ?? 'its bind address'} to 127.0.0.1 or use a loopback-published port`, doc: d, span: c.networkMode.span });
      }
    }
  },
});
