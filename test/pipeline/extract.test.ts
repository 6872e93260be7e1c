import { describe, expect, it } from 'vitest';
import { makeSource, toOriginal } from '../../src/core/document';
import { extract } from '../../src/input/extract';
import { detect, looksLikeCommand } from '../../src/input/detect';

const blocks = (text: string, path = '<stdin>') => extract(makeSource(path, text));

describe('markdown answers', () => {
  it('maps fence tags to languages and keeps lines mapped to the answer', () => {
    const text = [
      'Intro prose.',
      '```nginx',
      'server { listen 80; }',
      '```',
      '```ini',
      '[Service]',
      'Environment="OLLAMA_HOST=127.0.0.1"',
      '```',
      '```nft',
      'table inet filter {',
      '}',
      '```',
      '```console',
      '$ sudo ufw status',
      'Status: inactive',
      '```',
    ].join('\n');
    const b = blocks(text);
    expect(b.map((d) => d.lang)).toEqual(['nginx', 'systemd', 'nftables', 'shell']);
    expect(b.map((d) => d.lines[0].line + 1)).toEqual([3, 6, 10, 14]);
    // The prompt is stripped and the output line dropped; columns still point into the answer.
    expect(b[3].text).toBe('sudo ufw status');
    expect(toOriginal(b[3], { row: 0, column: 5 })).toEqual({ file: '<stdin>', line: 14, column: 8 });
  });

  it('keeps `#` comments in a bash script but strips `#` root prompts in a transcript', () => {
    const script = blocks('```bash\n# allow ssh first\nufw allow OpenSSH\n```\n')[0];
    expect(script.text).toBe('# allow ssh first\nufw allow OpenSSH');
    const session = blocks('```console\n$ whoami\nroot\n# ufw allow OpenSSH\n```\n')[0];
    expect(session.text).toBe('whoami\nufw allow OpenSSH');
  });

  it('keeps heredoc bodies typed after a prompt', () => {
    const b = blocks('```console\n$ cat <<EOF | sudo tee /etc/x.conf\n> a=1\n> EOF\n$ ls\n```\n')[0];
    expect(b.text).toBe('cat <<EOF | sudo tee /etc/x.conf\na=1\nEOF\nls');
  });

  it('decides an untagged fence by content and splits commands from config', () => {
    const b = blocks('```\nsudo nano /etc/nginx/conf.d/x.conf\n\nserver {\n  listen 80;\n}\n```\n');
    expect(b.map((d) => [d.lang, d.lines[0].line + 1])).toEqual([
      ['shell', 2],
      ['nginx', 4],
    ]);
  });

  it('overrules a bash tag on an obvious nginx block', () => {
    expect(blocks('```bash\nserver {\n    listen 80;\n    location / { proxy_pass http://127.0.0.1:11434; }\n}\n```\n')[0].lang).toBe('nginx');
  });

  it('takes the install path from the prose before a block or its first comment', () => {
    const b = blocks('Create `/etc/systemd/system/ollama.service.d/override.conf`:\n\n```ini\n[Service]\nEnvironment="OLLAMA_HOST=0.0.0.0"\n```\n\n```\n# /etc/nginx/conf.d/ollama.conf\nserver { listen 80; }\n```\n');
    expect(b.map((d) => d.path)).toEqual(['/etc/systemd/system/ollama.service.d/override.conf', '/etc/nginx/conf.d/ollama.conf']);
  });

  it('handles fences indented in a list item', () => {
    const b = blocks('1. Add the rule:\n   ```bash\n   sudo ufw allow 22/tcp\n   ```\n');
    expect(b[0].text).toBe('sudo ufw allow 22/tcp');
    expect(toOriginal(b[0], { row: 0, column: 0 })).toMatchObject({ line: 3, column: 4 });
  });
});

describe('plain text pasted from a page', () => {
  const page = [
    'How to secure Ollama with a firewall',
    'First, allow SSH so you do not lock yourself out:',
    'sudo ufw allow OpenSSH',
    'sudo ufw allow from 192.168.1.0/24 to any port 11434 proto tcp',
    'Now enable it. The firewall will ask for confirmation.',
    'sudo ufw enable',
    'Next, edit the service. Add these lines:',
    '[Service]',
    'Environment="OLLAMA_HOST=0.0.0.0:11434"',
    'Save and reload systemd. Your nginx site should look like this:',
    'server {',
    '    listen 80;',
    '    location / {',
    '        proxy_pass http://localhost:11434;',
    '    }',
    '}',
    'That is all, enjoy!',
  ].join('\n');

  it('finds command runs, a unit section and a server block, and leaves prose alone', () => {
    const b = blocks(page);
    expect(b.map((d) => [d.lang, d.lines[0].line + 1, d.lines[d.lines.length - 1].line + 1])).toEqual([
      ['shell', 3, 4],
      ['shell', 6, 6],
      ['systemd', 8, 9],
      ['nginx', 11, 16],
    ]);
  });

  it('does not read prose that starts with a tool name as a command', () => {
    expect(looksLikeCommand('ufw is the uncomplicated firewall.')).toBe(false);
    expect(looksLikeCommand('iptables rules are evaluated in order.')).toBe(false);
    expect(looksLikeCommand('cat the file to check it')).toBe(false);
    expect(looksLikeCommand('sudo ufw enable')).toBe(true);
    expect(looksLikeCommand('$ cat /etc/ufw/user.rules')).toBe(true);
    expect(looksLikeCommand('iptables -P INPUT DROP')).toBe(true);
  });

  it("drops DigitalOcean's [secondary_label Output] blocks as printed output", () => {
    expect(blocks('```\n[secondary_label Output]\nAvailable applications:\n  OpenSSH\n```\n')).toEqual([]);
  });

  it('finds a compose file by content: on stdin, pasted in prose, in an untagged fence', () => {
    const compose = 'services:\n  ollama:\n    image: ollama/ollama\n    ports:\n      - "11434:11434"\n\nvolumes:\n  ollama:\n';
    expect(blocks(compose).map((d) => [d.lang, d.lines[0].line + 1, d.lines[d.lines.length - 1].line + 1])).toEqual([['compose', 1, 8]]);
    expect(blocks('Use this:\n\nversion: "3"\n' + compose + '\nThen run it.\n').map((d) => [d.lang, d.lines[0].line + 1])).toEqual([['compose', 3]]);
    expect(blocks('```\n' + compose + '```\n').map((d) => d.lang)).toEqual(['compose']);
    expect(detect('services:\n  web:\n    image: nginx\n    command: nginx -g "daemon off;"\n', {}).lang).toBe('compose');
    expect(blocks('services:\nthe ones we run are listed below.\n')).toEqual([]);
  });

  it('reads model-server launches as commands, past NAME=value prefixes', () => {
    for (const l of ['OLLAMA_HOST=0.0.0.0 ollama serve', 'ollama serve', 'env OLLAMA_HOST=0.0.0.0 ollama serve', 'python main.py --listen 0.0.0.0', 'llama-server -m m.gguf --host 0.0.0.0', "jupyter lab --ip=0.0.0.0 --ServerApp.token=''", 'vllm serve Qwen/Qwen2.5-7B --port 8000']) {
      expect(looksLikeCommand(l), l).toBe(true);
    }
    for (const l of ['ollama serve listens on 127.0.0.1 by default', 'PORT=8080 is the default', 'python server.py']) expect(looksLikeCommand(l), l).toBe(false);
    expect(detect('OLLAMA_HOST=0.0.0.0 ollama serve\n', { tag: '' }).lang).toBe('shell');
  });
});

describe('single files by name', () => {
  it.each([
    ['nginx.conf', 'nginx'],
    ['/etc/nginx/sites-available/default', 'nginx'],
    ['rules.nft', 'nftables'],
    ['rules.v4', 'iptables'],
    ['user.rules', 'iptables'],
    ['ollama.service', 'systemd'],
    ['ollama.service.d/override.conf', 'systemd'],
    ['Caddyfile', 'caddyfile'],
    ['sshd_config', 'sshd'],
    ['docker-compose.yml', 'compose'],
    ['setup.sh', 'shell'],
  ])('%s is %s', (name, lang) => {
    const b = blocks('x\n', name);
    expect(b).toHaveLength(1);
    expect(b[0].lang).toBe(lang);
    expect(b[0].detectedBy).toBe('filename');
  });

  it('a markdown file is read as an answer', () => {
    expect(blocks('```nginx\nserver {}\n```\n', 'answer.md')[0].lang).toBe('nginx');
  });
});

describe('detect by content', () => {
  it.each([
    ['*filter\n:INPUT DROP [0:0]\n-A INPUT -p tcp --dport 22 -j ACCEPT\nCOMMIT\n', 'iptables'],
    ['#!/usr/sbin/nft -f\nflush ruleset\n', 'nftables'],
    ['example.com {\n  reverse_proxy localhost:11434\n}\n', 'caddyfile'],
    ['PasswordAuthentication no\nPermitRootLogin prohibit-password\n', 'sshd'],
    ['services:\n  ollama:\n    image: ollama/ollama\n    ports:\n      - "11434:11434"\n', 'compose'],
  ])('%j', (text, lang) => {
    expect(detect(text, {}).lang).toBe(lang);
  });
});

describe('command output shown in an answer', () => {
  it.each([
    'Chain INPUT (policy DROP 0 packets, 0 bytes)\n pkts bytes target     prot opt in     out     source               destination\n',
    'Status: active\n\nTo                         Action      From\n--                         ------      ----\n22/tcp                     ALLOW       Anywhere\n',
    '● ollama.service - Ollama Service\n     Loaded: loaded (/etc/systemd/system/ollama.service; enabled)\n     Active: active (running)\n',
    'nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n',
    'State  Recv-Q Send-Q Local Address:Port Peer Address:Port\nLISTEN 0      4096   127.0.0.1:11434    0.0.0.0:*\n',
  ])('an untagged block of output is skipped, not reported: %j', (out) => {
    expect(blocks('You should see:\n\n```\n' + out + '```\n')).toEqual([]);
  });
  it('an untagged block that is neither output nor config is still kept as unknown', () => {
    expect(blocks('```\nfoo: bar\nbaz qux\n```\n').map((b) => b.lang)).toEqual(['unknown']);
  });
});
