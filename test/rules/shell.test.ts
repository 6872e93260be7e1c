import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check-text';
import { othersGet } from '../../src/rules/shell/chmod-secret-world';
import { rootOwned } from '../../src/rules/shell/util';

const run = (shell: string) => checkText('```bash\n' + shell + '\n```\n');
const ids = async (shell: string) => (await run(shell)).findings.map((f) => `${f.ruleId}@${f.line - 1}`);

describe('shell glue rules', () => {
  it('export then restart: reported on the export, with a drop-in fix', async () => {
    const res = await run('export OLLAMA_HOST=0.0.0.0\nexport OLLAMA_ORIGINS=*\nsudo systemctl restart ollama.service');
    expect(res.findings.map((f) => `${f.ruleId}@${f.line - 1}`)).toEqual(['shell-export-not-seen-by-service@1', 'shell-export-not-seen-by-service@2']);
    expect(res.findings[0].fix?.diff).toContain('/etc/systemd/system/ollama.service.d/override.conf');
  });
  it('export of a variable the unit does not read, or restart of another unit, stays quiet', async () => {
    expect(await ids('export EDITOR=vim\nsudo systemctl restart ollama')).toEqual([]);
    expect(await ids('export OLLAMA_HOST=0.0.0.0\nsudo systemctl restart nginx')).toEqual([]);
  });
  it('VAR=x systemctl restart is the same mistake on one line', async () => {
    expect(await ids('OLLAMA_HOST=0.0.0.0 sudo systemctl restart ollama')).toEqual(['shell-export-not-seen-by-service@1']);
  });
  it('sudo redirect: the plan keeps the write unprivileged and the rule offers sudo tee', async () => {
    const res = await run('sudo echo "PermitRootLogin no" >> /etc/ssh/sshd_config');
    const write = res.plan.steps.find((s) => s.kind === 'write');
    expect(write && write.kind === 'write' && write.privileged).toBe(false);
    const f = res.findings.find((x) => x.ruleId === 'shell-sudo-redirect');
    expect(f?.fix?.diff).toContain('+echo "PermitRootLogin no" | sudo tee -a /etc/ssh/sshd_config >/dev/null');
  });
  it('no sudo-redirect finding for a user path, a root shell, or a heredoc via sudo tee', async () => {
    expect(await ids('sudo journalctl -u ssh > /tmp/ssh.log')).toEqual([]);
    expect(await ids('sudo -i\necho x > /etc/motd')).toEqual([]);
    expect(await ids("sudo tee /etc/motd <<'EOF'\nhello\nEOF")).toEqual([]);
  });
  it('rm -rf with unset, default-less variables only', async () => {
    expect(await ids('rm -rf "${APP}"/')).toEqual(['shell-rm-rf-root@1']);
    expect(await ids('rm -rf ${APP:-/tmp/app}/')).toEqual([]);
    expect(await ids('set -u\nrm -rf $APP/')).toEqual([]);
    expect(await ids('read -r APP\nrm -rf $APP/')).toEqual([]);
    expect(await ids('rm -f $APP/x')).toEqual([]);
  });
  it('chmod modes: numeric and symbolic, umask respected for who-less modes', () => {
    expect(othersGet('777')).toEqual({ write: true, read: true });
    expect(othersGet('1777')).toEqual({ write: true, read: true });
    expect(othersGet('640')).toEqual({ write: false, read: false });
    expect(othersGet('o+w')).toEqual({ write: true, read: false });
    expect(othersGet('u+rw,a+r')).toEqual({ write: false, read: true });
    expect(othersGet('+w')).toEqual({ write: false, read: false });
    expect(othersGet('go-rwx')).toEqual({ write: false, read: false });
  });
  it('root-owned paths', () => {
    expect(rootOwned('/etc/nginx/nginx.conf')).toBe(true);
    expect(rootOwned('/var/tmp/x')).toBe(false);
    expect(rootOwned('~/x')).toBe(false);
    expect(rootOwned('./x')).toBe(false);
  });
  it('ssh stop/disable: enable --now later restores, disable without --now is a warning', async () => {
    expect(await ids('sudo systemctl stop ssh\nsudo systemctl enable --now ssh')).toEqual([]);
    const res = await run('sudo systemctl disable sshd');
    expect(res.findings.map((f) => [f.ruleId, f.severity])).toEqual([['shell-ssh-service-stopped', 'warning']]);
  });
  it('ufw --force enable after ufw limit ssh stays quiet', async () => {
    expect(await ids('sudo ufw limit ssh\nsudo ufw --force enable')).toEqual([]);
  });
  it('curl | sh over https is a warning; a pipe into jq is nothing', async () => {
    const res = await run('curl -fsSL https://get.docker.com | sh\ncurl -s https://api.github.com | jq .');
    expect(res.findings.map((f) => [f.ruleId, f.severity, f.line - 1])).toEqual([['shell-curl-pipe-shell', 'warning', 1]]);
  });
  it('model server started on every interface: prefix, export, flags; loopback and own logins stay quiet', async () => {
    expect(await ids('OLLAMA_HOST=0.0.0.0 ollama serve')).toEqual(['shell-model-server-exposed@1']);
    expect(await ids('sudo OLLAMA_HOST=[::]:11434 /usr/local/bin/ollama serve')).toEqual(['shell-model-server-exposed@1']);
    expect(await ids('export OLLAMA_HOST=0.0.0.0\necho hi\nollama serve')).toEqual(['shell-model-server-exposed@1']);
    expect(await ids('llama-server -m m.gguf --host=0.0.0.0')).toEqual(['shell-model-server-exposed@1']);
    expect(await ids('OLLAMA_HOST=127.0.0.1 ollama serve\nollama run llama3')).toEqual([]);
    expect(await ids('export OLLAMA_HOST=0.0.0.0\nOLLAMA_HOST=127.0.0.1\nollama serve')).toEqual([]);
    expect(await ids('llama-server -m m.gguf --host 0.0.0.0 --api-key-file /etc/llama/key')).toEqual([]);
    expect(await ids('LLAMA_ARG_API_KEY_FILE=/etc/llama/key llama-server -m m.gguf --host 0.0.0.0')).toEqual([]);
    expect(await ids('jupyter notebook --ip 0.0.0.0')).toEqual([]);
    expect(await ids("jupyter notebook --ip 0.0.0.0 --NotebookApp.token=''")).toEqual(['shell-model-server-exposed@1']);
    expect(await ids('vllm serve m --host 0.0.0.0 --api-key k')).toEqual(['shell-model-server-exposed@1']);
    expect(await ids('vllm serve m --port 8000')).toEqual(['shell-model-server-exposed@1']);
    expect(await ids('vllm serve m --host 127.0.0.1')).toEqual([]);
    const fixed = (await run('sudo vllm serve m --port 8000')).findings[0];
    expect(fixed.fix?.description).toContain('loopback');
    const [f] = (await run('python main.py --listen 0.0.0.0')).findings;
    expect(f.message).toContain('ComfyUI');
  });
});

describe('ufw --force enable', () => {
  // One finding, from the firewall model (ufw-enable-without-ssh), that says what --force skipped.
  it('ignores --dry-run, reads ENABLE case-insensitively, and says --force skipped the prompt', async () => {
    const res = await checkText('```bash\nufw --dry-run --force enable\nufw -f ENABLE\n```\n');
    const f = res.findings.filter((x) => x.ruleId === 'ufw-enable-without-ssh');
    expect(f.map((x) => x.line - 1)).toEqual([2]);
    expect(f[0].message).toContain('--force');
  });
});
