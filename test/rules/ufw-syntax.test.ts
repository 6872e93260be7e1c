import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check-text';

/** The ufw mistakes models make most get one finding each, in words that say the fix. */
describe('ufw syntax messages', () => {
  const one = async (line: string) => {
    const r = await checkText(line + '\n', { lang: 'shell' });
    expect(r.findings.map((f) => f.ruleId)).toEqual(['syntax-error']);
    return r.findings[0];
  };
  it('`allow port 22`', async () => {
    const f = await one('sudo ufw allow port 22');
    expect(f.message).toContain('`ufw allow 22/tcp`');
    expect([f.line, f.column]).toEqual([1, 16]);
  });
  it('`protocol` for `proto`', async () => {
    const f = await one('sudo ufw allow from 10.0.0.0/8 to any port 11434 protocol tcp');
    expect(f.message).toMatch(/keyword is `proto`, not `protocol`/);
    expect(f.column).toBe(50);
  });
  it('simple syntax mixed with extended', async () => {
    const f = await one('ufw allow 22 proto tcp');
    expect(f.message).toContain('`ufw allow proto tcp to any port 22`');
  });
  it('a correct rule is quiet', async () => {
    const r = await checkText('ufw allow proto tcp from 192.168.1.0/24 to any port 11434\n', { lang: 'shell' });
    expect(r.findings).toEqual([]);
  });
});
