import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check-text';
import { makeSource, wholeDocument } from '../../src/core/document';
import { composeModel, parseShortPort, parseYaml } from '../../src/model/compose';

const doc = (text: string) => wholeDocument(makeSource('docker-compose.yml', text), 'compose', 'docker-compose.yml', 0);
const ids = async (text: string, filename?: string) => (await checkText(text, filename ? { filename } : {})).findings.map((f) => `${f.ruleId}@${f.line}`);

describe('compose model', () => {
  it('parses short port syntax as compose defines it', () => {
    expect(parseShortPort('11434:11434')).toEqual({ hostPort: '11434', containerPort: '11434', proto: 'tcp' });
    expect(parseShortPort('127.0.0.1:11434:11434/tcp')).toEqual({ hostAddress: '127.0.0.1', hostPort: '11434', containerPort: '11434', proto: 'tcp' });
    expect(parseShortPort('[::1]:8080:80')).toEqual({ hostAddress: '::1', hostPort: '8080', containerPort: '80', proto: 'tcp' });
    expect(parseShortPort('127.0.0.1::80')).toEqual({ hostAddress: '127.0.0.1', containerPort: '80', proto: 'tcp' });
    expect(parseShortPort('8888')).toEqual({ containerPort: '8888', proto: 'tcp' });
    expect(parseShortPort('5000-5010:5000-5010/udp')).toEqual({ hostPort: '5000-5010', containerPort: '5000-5010', proto: 'udp' });
  });
  it('reads services, ports in short, flow and long syntax, environment and network_mode, with spans', () => {
    const m = composeModel(
      doc('services:\n  a:\n    image: "ollama/ollama"  # x\n    ports:\n      - "11434:11434"\n      - target: 80\n        published: 8080\n        host_ip: 127.0.0.1\n  b:\n    ports: [\'8888:8888\', "9000"]\n    environment:\n      A: "1"\n    network_mode: host\n'),
    );
    expect(m.services.map((s) => s.name)).toEqual(['a', 'b']);
    expect(m.services[0].image).toBe('ollama/ollama');
    expect(m.services[0].ports.map((p) => [p.hostAddress, p.hostPort, p.containerPort, p.long])).toEqual([
      [undefined, '11434', '11434', false],
      ['127.0.0.1', '8080', '80', true],
    ]);
    expect(m.services[0].ports[0].span.start).toEqual({ row: 4, column: 8 });
    expect(m.services[1].ports.map((p) => p.text)).toEqual(['8888:8888', '9000']);
    expect(m.services[1].environment).toMatchObject([{ name: 'A', value: '1' }]);
    expect(m.services[1].networkMode?.value).toBe('host');
  });
  it('skips block scalars and never throws on odd input', () => {
    expect(() => parseYaml('a: |\n  ports:\n   - x\nb: [\n- : :\n')).not.toThrow();
    expect(composeModel(doc('services:\n  a:\n    command: >\n      ports: 1\n    image: x\n')).services[0].ports).toEqual([]);
  });
});

describe('docker rules', () => {
  it('reports -p 11434:11434, glued -p and --publish=, and offers the loopback fix', async () => {
    const res = await checkText('```bash\ndocker run -d -p11434:11434 ollama/ollama\ndocker run -d --publish=0.0.0.0:8188:8188 yanwk/comfyui-boot\n```\n');
    expect(res.findings.map((f) => `${f.ruleId}@${f.line}`)).toEqual(['docker-port-all-interfaces@2', 'docker-port-all-interfaces@3']);
    expect(res.findings[0].fix?.diff).toContain('-p127.0.0.1:11434:11434');
    expect(res.findings[1].fix?.diff).toContain('--publish=127.0.0.1:8188:8188');
  });
  it('leaves a service with its own login on alone (Jupyter token, Open WebUI), unless the answer turns it off', async () => {
    expect(await ids('```bash\ndocker run -d -p 8888:8888 jupyter/base-notebook\n```\n')).toEqual([]);
    expect(await ids("```bash\ndocker run -d -p 8888:8888 jupyter/base-notebook start-notebook.py --NotebookApp.token=''\n```\n")).toEqual(['docker-port-all-interfaces@2']);
  });
  it('leaves a generic port alone unless the answer names the service', async () => {
    expect(await ids('```bash\ndocker run -d -p 8000:8000 myapp\n```\n')).toEqual([]);
    expect(await ids('```bash\ndocker run -d -p 8000:8000 vllm/vllm-openai\n```\n')).toEqual(['docker-port-all-interfaces@2']);
  });
  it('warns about an unprotected compose port when the answer relies on ufw', async () => {
    const text = '```bash\nsudo ufw allow OpenSSH\nsudo ufw enable\n```\n\n```yaml\n# docker-compose.yml\nservices:\n  db:\n    image: postgres\n    ports:\n      - "5432:5432"\n```\n';
    expect(await ids(text)).toContain('docker-port-all-interfaces@12');
  });
});
